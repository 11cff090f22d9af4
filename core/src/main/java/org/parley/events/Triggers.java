package org.parley.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.EventPattern;
import org.parley.knowledge.EventPattern.Flag;
import org.parley.knowledge.Knowledge;
import org.parley.model.CameoCode;
import org.parley.model.Dependency;
import org.parley.model.Sentence;

/**
 * The triggers of one sentence for {@link EventCoder}: which verb and noun patterns a token has, the
 * complements and event nouns that carry a verb's act, and the codes they lead to. Tokens a lookup takes
 * up as part of another event are added to the sentence's shared {@code consumed} set.
 */
final class Triggers {
    private final Knowledge knowledge;
    private final Sentence s;
    private final Set<Integer> consumed;

    Triggers(Knowledge knowledge, Sentence s, Set<Integer> consumed) {
        this.knowledge = knowledge;
        this.s = s;
        this.consumed = consumed;
    }

    boolean isAuxiliary(int v) {
        return s.parentArc(v).map(d -> d.relation().startsWith("aux") || d.relation().equals("cop"))
                .orElse(false);
    }

    /** "hit by sanctions", "struck by new tariffs": the passive's agent is a measure, which is the event. */
    Optional<CameoCode> agentMeasure(int v) {
        if (s.children(v, "nsubj:pass").isEmpty()) {
            return Optional.empty();
        }
        for (Dependency d : s.children(v, "obl")) {
            if (!d.marker().equals("by")) {
                continue;
            }
            List<Integer> heads = new ArrayList<>(List.of(d.dependent()));
            s.children(d.dependent(), "nmod").stream().filter(x -> x.marker().equals("of"))
                    .forEach(x -> heads.add(x.dependent()));
            for (int head : heads) {
                List<EventPattern> measure = nounPatterns(head);
                if (!measure.isEmpty() && measure.get(0).code().root().equals("16")) {
                    consumed.add(head);
                    return Optional.of(measure.get(0).code());
                }
            }
        }
        return Optional.empty();
    }

    /** "arrived in Turkey to help search for survivors": travel whose purpose is aid is the aid (07x). */
    Optional<CameoCode> aidPurpose(int v) {
        for (Dependency d : s.children(v)) {
            if ((d.relation().equals("advcl") || d.relation().equals("xcomp")) && d.marker().equals("to")) {
                List<EventPattern> purpose = verbPatterns(d.dependent());
                if (!purpose.isEmpty() && purpose.get(0).code().root().equals("07")) {
                    consumed.add(d.dependent());
                    return Optional.of(purpose.get(0).code());
                }
            }
        }
        return Optional.empty();
    }

    /** "declared the ambassador persona non grata": an expulsion (161). */
    boolean isPersonaNonGrata(int v) {
        if (!s.token(v).lemma().equalsIgnoreCase("declare")) {
            return false;
        }
        for (int i = v + 1; i < Math.min(s.size(), v + 12); i++) {
            if (s.token(i).word().equalsIgnoreCase("grata")) {
                return true;
            }
        }
        return false;
    }

    /** Verb patterns for token v, the particle form first when the verb carries the particle. */
    List<EventPattern> verbPatterns(int v) {
        List<EventPattern> all = knowledge.patterns().verb(s.token(v).lemma(), objectKeys(v));
        if (all.isEmpty()) {
            return all;
        }
        Set<String> particles = new HashSet<>();
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("compound:prt")) {
                particles.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            } else if (!d.marker().isEmpty() && (d.relation().startsWith("obl") || d.relation().equals("obj"))) {
                particles.add(d.marker());
            }
        }
        List<EventPattern> withParticle = all.stream().filter(p -> !p.particle().isEmpty()
                && particles.contains(p.particle())).toList();
        if (!withParticle.isEmpty()) {
            return withParticle;
        }
        return all.stream().filter(p -> p.particle().isEmpty()).toList();
    }

    /**
     * The keys a verb's objects offer to object-conditioned patterns, most specific first: the direct
     * object's compound ("arrest warrant") and head lemma, then each prepositional dependent as
     * {@code marker:lemma} ("for:aid"); empty without objects.
     */
    private List<String> objectKeys(int v) {
        List<String> keys = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (d.relation().equals("obj") && d.marker().isEmpty()) {
                for (Dependency c : s.children(d.dependent(), "compound")) {
                    if (c.dependent() == d.dependent() - 1) {
                        keys.add(0, s.token(c.dependent()).lemma().toLowerCase(Locale.ROOT) + " " + lemma);
                    }
                }
                keys.add(lemma);
            } else if (!d.marker().isEmpty() && d.relation().startsWith("obl")) {
                keys.add(d.marker() + ":" + lemma);
            }
        }
        return keys;
    }

    /** The open clausal complement of a verb ("agreed to <restore>", "refused to <sign>"). */
    Optional<Integer> complement(int v) {
        return s.children(v, "xcomp").stream().map(Dependency::dependent)
                .filter(x -> s.token(x).isVerb()).findFirst();
    }

    /** An event noun in the object of a light verb ("held <talks>", "launched air <strikes>"). */
    Optional<Integer> objectEventNoun(int v) {
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")
                    || d.relation().equals("obl") && d.marker().equals("to")) {
                if (!nounPatterns(d.dependent()).isEmpty()) {
                    return Optional.of(d.dependent());
                }
                for (Dependency of : s.children(d.dependent(), "nmod")) {
                    if (of.marker().equals("of") && !nounPatterns(of.dependent()).isEmpty()) {
                        return Optional.of(of.dependent());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A participle that reports the outcome of the event it hangs on ("missiles hit Kyiv, killing a
     * dozen people"): part of that event, not another one.
     */
    boolean isConsequence(int v) {
        Optional<Dependency> up = s.parentArc(v);
        if (up.isEmpty() || up.get().governor() < 0 || !s.token(v).pos().equals("VBG")
                || !(up.get().relation().equals("advcl") || up.get().relation().equals("dep"))) {
            return false;
        }
        List<EventPattern> governing = verbPatterns(up.get().governor());
        return !governing.isEmpty() && governing.get(0).code().rootNumber() >= 14
                && verbPatterns(v).get(0).code().rootNumber() >= 14;
    }

    /** "calling it long overdue", "called the move cynical": a description, not a telephone call. */
    boolean isPredicativeCall(int v) {
        if (!s.token(v).lemma().equalsIgnoreCase("call")) {
            return false;
        }
        boolean appeal = s.children(v, "compound:prt").stream()
                .anyMatch(d -> Set.of("on", "upon", "for").contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
        if (appeal) {
            return false;
        }
        boolean quoteAfter = s.children(v, "obj").stream().anyMatch(o -> o.dependent() + 1 < s.size()
                && s.token(o.dependent() + 1).word().matches("[\"\u201C']"));
        return quoteAfter || !s.children(v, "xcomp").isEmpty() || !s.children(v, "ccomp").isEmpty()
                || !s.children(v, "dep").isEmpty();
    }

    /** A speech act named by a participle on a message ("sent a letter to Putin apologising"). */
    Optional<EventPattern> messageAct(int v, int n) {
        for (int node : List.of(v, n)) {
            for (Dependency d : s.children(node)) {
                if (s.token(d.dependent()).pos().equals("VBG") && (d.relation().equals("advcl")
                        || d.relation().equals("acl") || d.relation().equals("dep") || d.relation().equals("xcomp"))) {
                    List<EventPattern> act = verbPatterns(d.dependent());
                    if (!act.isEmpty() && !act.get(0).has(Flag.LIGHT) && !act.get(0).has(Flag.SPEECH)) {
                        consumed.add(d.dependent());
                        return Optional.of(act.get(0));
                    }
                }
            }
        }
        return Optional.empty();
    }

    boolean threatens(int v) {
        return s.token(v).lemma().equalsIgnoreCase("threaten");
    }

    /** The 13x code of a threatened act, by {@code threat-codes.tsv}. */
    CameoCode threatCode(CameoCode act) {
        return knowledge.patterns().threatOf(act);
    }

    /** The code of the act a complement verb names (its own pattern, or its light verb's noun). */
    Optional<CameoCode> actCode(int x) {
        List<EventPattern> xp = verbPatterns(x);
        if (xp.isEmpty()) {
            return Optional.empty();
        }
        Optional<EventPattern> light = xp.stream().filter(p -> p.has(Flag.LIGHT)).findFirst();
        if (light.isPresent()) {
            Optional<Integer> n = objectEventNoun(x);
            if (n.isPresent()) {
                return Optional.of(nounPatterns(n.get()).get(0).code());
            }
        }
        Optional<EventPattern> plain = xp.stream().filter(p -> !p.has(Flag.LIGHT)).findFirst();
        if (plain.isPresent() && plain.get().has(Flag.CONTROL) && !plain.get().has(Flag.REFUSE)) {
            return agreedAct(x);
        }
        if (plain.isPresent() && (plain.get().has(Flag.CONTROL) || plain.get().has(Flag.SPEECH)
                || plain.get().has(Flag.REFUSE))) {
            return Optional.empty();
        }
        return plain.map(EventPattern::code);
    }

    /**
     * The act a control verb commits to, one level down ("to agree to <a ceasefire>", "to agree to
     * <release> them"): its complement's act or its event noun after "to"; empty when neither has a pattern.
     */
    private Optional<CameoCode> agreedAct(int control) {
        Optional<Integer> deeper = complement(control);
        if (deeper.isPresent()) {
            List<EventPattern> dp = verbPatterns(deeper.get());
            boolean plainAct = !dp.isEmpty() && !dp.get(0).has(Flag.CONTROL) && !dp.get(0).has(Flag.SPEECH)
                    && !dp.get(0).has(Flag.REFUSE) && !dp.get(0).has(Flag.LIGHT);
            return plainAct ? Optional.of(dp.get(0).code()) : Optional.empty();
        }
        return s.children(control, "obl").stream().filter(d -> d.marker().equals("to"))
                .map(Dependency::dependent).filter(n -> !nounPatterns(n).isEmpty())
                .map(n -> nounPatterns(n).get(0).code()).findFirst();
    }

    List<EventPattern> nounPatterns(int n) {
        if (!s.token(n).isNoun()) {
            return List.of();
        }
        String lemma = s.token(n).lemma().toLowerCase(Locale.ROOT);
        if (n > 0) {
            String two = s.token(n - 1).word().toLowerCase(Locale.ROOT) + " " + lemma;
            List<EventPattern> compound = knowledge.patterns().noun(two);
            if (!compound.isEmpty()) {
                return compound;
            }
        }
        return knowledge.patterns().noun(lemma);
    }
}
