package org.parley.model;

/**
 * One Universal Dependencies arc.
 *
 * @param governor  token index of the head, or -1 for the root arc
 * @param dependent token index of the dependent
 * @param relation  the UD relation with its subtype, e.g. "nsubj", "nsubj:pass", "obl", "nmod:poss"
 * @param marker    the case marker of the relation in enhanced form ("with" for obl:with), or ""
 */
public record Dependency(int governor, int dependent, String relation, String marker) {
    public Dependency {
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad arc " + governor + " -> " + dependent);
        }
    }
}
