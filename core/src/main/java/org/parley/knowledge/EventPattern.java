package org.parley.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parley.model.CameoCode;

/**
 * One verb or noun pattern of {@code patterns.tsv} (or of an imported PETRARCH verb dictionary, see
 * {@link PetrarchVerbs}): a trigger lemma, the CAMEO code it yields and where its target is found.
 *
 * @param kind        verb or event noun
 * @param lemma       the lemma, lower case
 * @param particle    the verb particle that must accompany it ("down" for "crack down"), or ""
 * @param code        the CAMEO code yielded
 * @param targets     target slots in order of preference: "obj", "iobj", or a preposition ("with", "on")
 * @param flags       behaviour flags (see {@link Flag})
 * @param objectLemma the lemma of the direct object the pattern requires ("asset" for "freeze assets"; a
 *                    compound as its words joined by one space, "bank account"), lower case; "" when the
 *                    pattern applies whatever the object (every pattern of {@code patterns.tsv})
 */
public record EventPattern(Kind kind, String lemma, String particle, CameoCode code, List<String> targets,
                           Set<Flag> flags, String objectLemma) {
    /** Verb or event noun. */
    public enum Kind { VERB, NOUN }

    /** How a pattern behaves beyond its code; documented in the header of {@code patterns.tsv}. */
    public enum Flag { SYM, SPEECH, CONTROL, REFUSE, LIGHT, PLACE, DIRECT, REVERSE }

    /** @throws IllegalArgumentException if the lemma is blank */
    public EventPattern {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(particle, "particle");
        targets = List.copyOf(targets);
        flags = Set.copyOf(flags);
        objectLemma = Objects.requireNonNull(objectLemma, "objectLemma").strip().toLowerCase(Locale.ROOT);
        if (lemma == null || lemma.isBlank()) {
            throw new IllegalArgumentException("pattern lemma is blank for code " + code);
        }
    }

    /** A pattern that applies whatever the object (objectLemma ""). */
    public EventPattern(Kind kind, String lemma, String particle, CameoCode code, List<String> targets,
                        Set<Flag> flags) {
        this(kind, lemma, particle, code, targets, flags, "");
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** True if the pattern requires a particular object ({@link #objectLemma} not empty). */
    public boolean isObjectConditioned() {
        return !objectLemma.isEmpty();
    }
}
