package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One coded event: who did what to whom, when and where, with the sentence that says so.
 *
 * @param source     the actor who acts
 * @param target     the actor acted upon
 * @param code       CAMEO event code (3 or 4 digits)
 * @param name       the code's CAMEO name, e.g. "Make a visit"
 * @param quadClass  GDELT QuadClass of the root
 * @param goldstein  Goldstein scale value in points, -10..10 (GDELT's table)
 * @param plover     PLOVER event type and mode ("CONSULT/visit"), or "" where CAMEO 01/02 has none
 * @param modality   how the text presents it
 * @param date       when it happened, if known (the article date unless the text dates it)
 * @param location   where it happened (place name and country code, "Bali, IDN"), or ""
 * @param sentence   0-based index of the sentence that carries it
 * @param start      character offset in the article text where the evidence starts
 * @param end        character offset one past the evidence
 * @param evidence   the text of the evidence span
 * @param trigger    the word or phrase that triggered the code, e.g. "visit", "met"
 * @param confidence how far the coder trusts this reading, 0..1 (see {@code org.parley.events.Confidence}:
 *                   lowered by long sentences, actors found by pronoun, description or context rather than by
 *                   name, and events inferred rather than read, such as a reported accusation); {@link
 *                   #UNSCORED} for events read from elsewhere
 */
public record Event(Actor source, Actor target, CameoCode code, String name, QuadClass quadClass, double goldstein,
                    String plover, Modality modality, Optional<EventDate> date, String location,
                    int sentence, int start, int end, String evidence, String trigger, double confidence) {
    /** The confidence of an event that parley's coder did not score (imported or hand-made). */
    public static final double UNSCORED = 0.5;

    public Event {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(date, "date");
        if (goldstein < -10 || goldstein > 10 || Double.isNaN(goldstein)) {
            throw new IllegalArgumentException("Goldstein value out of -10..10: " + goldstein);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
        }
        if (quadClass != code.quadClass()) {
            throw new IllegalArgumentException("QuadClass " + quadClass + " does not match code " + code);
        }
    }

    /** An event without a confidence score ({@link #UNSCORED}). */
    public Event(Actor source, Actor target, CameoCode code, String name, QuadClass quadClass, double goldstein,
                 String plover, Modality modality, Optional<EventDate> date, String location,
                 int sentence, int start, int end, String evidence, String trigger) {
        this(source, target, code, name, quadClass, goldstein, plover, modality, date, location, sentence, start, end,
                evidence, trigger, UNSCORED);
    }

    /** The dyad "SOURCE-TARGET" over country parts, e.g. "USA-CHN". */
    public String dyad() {
        return source.country() + "-" + target.country();
    }
}
