package org.parley.model;

import java.util.regex.Pattern;

/**
 * A CAMEO event code: two digits (root, "04"), three ("042") or four ("0421").
 *
 * @param value the code as written in the CAMEO codebook, with its leading zero
 */
public record CameoCode(String value) implements Comparable<CameoCode> {
    private static final Pattern FORM = Pattern.compile("\\d{2,4}");

    public CameoCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed CAMEO code: " + value);
        }
        int root = Integer.parseInt(value.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root out of 01..20 in code " + value);
        }
    }

    public static CameoCode of(String value) {
        return new CameoCode(value);
    }

    /** The two-digit root, e.g. "04" for "042". */
    public String root() {
        return value.substring(0, 2);
    }

    public int rootNumber() {
        return Integer.parseInt(root());
    }

    public QuadClass quadClass() {
        return QuadClass.ofRoot(rootNumber());
    }

    @Override
    public int compareTo(CameoCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
