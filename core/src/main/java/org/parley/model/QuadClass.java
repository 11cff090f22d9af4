package org.parley.model;

/**
 * GDELT's four-way grouping of CAMEO roots.
 *
 * <p>Convention (GDELT 2.0 event codebook, the usual reading of QuadClass): 1 verbal cooperation = roots
 * 01-05, 2 material cooperation = 06-08, 3 verbal conflict = 09-13, 4 material conflict = 14-20. Phoenix
 * differs (01-02 neutral, 16 verbal conflict); parley follows GDELT.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1), MATERIAL_COOPERATION(2), VERBAL_CONFLICT(3), MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** 1-4 as in GDELT's QuadClass column. */
    public int number() {
        return number;
    }

    /** The QuadClass of a CAMEO root 1-20. */
    public static QuadClass ofRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root out of 1..20: " + root);
        }
        if (root <= 5) {
            return VERBAL_COOPERATION;
        }
        if (root <= 8) {
            return MATERIAL_COOPERATION;
        }
        if (root <= 13) {
            return VERBAL_CONFLICT;
        }
        return MATERIAL_CONFLICT;
    }
}
