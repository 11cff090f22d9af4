package org.parley.events;

import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.Modality;
import org.parley.model.Sentence;

/**
 * The confidence of one coded event, 0..1: how far the reading rests on what the text says outright.
 *
 * <p>It starts at 0.9 and is multiplied down by what makes parley's readings go wrong most often, as measured
 * on the development gold ({@code shared/eval/dev.jsonl}) and the PETRARCH validation records:
 * <ul>
 *   <li>sentence length, since dependency parse errors grow with it: x0.85 over 35 tokens, x0.7 over 60;</li>
 *   <li>each side found otherwise than by name: x0.85 for a pronoun, a definite description or a country taken
 *       from the sentence's places; x0.75 when no mention in the sentence carries the actor (it came from the
 *       event's place, an earlier sentence's focus, or a reciprocal reading);</li>
 *   <li>an event inferred rather than read (a reported hostility as the reporter's accusation, the place of an
 *       attack as its target): x0.8;</li>
 *   <li>a past event with its own date: x0.95 (the date may belong to another clause).</li>
 * </ul>
 * Filters such as {@code parley code --min-confidence 0.6} keep events at or above a threshold.
 */
final class Confidence {
    static final double START = 0.9;

    private Confidence() {
    }

    /**
     * @param mentions the actor mentions of the event's sentence
     * @param inferred true for an event parley infers rather than reads
     */
    static double of(Sentence s, List<Mention> mentions, Actor source, Actor target, Modality modality,
                     boolean inferred) {
        double c = START;
        if (s.size() > 60) {
            c *= 0.7;
        } else if (s.size() > 35) {
            c *= 0.85;
        }
        c *= side(mentions, source) * side(mentions, target);
        if (inferred) {
            c *= 0.8;
        }
        if (modality == Modality.PAST) {
            c *= 0.95;
        }
        return Math.round(c * 100) / 100.0;
    }

    private static double side(List<Mention> mentions, Actor actor) {
        double best = 0.75;
        for (Mention m : mentions) {
            if (!m.actor().code().equals(actor.code())) {
                continue;
            }
            String how = m.evidence();
            boolean indirect = how.startsWith("pronoun") || how.startsWith("definite description")
                    || how.contains("from the sentence's places") || how.startsWith("group reference");
            best = Math.max(best, indirect ? 0.85 : 1.0);
        }
        return best;
    }
}
