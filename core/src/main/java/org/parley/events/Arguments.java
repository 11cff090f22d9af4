package org.parley.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.EventPattern;
import org.parley.knowledge.EventPattern.Flag;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Sentence;

/**
 * The arguments of one sentence's events for {@link EventCoder}: the actors that are the source and target
 * of a verb or event noun, found through its subject, slots, possessors and governing clauses.
 */
final class Arguments {
    /** Verbs whose object is the subject of their to-clause ("urged Israel to allow", "prompting Washington to demand"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "invite", "prompt", "force", "press",
            "push", "allow", "let", "help", "encourage", "persuade", "order", "call", "tell", "warn", "lead",
            "request", "compel", "pressure", "pressurise", "pressurize", "enable", "authorize", "authorise");

    private final Knowledge knowledge;
    private final Sentence s;
    private final List<Mention> mentions;
    private final Triggers triggers;

    Arguments(Knowledge knowledge, Sentence s, List<Mention> mentions, Triggers triggers) {
        this.knowledge = knowledge;
        this.s = s;
        this.mentions = mentions;
        this.triggers = triggers;
    }

    /**
     * The one country where the sentence's places lie, for protests that name no participants (CAMEO codes
     * a domestic protest as the country's opposition against its government).
     */
    Optional<String> placeCountry() {
        Set<String> countries = new java.util.TreeSet<>();
        for (Mention m : mentions) {
            String country = m.actor().country();
            if (!m.actor().isOrganisation() && knowledge.countries().byCode(country).isPresent()) {
                countries.add(country);
            }
        }
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    /** Source of an event noun from its own phrase: possessor, by-agent, or actor modifier. */
    List<Actor> nounSources(int n) {
        List<Actor> out = new ArrayList<>();
        for (Dependency d : s.children(n)) {
            if (d.relation().startsWith("nmod:poss") || d.relation().equals("compound")
                    || d.relation().equals("amod") || d.marker().equals("by")) {
                for (Actor a : actorsAt(d.dependent())) {
                    boolean frame = a.isOrganisation() && d.relation().equals("compound");
                    if (!frame) {
                        out.add(a);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (Mention m : mentions) {
                if (m.head() == n) {
                    out.add(m.actor());
                }
            }
        }
        return out;
    }

    /** The subject (or possessor of a copular predicate) of the clause an event noun sits in. */
    Optional<List<Actor>> clauseSources(int n) {
        int node = n;
        for (int steps = 0; steps < 6; steps++) {
            Optional<Dependency> up = s.parentArc(node);
            if (up.isEmpty() || up.get().governor() < 0) {
                return Optional.empty();
            }
            int g = up.get().governor();
            for (Dependency d : s.children(g)) {
                boolean eventItself = !triggers.nounPatterns(d.dependent()).isEmpty();
                if (d.dependent() != node && !eventItself && (d.relation().equals("nsubj")
                        || d.relation().startsWith("nmod:poss"))) {
                    List<Actor> a = actorsAt(d.dependent());
                    if (!a.isEmpty()) {
                        return Optional.of(a);
                    }
                }
            }
            node = g;
        }
        return Optional.empty();
    }

    /** Sources of a verb: its subject (by-agent in the passive), inherited through xcomp and conj. */
    List<Actor> sources(int v) {
        if (!s.children(v, "nsubj:pass").isEmpty() || !s.children(v, "aux:pass").isEmpty()) {
            List<Actor> agents = new ArrayList<>();
            for (Dependency d : s.children(v, "obl")) {
                if (d.marker().equals("by")) {
                    agents.addAll(actorsAt(d.dependent()));
                }
            }
            return agents;
        }
        List<Actor> subjects = new ArrayList<>();
        for (Dependency d : s.children(v, "nsubj")) {
            subjects.addAll(actorsAt(d.dependent()));
        }
        if (!subjects.isEmpty() || !s.children(v, "nsubj").isEmpty()) {
            return subjects;
        }
        List<Actor> linear = leftNeighbour(v);
        if (!linear.isEmpty()) {
            return linear;
        }
        Optional<Dependency> up = s.parentArc(v);
        if (up.isPresent() && up.get().governor() >= 0) {
            String rel = up.get().relation();
            int g = up.get().governor();
            if (rel.equals("xcomp") && OBJECT_CONTROL.contains(s.token(g).lemma().toLowerCase(Locale.ROOT))) {
                List<Actor> controller = new ArrayList<>();
                for (Dependency d : s.children(g, "obj")) {
                    controller.addAll(actorsAt(d.dependent()));
                }
                return controller;
            }
            if (rel.equals("xcomp") || rel.startsWith("conj")
                    || (rel.equals("advcl") || rel.equals("dep")) && s.token(v).pos().equals("VBG")) {
                return sources(g);
            }
            if (rel.equals("acl") && s.token(v).pos().equals("VBN")) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * A finite verb the parser left without a subject ("the Kremlin said Moscow had agreed"): the actor
     * mention right before it, across auxiliaries and adverbs.
     */
    private List<Actor> leftNeighbour(int v) {
        String pos = s.token(v).pos();
        boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                || pos.equals("VBN") && !s.children(v, "aux").isEmpty();
        Optional<Dependency> up = s.parentArc(v);
        if (!finite || up.isPresent() && (up.get().relation().equals("xcomp") || up.get().relation().startsWith("acl"))) {
            return List.of();
        }
        int i = v - 1;
        while (i >= 0 && (s.token(i).pos().startsWith("RB") || s.token(i).pos().equals("MD")
                || s.token(i).lemma().equalsIgnoreCase("have") || s.token(i).lemma().equalsIgnoreCase("be"))) {
            i--;
        }
        if (i < 0) {
            return List.of();
        }
        for (Mention m : mentions) {
            if (m.lastToken() - 1 == i && !m.evidence().startsWith("title phrase")) {
                return List.of(m.actor());
            }
        }
        return List.of();
    }

    /** Targets of a verb: the pattern's slots, else (passive) the passive subject. */
    List<Actor> targetsOf(int v, EventPattern p) {
        if (!s.children(v, "nsubj:pass").isEmpty()) {
            List<Actor> patients = new ArrayList<>();
            for (Dependency d : s.children(v, "nsubj:pass")) {
                patients.addAll(actorsAt(d.dependent()));
            }
            return patients;
        }
        Optional<Dependency> up = s.parentArc(v);
        if (up.isPresent() && up.get().relation().equals("acl") && s.token(v).pos().equals("VBN")) {
            return actorsAt(up.get().governor());
        }
        if (p.has(Flag.DIRECT)) {
            List<Actor> direct = new ArrayList<>();
            for (Dependency d : s.children(v, "obj")) {
                direct.addAll(mentionsAt(d.dependent()));
            }
            return direct;
        }
        List<Actor> found = slots(v, p.targets());
        if (found.isEmpty() && up.isPresent() && up.get().relation().equals("advcl")
                && s.token(v).pos().equals("VBG") && up.get().governor() >= 0) {
            found = slots(up.get().governor(), p.targets());
        }
        return found;
    }

    /** Actors in the given slots of token {@code node}, in slot order; the first filled slot wins. */
    List<Actor> slots(int node, List<String> slots) {
        for (String slot : slots) {
            List<Actor> found = new ArrayList<>();
            for (Dependency d : s.children(node)) {
                boolean fits = switch (slot) {
                    case "obj" -> d.relation().equals("obj");
                    case "iobj" -> d.relation().equals("iobj");
                    default -> (d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                            && d.marker().equals(slot) && !s.token(d.dependent()).isVerb()
                            && s.children(d.dependent()).stream().noneMatch(c -> c.relation().equals("acl"));
                };
                if (fits) {
                    found.addAll(actorsAt(d.dependent()));
                }
            }
            if (found.isEmpty() && slot.equals("obj")) {
                found.addAll(reducedRelativeObject(node));
            }
            if (found.isEmpty() && !slot.equals("obj") && !slot.equals("iobj")) {
                for (Dependency o : s.children(node, "obj")) {
                    for (Dependency d : s.children(o.dependent(), "nmod")) {
                        if (d.marker().equals(slot)) {
                            found.addAll(actorsAt(d.dependent()));
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * "Israel released the mayor of Nablus, a Hamas member jailed a year ago": the parser can read an object with a
     * reduced relative clause as the subject of a participle complement ({@code xcomp}, VBN), leaving the verb with
     * no object. That subject is the object.
     */
    private List<Actor> reducedRelativeObject(int node) {
        List<Actor> out = new ArrayList<>();
        for (Dependency x : s.children(node, "xcomp")) {
            if (x.dependent() > node && s.token(x.dependent()).pos().equals("VBN")) {
                for (Dependency subj : s.children(x.dependent(), "nsubj")) {
                    if (subj.dependent() > node && subj.dependent() < x.dependent()) {
                        out.addAll(actorsAt(subj.dependent()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The actors a phrase head stands for: its own mentions, else a named person attached to it
     * ("his counterpart Dmytro Kuleba"), else an owner inside the phrase ("Houthi sites", "Iran's
     * consulate", "the declaration of the CSTO", "war crimes in Ukraine"); plus its coordinated heads.
     */
    private List<Actor> actorsAt(int head) {
        List<Actor> out = new ArrayList<>(mentionsAt(head));
        if (out.isEmpty()) {
            out.addAll(owners(head, 0));
        }
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("conj")) {
                out.addAll(actorsAt(d.dependent()));
            }
        }
        return distinctCodes(out);
    }

    /** One actor per code, the first (a phrase and the name inside it are one participant). */
    private List<Actor> distinctCodes(List<Actor> actors) {
        Map<String, Actor> byCode = new LinkedHashMap<>();
        for (Actor a : actors) {
            byCode.merge(a.code(), a, (first, later) -> first.name().isEmpty() ? later : first);
        }
        return List.copyOf(byCode.values());
    }

    private List<Actor> mentionsAt(int head) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.head() == head) {
                out.add(m.actor());
            }
        }
        return out;
    }

    private List<Actor> owners(int head, int depth) {
        List<List<String>> tiers = List.of(List.of("appos", "dep", "flat"),
                List.of("nmod:poss", "compound", "amod"), List.of("of"), List.of("in", "from", "to", "with", "against", "for", "on"));
        boolean eventNoun = !knowledge.patterns().noun(s.token(head).lemma().toLowerCase(Locale.ROOT)).isEmpty();
        for (List<String> tier : tiers) {
            List<Actor> out = new ArrayList<>();
            for (Dependency d : s.children(head)) {
                boolean fits = tier.contains(d.relation()) || d.relation().startsWith("nmod")
                        && tier.contains(d.marker()) && !(eventNoun && d.marker().equals("in"));
                if (fits) {
                    List<Actor> own = mentionsAt(d.dependent());
                    out.addAll(own.isEmpty() && depth < 2 && tier.contains("of")
                            ? owners(d.dependent(), depth + 1) : own);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * Who carried out an attack the clause names no agent for: the owner of the attack noun the victims
     * died in ("were killed in Israeli tank shelling" = ISR), or the country it came from ("a mortar bomb
     * was fired at it from the Gaza Strip" = PSE); empty when neither is there.
     */
    List<Actor> attackerOf(int trigger) {
        for (Dependency d : s.children(trigger)) {
            if (!d.relation().startsWith("obl")) {
                continue;
            }
            if ((d.marker().equals("in") || d.marker().equals("during")) && !triggers.nounPatterns(d.dependent()).isEmpty()
                    && Set.of("18", "19", "20").contains(triggers.nounPatterns(d.dependent()).get(0).code().root())) {
                return nounSources(d.dependent());
            }
            if (d.marker().equals("from")) {
                for (Mention m : mentions) {
                    if (m.head() == d.dependent() && m.actor().code().length() == 3) {
                        return List.of(m.actor());
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The country named anywhere inside the phrase that a {@code marker} dependent of the trigger or of its
     * object heads ("claimed
     * responsibility for an attack ... at a mall in Kenya's capital" = KEN), as a bare country; empty when the
     * phrase names none or several.
     */
    List<Actor> countryInside(int trigger, String marker, List<Actor> sources) {
        List<Dependency> candidates = new ArrayList<>(s.children(trigger));
        s.children(trigger, "obj").forEach(o -> candidates.addAll(s.children(o.dependent())));
        for (Dependency d : candidates) {
            if (!d.marker().equals(marker)) {
                continue;
            }
            Set<String> countries = new java.util.TreeSet<>();
            for (Mention m : mentions) {
                if (!m.actor().isOrganisation() && descends(m.head(), d.dependent())
                        && sources.stream().noneMatch(a -> a.country().equals(m.actor().country()))) {
                    countries.add(m.actor().country());
                }
            }
            if (countries.size() == 1) {
                String c = countries.iterator().next();
                return List.of(new Actor(c, c));
            }
        }
        return List.of();
    }

    private boolean descends(int node, int ancestor) {
        for (int steps = 0; node >= 0 && steps < 20; steps++) {
            if (node == ancestor) {
                return true;
            }
            node = s.parentArc(node).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /**
     * For a meeting, visit, protest or exercise with no counterpart: the country where it took place, if
     * foreign to the sources ("held talks in Tehran", "staged a protest in Beijing", "exercises in Alaska").
     */
    List<Actor> placeTarget(int trigger, int anchor, List<Actor> sources) {
        for (int node : List.of(trigger, anchor)) {
            for (Dependency d : s.children(node)) {
                if (!(d.marker().equals("in") || d.marker().equals("to")) || !(d.relation().startsWith("obl")
                        || d.relation().startsWith("nmod"))) {
                    continue;
                }
                for (Mention m : mentions) {
                    if (m.head() == d.dependent() && m.actor().code().length() == 3
                            && sources.stream().noneMatch(a -> a.country().equals(m.actor().country()))) {
                        return List.of(m.actor());
                    }
                }
            }
        }
        return List.of();
    }

    /** The parties a mediator stands between: the subjects of the sentence's main clause ("A and B agreed ..., in a deal mediated by C"). */
    List<Actor> parties(List<Actor> mediators) {
        for (Dependency root : s.children(-1)) {
            List<Actor> subjects = new ArrayList<>();
            for (Dependency d : s.children(root.dependent(), "nsubj")) {
                subjects.addAll(actorsAt(d.dependent()));
            }
            subjects.removeAll(mediators);
            if (subjects.size() >= 2) {
                return subjects;
            }
        }
        return List.of();
    }

    /**
     * Whom a warning or protest is about, from what it says: the subject of the warned clause or of its
     * condition, other than the speaker's own country ("warned that US aircraft would face ...", "warned that
     * Turkey may come ... if Greece continued ...") or the target of its purpose clause ("gathered to demand the withdrawal of
     * French forces").
     */
    List<Actor> purposeTargets(int trigger, List<Actor> sources) {
        for (Dependency d : s.children(trigger)) {
            if (d.relation().equals("ccomp")) {
                List<Integer> clauses = new ArrayList<>(List.of(d.dependent()));
                s.children(d.dependent(), "advcl").forEach(c -> clauses.add(c.dependent()));
                for (int clause : clauses) {
                    for (Dependency subj : s.children(clause, "nsubj")) {
                        List<Actor> a = actorsAt(subj.dependent()).stream().filter(x -> sources.stream()
                                .noneMatch(src -> src.country().equals(x.country()))).toList();
                        if (!a.isEmpty()) {
                            return a;
                        }
                    }
                }
            }
            if ((d.relation().equals("advcl") || d.relation().equals("xcomp")) && d.marker().equals("to")) {
                List<EventPattern> p = triggers.verbPatterns(d.dependent());
                if (!p.isEmpty()) {
                    return targetsOf(d.dependent(), p.get(0));
                }
            }
        }
        return List.of();
    }
}
