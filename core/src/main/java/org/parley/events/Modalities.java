package org.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Modality;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Reads how a sentence presents an event trigger: negated, hypothetical, intended (future) or asserted.
 *
 * <p>Walks from the trigger up its governors. Negation ("not", "never", "no", "without") counts within the
 * trigger's own clause; modal auxiliaries (could, may, might, should), conditionals (if, unless) and
 * attitude words (hope, expect, possible, likely) make it hypothetical anywhere up to the reporting verb;
 * "will", "would" (under a reporting verb), "shall" and "be going to" make it an announced intent; a denied
 * or alleged act ("denied that", "accused of") is not asserted by the text.
 */
final class Modalities {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "may", "might", "should", "can", "must");
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
    private static final Set<String> ATTITUDES = Set.of("hope", "expect", "possible", "likely", "consider",
            "believe", "want", "wish", "try", "seek", "speculate", "chance", "prospect", "possibility", "scenario",
            "fear", "plan", "propose", "proposal", "would-be", "invite", "urge", "ask", "request", "encourage",
            "persuade", "appeal", "press", "call", "demand", "hopes", "ready", "willing", "prepared", "interest",
            "lack", "willingness", "refusal", "idea", "option", "push", "bid", "effort", "attempt", "offer", "keen",
            "eager", "aim", "goal", "permission", "authorization", "authorisation");
    private static final Set<String> DISAVOWALS = Set.of("deny", "allege", "accuse", "claim", "dismiss", "reject");
    /** Modifiers of an event noun that say it has not happened ("a planned visit", "future talks"). */
    private static final Set<String> UNREALISED = Set.of("future", "planned", "proposed", "possible", "potential",
            "prospective", "upcoming", "expected", "would-be", "hypothetical", "mooted", "putative", "any", "new");
    /**
     * Verbs and adjectives whose complement is an act that stops or does not take place ("agreed to stop striking",
     * "failed to reach", "was unable to offer").
     */
    private static final Set<String> CESSATIONS = Set.of("stop", "halt", "cease", "end", "refrain", "avoid",
            "prevent", "suspend", "quit", "abandon", "fail", "unable");
    /**
     * Prepositions that put the trigger itself ahead of its head, not yet reached ("a step toward a summit", with
     * "close to a deal"); only the trigger's own arc counts.
     */
    private static final Set<String> AHEAD_MARKERS = Set.of("toward", "towards");
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("ccomp", "advcl", "parataxis", "acl:relcl", "acl",
            "root", "csubj");

    private Modalities() {
    }

    /**
     * The modality of the event triggered by token {@code trigger}.
     *
     * @param speechVerbs lemmas of reporting verbs: the walk stops above them
     */
    static Modality of(Sentence s, int trigger, Set<String> speechVerbs) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean future = false;
        boolean inOwnClause = true;
        int node = trigger;
        int steps = 0;
        boolean viaConjunction = false;
        boolean viaComplement = false;
        while (node >= 0 && steps++ < 12) {
            Token t = s.token(node);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (node != trigger && !viaConjunction && DISAVOWALS.contains(lemma)) {
                hypothetical = true;
            }
            if (node != trigger && viaComplement && CESSATIONS.contains(lemma)) {
                negated = true;
            }
            if (node != trigger && speechVerbs.contains(lemma)) {
                break;
            }
            boolean openTo = lemma.equals("open") && t.pos().startsWith("JJ");
            if ((ATTITUDES.contains(lemma) || openTo) && node != trigger && !viaConjunction) {
                hypothetical = true;
            }
            for (Dependency d : s.children(node)) {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                String rel = d.relation();
                if (inOwnClause && (rel.equals("advmod") || rel.equals("det") || rel.equals("neg")
                        || rel.equals("aux")) && NEGATORS.contains(w)) {
                    negated = true;
                }
                if (rel.startsWith("aux") && HYPOTHETICAL_AUX.contains(w)) {
                    hypothetical = true;
                }
                if (rel.startsWith("aux") && (FUTURE_AUX.contains(w) || w.equals("would"))) {
                    future = true;
                }
                if (rel.equals("mark") && CONDITIONAL_MARKS.contains(w)) {
                    hypothetical = true;
                }
                if (rel.equals("advcl") && CONDITIONAL_MARKS.contains(d.marker())) {
                    hypothetical = true;
                }
                if (rel.equals("xcomp") && node != trigger && lemma.equals("go") && t.pos().equals("VBG")) {
                    future = true;
                }
            }
            if (lemma.equals("go") && t.pos().equals("VBG") && node != trigger) {
                future = true;
            }
            for (Dependency d : node == trigger ? s.children(node) : List.<Dependency>of()) {
                if ((d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("det"))
                        && UNREALISED.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
                    hypothetical = true;
                }
            }
            java.util.Optional<Dependency> up = s.parentArc(node);
            if (up.isEmpty() || up.get().governor() < 0) {
                break;
            }
            Dependency arc = up.get();
            if (arc.relation().equals("parataxis")) {
                break;
            }
            if (arc.marker().equals("against") && s.token(arc.governor()).lemma().toLowerCase(java.util.Locale.ROOT)
                    .matches("warn|caution|advise|argue|vote|rule|speak|lobby|campaign")) {
                hypothetical = true;
            }
            boolean ahead = AHEAD_MARKERS.contains(arc.marker()) || arc.marker().equals("to")
                    && s.token(arc.governor()).lemma().equalsIgnoreCase("close")
                    && s.token(arc.governor()).pos().startsWith("JJ");
            if (ahead && node == trigger) {
                hypothetical = true;
            }
            if (arc.marker().equals("without") && inOwnClause) {
                negated = true;
            }
            if (arc.marker().equals("if") || arc.marker().equals("unless")) {
                hypothetical = true;
            }
            if (CLAUSE_BOUNDARIES.contains(arc.relation()) || arc.relation().startsWith("conj")) {
                inOwnClause = false;
            }
            if (arc.relation().startsWith("conj") && future) {
                break;
            }
            viaConjunction = arc.relation().startsWith("conj");
            viaComplement = (node == trigger || viaComplement) && (arc.relation().equals("xcomp")
                    || arc.relation().equals("obj") || arc.relation().equals("ccomp"));
            node = arc.governor();
        }
        if (negated) {
            return future ? Modality.INTENDED : Modality.NEGATED;
        }
        if (hypothetical) {
            return Modality.HYPOTHETICAL;
        }
        return future ? Modality.INTENDED : Modality.ASSERTED;
    }

    /** True when the trigger is negated and announced for the future ("will not attend"): a refusal. */
    static boolean isRefusal(Sentence s, int trigger) {
        boolean neg = false;
        boolean fut = false;
        for (Dependency d : s.children(trigger)) {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            neg |= NEGATORS.contains(w);
            fut |= d.relation().startsWith("aux") && (FUTURE_AUX.contains(w) || w.equals("would"));
        }
        return neg && fut;
    }
}
