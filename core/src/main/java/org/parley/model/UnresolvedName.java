package org.parley.model;

import java.util.Objects;

/**
 * A person named in the text whom no rule could resolve to an actor: no title, no table row, no antecedent.
 * parley lists such names rather than guess a code.
 *
 * @param sentence 0-based sentence index
 * @param begin    character offset of the name in the article text
 * @param end      character offset one past the name
 * @param text     the name as written
 */
public record UnresolvedName(int sentence, int begin, int end, String text) {
    public UnresolvedName {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
        }
    }
}
