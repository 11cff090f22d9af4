package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation and who said it.
 *
 * @param text        the quoted words, without the quote marks
 * @param begin       character offset of the first quoted character in the article text
 * @param end         character offset one past the last quoted character
 * @param sentence    0-based index of the sentence the quotation starts in
 * @param speakerName the speaker as the text names them ("Mr. Blinken" resolved to "Antony Blinken"), or ""
 * @param speaker     the speaker's actor, when resolved
 */
public record Quote(String text, int begin, int end, int sentence, String speakerName, Optional<Actor> speaker) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(speaker, "speaker");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad quote offsets " + begin + ".." + end);
        }
    }
}
