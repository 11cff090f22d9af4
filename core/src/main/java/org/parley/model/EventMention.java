package org.parley.model;

import java.util.Objects;

/**
 * A further mention, within one article, of an event the article has already reported: "Russia shelled Kharkiv on
 * Monday" in the lead and again in the ninth paragraph are one event with two mentions (GDELT counts both in
 * NumMentions). The event itself keeps its first mention's sentence and evidence.
 *
 * @param event      0-based position of the event in {@link CodedArticle#events()}
 * @param sentence   0-based index of the sentence of this mention
 * @param start      character offset in the article text where its evidence starts
 * @param end        character offset one past the evidence
 * @param evidence   the text of the evidence span
 * @param trigger    the word or phrase that triggered the code here
 * @param confidence the coder's confidence in this mention's reading, 0..1
 */
public record EventMention(int event, int sentence, int start, int end, String evidence, String trigger,
                           double confidence) {
    public EventMention {
        if (event < 0 || sentence < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad event mention: event " + event + ", sentence " + sentence
                    + ", offsets " + start + ".." + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(trigger, "trigger");
    }

    /** The mention that {@code e}, the {@code event}th event, makes in its own sentence. */
    public static EventMention of(int event, Event e) {
        return new EventMention(event, e.sentence(), e.start(), e.end(), e.evidence(), e.trigger(), e.confidence());
    }
}
