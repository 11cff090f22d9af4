package org.parley.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.CameoCode;

/**
 * One verb or noun pattern of {@code patterns.tsv}: a trigger lemma, the CAMEO code it yields and where
 * its target is found.
 *
 * @param kind     verb or event noun
 * @param lemma    the lemma, lower case
 * @param particle the verb particle that must accompany it ("down" for "crack down"), or ""
 * @param code     the CAMEO code yielded
 * @param targets  target slots in order of preference: "obj", "iobj", or a preposition ("with", "on")
 * @param flags    behaviour flags (see {@link Flag})
 */
public record EventPattern(Kind kind, String lemma, String particle, CameoCode code, List<String> targets,
                           Set<Flag> flags) {
    /** Verb or event noun. */
    public enum Kind { VERB, NOUN }

    /** How a pattern behaves beyond its code; documented in the header of {@code patterns.tsv}. */
    public enum Flag { SYM, SPEECH, CONTROL, REFUSE, LIGHT, PLACE, DIRECT }

    public EventPattern {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        targets = List.copyOf(targets);
        flags = Set.copyOf(flags);
        if (lemma == null || lemma.isBlank()) {
            throw new IllegalArgumentException("pattern lemma is blank for code " + code);
        }
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
