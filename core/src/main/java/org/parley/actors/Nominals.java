package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.AgentNoun;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The description rules of {@link ActorResolver} for one sentence: agent nouns with their country ("Russian
 * missiles", "China's military"), parts of and descriptions beside named bodies, definite descriptions and
 * group references ("the alliance", "the two leaders"), things marked with a nationality, and pronouns.
 */
final class Nominals {
    /** Agents that take their country from the sentence's place when the phrase names none. */
    private static final Set<String> DOMESTIC_AGENTS = Set.of("COP", "OPP", "CVL", "REB", "SEP", "JUD", "LEG",
            "UAF", "BUS");
    private static final Set<String> GROUP_HEADS = Set.of("leader", "side", "country", "nation", "government",
            "president", "minister", "party", "state");

    /** Titles vague enough to describe any official of the country ("the US diplomat", "the Chinese leader"). */
    private static final Set<String> GENERIC_TITLES = Set.of("diplomat", "leader", "official", "politician",
            "statesman", "minister", "counterpart", "envoy");

    /** Reporting verbs whose "they" subject in the reported clause may be the reporter. */
    private static final Set<String> REPORTING = Set.of("say", "claim", "state", "announce", "insist", "confirm",
            "add", "deny", "admit", "acknowledge");

    private final SentenceState st;
    private final Knowledge knowledge;
    private final Sentence s;
    private final Discourse discourse;
    private final List<Hit> hits;

    Nominals(SentenceState st) {
        this.st = st;
        this.knowledge = st.knowledge;
        this.s = st.s;
        this.discourse = st.discourse;
        this.hits = st.hits;
    }

    void nominal(int h) {
        Token t = s.token(h);
        if (groupReference(h)) {
            return;
        }
        if (namedApposition(h, Phrases.leftEdge(s, h)) || partitive(h)) {
            return;
        }
        Optional<AgentNoun> agent = st.agentEndingAt(h);
        if (agent.isEmpty()) {
            if (!definiteAnaphor(h)) {
                possessedThing(h);
            }
            return;
        }
        final int left = Phrases.leftEdge(s, h);
        int right = h + 1;
        Optional<String> country = st.countryIn(left, h);
        List<String> alsoOf = new ArrayList<>(coordinatedCountries(left, h, country));
        AgentNoun.Kind kind = agent.get().kind();
        for (Dependency d : s.children(h, "nmod")) {
            boolean complement = d.dependent() > h && (d.marker().equals("to") && kind == AgentNoun.Kind.TITLE
                    || d.marker().equals("in") || d.marker().equals("from"));
            if (complement) {
                Optional<String> where = st.countryIn(Phrases.leftEdge(s, d.dependent()),
                        Phrases.rightmostDescendant(s, d.dependent()) + 1);
                if (where.isPresent() && (country.isEmpty() || d.marker().equals("to"))) {
                    right = Math.max(right, Phrases.rightmostDescendant(s, d.dependent()) + 1);
                    if (country.isEmpty()) {
                        country = where;
                    }
                }
            }
            boolean ofBody = d.marker().equals("of") || d.marker().equals("for") && kind == AgentNoun.Kind.TITLE
                    && (st.agentEndingAt(d.dependent()).isPresent()
                        || st.hitAt(d.dependent()).filter(x -> x.kind() == Hit.Kind.NAMED).isPresent());
            if (country.isEmpty() && ofBody && d.dependent() > h) {
                Optional<Hit> body = st.hitAt(d.dependent()).filter(x -> x.kind() == Hit.Kind.NAMED
                        && x.code().length() > 3 && !x.code().startsWith("IGO"));
                if (body.isPresent()) {
                    st.add(left, Phrases.rightmostDescendant(s, d.dependent()) + 1, h,
                            new Actor(body.get().code(), body.get().name()),
                            "'" + agent.get().phrase() + "' of '" + body.get().name() + "'");
                    return;
                }
                Optional<String> ofCountry = st.countryIn(Phrases.leftEdge(s, d.dependent()),
                        Phrases.rightmostDescendant(s, d.dependent()) + 1);
                if (ofCountry.isPresent()) {
                    country = ofCountry;
                    right = Phrases.rightmostDescendant(s, d.dependent()) + 1;
                    for (Dependency c : s.children(d.dependent())) {
                        if (c.relation().startsWith("conj")) {
                            st.countryIn(Phrases.leftEdge(s, c.dependent()), Phrases.rightmostDescendant(s, c.dependent()) + 1)
                                    .ifPresent(alsoOf::add);
                        }
                    }
                }
            }
        }
        for (Dependency d : s.children(h, "nmod")) {
            if (d.marker().equals("of") && d.dependent() > h && d.dependent() <= right + 2) {
                right = Math.max(right, Phrases.rightmostDescendant(s, d.dependent()) + 1);
            }
        }
        Optional<String> leaderNamed = Optional.empty();
        if (country.isEmpty() && kind == AgentNoun.Kind.BODY && agent.get().agent().equals("GOV")) {
            leaderNamed = leaderOf(h);
            country = leaderNamed.flatMap(name -> knowledge.officeHolders().holding(name, st.date)
                    .or(() -> knowledge.officeHolders().bySurname(name, st.date))).map(o -> o.country());
        }
        final int r = right;
        AgentNoun a = agent.get();
        boolean former = st.hasWord(left, h, "former", "ousted", "ex", "deposed");
        boolean singular = t.pos().equals("NN") || t.pos().equals("NNP");
        Optional<Hit> group = hits.stream().filter(x -> x.start() >= left && x.end() <= h && x.kind() == Hit.Kind.NAMED
                && x.code().length() > 3 && !x.code().startsWith("IGO")
                && Set.of("REB", "SEP", "PTY", "CRM", "UAF", "OPP").contains(x.code().substring(3))).findFirst();
        if (group.isPresent()) {
            st.add(left, right, h, new Actor(group.get().code(), group.get().name()),
                    "agent '" + a.phrase() + "' of named group '" + group.get().name() + "'");
            return;
        }
        if (country.isPresent()) {
            boolean elite = former && (a.kind() == AgentNoun.Kind.TITLE || singular);
            String code = country.get().startsWith("IGO") || country.get().length() > 3 ? country.get()
                    : country.get() + (elite ? "ELI" : a.agent());
            Actor actor = descriptionAntecedent(h, a, country.get())
                    .map(p -> new Actor(code, p.name())).orElse(new Actor(code, ""));
            st.add(left, right, h, actor, leaderNamed.isPresent()
                    ? "'" + a.phrase() + "' of " + leaderNamed.get() + " (office holders table, on " + st.date + ")"
                    : "agent '" + a.phrase() + "' + " + country.get() + " in the text");
            if (a.kind() == AgentNoun.Kind.TITLE && s.token(h).pos().equals("NN") || s.token(h).pos().equals("NNP")) {
                discourse.person(TableScanner.text(s, left, right), actor.name().isEmpty()
                        ? new Actor(code, TableScanner.text(s, left, right)) : actor, "title '" + a.phrase() + "'");
            }
            for (String other : alsoOf) {
                String otherCode = other.startsWith("IGO") ? other : other + a.agent();
                st.add(left, right, h, new Actor(otherCode, ""), "agent '" + a.phrase() + "' + " + other + " in the text");
            }
            return;
        }
        if (a.kind() == AgentNoun.Kind.TITLE && isDefinite(left, h)) {
            discourse.lastPersonWithAgent(a.agent(), "", t.word(), GENERIC_TITLES.contains(Phrases.lemma(t))).ifPresent(p ->
                    st.add(left, r, h, p, "definite description '" + t.word() + "' = " + p.name()));
            return;
        }
        if (a.agent().equals("NGO")) {
            st.add(left, right, h, new Actor("NGO", ""), "agent '" + a.phrase() + "'");
            return;
        }
        boolean partOfName = Character.isUpperCase(t.word().charAt(0)) && h > 0;
        if (a.agent().equals("MED") && st.hasWord(left, h + 1, "state")) {
            Optional<Actor> reported = reportedState(h);
            if (reported.isPresent()) {
                String c = reported.get().country();
                st.add(left, r, h, new Actor(c + "MED", ""),
                        "agent '" + a.phrase() + "', country " + c + " of the state actor it reports on");
                return;
            }
        }
        if (DOMESTIC_AGENTS.contains(a.agent()) && !partOfName) {
            Optional<String> place = contextCountry(h);
            place.ifPresent(c -> st.add(left, r, h, new Actor(c + a.agent(), ""),
                    "agent '" + a.phrase() + "', country " + c + " from the sentence's places"));
        }
    }

    /**
     * "Kim Yo Jong warned ..., state media reported": the state whose media report is the country of the government
     * or state that is the subject of the reported clause (the clause the media's reporting verb governs, or the
     * one it is attached to); empty when that subject is no state actor or there is none.
     */
    private Optional<Actor> reportedState(int h) {
        Optional<Dependency> arc = s.parentArc(h);
        if (arc.isEmpty() || !arc.get().relation().startsWith("nsubj") || arc.get().governor() < 0) {
            return Optional.empty();
        }
        int verb = arc.get().governor();
        if (!REPORTING.contains(Phrases.lemma(s.token(verb))) && !Phrases.lemma(s.token(verb)).equals("report")) {
            return Optional.empty();
        }
        List<Integer> clauses = new ArrayList<>();
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("ccomp") || d.relation().equals("parataxis")) {
                clauses.add(d.dependent());
            }
        }
        s.parentArc(verb).filter(d -> d.governor() >= 0 && (d.relation().equals("parataxis")
                || d.relation().equals("ccomp"))).ifPresent(d -> clauses.add(d.governor()));
        for (int clause : clauses) {
            for (Dependency subj : s.children(clause, "nsubj")) {
                Optional<Mention> m = st.mentionWithHead(subj.dependent());
                Optional<Hit> later = st.hitAt(subj.dependent()).filter(x -> subj.dependent() > h
                        && (x.kind() == Hit.Kind.COUNTRY || x.kind() == Hit.Kind.CAPITAL));
                if (m.isEmpty() && later.isPresent()) {
                    return Optional.of(new Actor(later.get().code(), later.get().name()));
                }
                if (m.isPresent() && !m.get().actor().isOrganisation()
                        && (m.get().actor().agents().isEmpty() || m.get().actor().agents().startsWith("GOV"))) {
                    return Optional.of(m.get().actor());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "US and British activists", "French and German diplomats": countries after the first among the
     * modifiers before an agent noun, when "and" joins them; empty otherwise ("Russian-backed Ukrainian
     * separatists" are one side).
     */
    private List<String> coordinatedCountries(int left, int h, Optional<String> first) {
        boolean joined = false;
        for (int i = left; i < h; i++) {
            joined |= s.token(i).word().equalsIgnoreCase("and");
        }
        List<String> more = new ArrayList<>();
        if (!joined || first.isEmpty()) {
            return more;
        }
        for (Hit x : hits) {
            boolean countryHit = x.kind() == Hit.Kind.COUNTRY || x.kind() == Hit.Kind.DEMONYM;
            if (countryHit && x.start() >= left && x.end() <= h && !x.code().equals(first.get())
                    && !more.contains(x.code())) {
                more.add(x.code());
            }
        }
        return more;
    }

    /** "members of SANDF", "units of the Revolutionary Guards": part of a named body is that body. */
    private boolean partitive(int h) {
        if (!Set.of("member", "unit", "element", "part", "branch", "wing", "supporter", "delegate", "official")
                .contains(Phrases.lemma(s.token(h)))) {
            return false;
        }
        for (Dependency d : s.children(h, "nmod")) {
            Optional<Hit> body = d.marker().equals("of") ? st.hitAt(d.dependent()).filter(x -> x.kind() == Hit.Kind.NAMED)
                    : Optional.empty();
            if (body.isPresent()) {
                int left = Phrases.leftEdge(s, h);
                st.add(left, Phrases.rightmostDescendant(s, d.dependent()) + 1, h,
                        new Actor(body.get().code(), body.get().name()), "part of '" + body.get().name() + "'");
                return true;
            }
        }
        return false;
    }

    /** "the West African bloc ECOWAS", "the militant group Hamas": the name the description stands beside. */
    private boolean namedApposition(int h, int left) {
        for (Dependency d : s.children(h)) {
            boolean beside = d.dependent() > h && (d.relation().equals("appos") || d.relation().equals("flat")
                    || d.relation().equals("dep") || d.relation().equals("compound"));
            Optional<Hit> name = beside ? st.hitAt(d.dependent()).filter(x -> x.kind() == Hit.Kind.NAMED)
                    : Optional.empty();
            if (name.isPresent()) {
                st.add(left, name.get().end(), h, new Actor(name.get().code(), name.get().name()),
                        "description beside the name '" + name.get().name() + "'");
                return true;
            }
        }
        return false;
    }

    /**
     * "the Pacific nation", "the island" for the last country named; "the alliance", "the group" for the last
     * organisation or armed group named.
     */
    private boolean definiteAnaphor(int h) {
        int left = Phrases.leftEdge(s, h);
        if (!s.token(left).word().equalsIgnoreCase("the") || !s.token(h).pos().equals("NN")) {
            return false;
        }
        String lemma = Phrases.lemma(s.token(h));
        Optional<Actor> antecedent = Optional.empty();
        if (Set.of("nation", "country", "island", "kingdom", "republic", "state").contains(lemma)) {
            antecedent = discourse.lastCountry().map(c -> new Actor(c, c));
        } else if (Set.of("alliance", "bloc", "organisation", "organization", "coalition", "union")
                .contains(lemma)) {
            antecedent = discourse.lastNamed(a -> a.isOrganisation());
        } else if (Set.of("group", "movement", "militia", "paramilitary", "rebels", "faction", "party")
                .contains(lemma)) {
            antecedent = discourse.lastNamed(a -> !a.isOrganisation() && a.code().length() > 3
                    && Set.of("REB", "SEP", "PTY", "UAF", "CRM", "OPP").contains(a.code().substring(3, 6)));
        }
        antecedent.ifPresent(a -> st.add(left, h + 1, h, a, "definite description '"
                + TableScanner.text(s, left, h + 1) + "' = " + display(a)));
        return antecedent.isPresent();
    }

    /**
     * A thing or group marked with a nationality ("Ukrainian energy facilities", "Palestinian prisoners",
     * "Cambodian military targets"): the country, with the agent of a modifier that names one.
     */
    private void possessedThing(int h) {
        if (!s.token(h).isNoun() || s.token(h).pos().startsWith("NNP")) {
            return;
        }
        int left = Phrases.leftEdge(s, h);
        Optional<Hit> owner = hits.stream().filter(x -> x.start() >= left && x.end() <= h
                && x.kind() != Hit.Kind.NAMED).findFirst();
        int right = h + 1;
        boolean eventNoun = !knowledge.patterns().noun(Phrases.lemma(s.token(h))).isEmpty();
        if (owner.isEmpty() && !eventNoun) {
            Optional<Dependency> where = s.children(h, "nmod").stream().filter(d -> d.dependent() > h
                    && Set.of("in", "across", "throughout").contains(d.marker())).findFirst();
            if (where.isPresent()) {
                int place = where.get().dependent();
                owner = hits.stream().filter(x -> x.covers(place) && x.kind() != Hit.Kind.NAMED).findFirst();
                right = Phrases.rightmostDescendant(s, place) + 1;
            }
        }
        if (owner.isEmpty()) {
            return;
        }
        String agent = "";
        for (int i = owner.get().end(); i < h && agent.isEmpty(); i++) {
            agent = knowledge.agents().lookup(s.token(i).word()).map(AgentNoun::agent).orElse("");
        }
        st.add(left, right, h, new Actor(owner.get().code() + agent, owner.get().name()),
                "nationality '" + TableScanner.text(s, owner.get().start(), owner.get().end()) + "'");
    }

    /** "the US diplomat" after "Antony Blinken": the person it describes, for display and quotes. */
    private Optional<Actor> descriptionAntecedent(int h, AgentNoun a, String country) {
        boolean singular = s.token(h).pos().equals("NN") || s.token(h).pos().equals("NNP");
        if (a.kind() == AgentNoun.Kind.BODY || !singular || !isDefinite(Phrases.leftEdge(s, h), h)) {
            return Optional.empty();
        }
        return discourse.lastPersonWithAgent(a.agent(), country, s.token(h).word(),
                GENERIC_TITLES.contains(Phrases.lemma(s.token(h))));
    }

    private boolean isDefinite(int left, int h) {
        String w = s.token(left).word().toLowerCase(Locale.ROOT);
        return left < h && (w.equals("the") || w.equals("his") || w.equals("her") || w.equals("their")
                || w.equals("its"));
    }

    /** "the two leaders", "both sides": the last two actors of different countries. */
    private boolean groupReference(int h) {
        if (!GROUP_HEADS.contains(Phrases.lemma(s.token(h))) || !s.token(h).pos().endsWith("S")) {
            return false;
        }
        boolean two = s.children(h).stream().anyMatch(d -> {
            String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            return w.equals("two") || w.equals("both");
        });
        if (!two) {
            return false;
        }
        boolean people = Phrases.lemma(s.token(h)).equals("leader") || Phrases.lemma(s.token(h)).equals("president")
                || Phrases.lemma(s.token(h)).equals("minister");
        List<Actor> pair = discourse.mainPair(people);
        if (pair.size() < 2) {
            return false;
        }
        int left = Phrases.leftEdge(s, h);
        for (Actor a : pair) {
            st.add(left, h + 1, h, a, "group reference '" + TableScanner.text(s, left, h + 1) + "'");
        }
        return true;
    }

    void pronoun(int h) {
        String w = s.token(h).word().toLowerCase(Locale.ROOT);
        Optional<Actor> antecedent = switch (w) {
            case "he", "him", "his" -> discourse.lastPerson(s.index(), coSubject(h), inSubject(h), false);
            case "she", "her" -> discourse.lastPerson(s.index(), coSubject(h), inSubject(h), true);
            case "it", "its" -> clauseSubject(h).or(discourse::lastCollective);
            case "they" -> reporter(h).or(() -> discourse.lastGroup(s.index()));
            case "them", "their" -> discourse.lastGroup(s.index());
            default -> Optional.empty();
        };
        antecedent.ifPresent(a -> st.add(h, h + 1, h, a, "pronoun '" + s.token(h).word() + "' = " + display(a)));
    }

    /**
     * True when the pronoun is its clause's subject ("He will also meet ...") or a possessor inside the subject
     * ("Transcripts of his first call were published"): the pronouns that keep the previous sentence's subject.
     */
    private boolean inSubject(int h) {
        int node = h;
        for (int steps = 0; steps < 4; steps++) {
            Optional<Dependency> arc = s.parentArc(node);
            if (arc.isEmpty() || arc.get().governor() < 0) {
                return false;
            }
            String rel = arc.get().relation();
            if (rel.startsWith("nsubj")) {
                return true;
            }
            if (!(rel.equals("nmod:poss") || rel.equals("nmod") || rel.equals("compound"))) {
                return false;
            }
            node = arc.get().governor();
        }
        return false;
    }

    /**
     * "The US claimed that they had attacked Iraq", "Hamas said they fired the rockets": a "they" subject of
     * a reported clause refers to the reporting country or organisation when that is no person.
     */
    private Optional<Actor> reporter(int h) {
        Optional<Dependency> arc = s.parentArc(h);
        if (arc.isEmpty() || !arc.get().relation().equals("nsubj") || arc.get().governor() < 0) {
            return Optional.empty();
        }
        Optional<Dependency> clause = s.parentArc(arc.get().governor());
        if (clause.isEmpty() || !clause.get().relation().equals("ccomp") || clause.get().governor() < 0
                || !REPORTING.contains(Phrases.lemma(s.token(clause.get().governor())))) {
            return Optional.empty();
        }
        for (Dependency d : s.children(clause.get().governor(), "nsubj")) {
            Optional<Mention> subject = st.mentionWithHead(d.dependent());
            if (subject.isPresent() && !s.token(d.dependent()).ner().equals("PERSON")
                    && (subject.get().actor().agents().isEmpty() || subject.get().actor().isOrganisation()
                    || subject.get().text().endsWith("s"))) {
                return Optional.of(subject.get().actor());
            }
        }
        return Optional.empty();
    }

    /** Clause links along which a subject "it" keeps the subject of the clause above it. */
    private static final Set<String> SUBJECT_KEEPING = Set.of("conj", "ccomp", "advcl", "parataxis");

    /**
     * "China protested against the US action, and it warned ...", "Beijing said it would defend its companies": a
     * subject "it" of a conjoined, reported or adverbial clause refers to the subject of the clause above, when
     * that is a country, government or organisation and the clause above has no such object (after "X warned Y
     * that it ..." either may be meant, so the most recent one is kept). A possessive "its" in a clause whose
     * subject is such an "it" refers to the same actor. Empty when the rule does not apply.
     */
    private Optional<Actor> clauseSubject(int h) {
        Optional<Dependency> arc = s.parentArc(h);
        if (arc.isEmpty() || arc.get().governor() < 0) {
            return Optional.empty();
        }
        if (s.token(h).word().equalsIgnoreCase("its")) {
            for (int g = arc.get().governor(), steps = 0; g >= 0 && steps < 6; steps++) {
                List<Dependency> subjects = s.children(g, "nsubj");
                if (!subjects.isEmpty()) {
                    Dependency d = subjects.get(0);
                    return d.dependent() < h && s.token(d.dependent()).word().equalsIgnoreCase("it")
                            ? st.mentionWithHead(d.dependent()).map(Mention::actor) : Optional.empty();
                }
                g = s.parentArc(g).map(Dependency::governor).orElse(-1);
            }
            return Optional.empty();
        }
        if (!arc.get().relation().startsWith("nsubj")) {
            return Optional.empty();
        }
        int verb = arc.get().governor();
        Optional<Dependency> link = s.parentArc(verb);
        if (link.isEmpty() || link.get().governor() < 0
                || !SUBJECT_KEEPING.contains(link.get().relation().split(":")[0])) {
            return Optional.empty();
        }
        int above = link.get().governor();
        boolean objectActor = s.children(above).stream()
                .filter(d -> d.relation().equals("obj") || d.relation().equals("iobj"))
                .anyMatch(d -> st.mentionWithHead(d.dependent()).isPresent());
        if (objectActor) {
            return Optional.empty();
        }
        for (Dependency d : s.children(above, "nsubj")) {
            if (d.dependent() < h && !s.token(d.dependent()).ner().equals("PERSON")) {
                Optional<Mention> subject = st.mentionWithHead(d.dependent());
                if (subject.isPresent() && (subject.get().actor().agents().isEmpty()
                        || subject.get().actor().isOrganisation() || subject.get().actor().code().endsWith("GOV"))) {
                    return Optional.of(subject.get().actor());
                }
            }
        }
        return Optional.empty();
    }

    /** For an object pronoun ("hosted him"), the actor of its verb's subject, which it cannot refer to. */
    private Optional<Actor> coSubject(int h) {
        Optional<Dependency> arc = s.parentArc(h);
        if (arc.isEmpty() || arc.get().governor() < 0 || arc.get().relation().startsWith("nsubj")
                || arc.get().relation().startsWith("nmod:poss")) {
            return Optional.empty();
        }
        for (Dependency d : s.children(arc.get().governor(), "nsubj")) {
            Optional<Mention> subject = st.mentionWithHead(d.dependent());
            if (subject.isPresent()) {
                return Optional.of(subject.get().actor());
            }
        }
        return Optional.empty();
    }

    /** The country of the nearest place named in this sentence, else the last one of the article. */
    private Optional<String> contextCountry(int h) {
        Optional<String> here = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (Hit x : hits) {
            if (x.kind() != Hit.Kind.NAMED && Math.abs(x.start() - h) < bestDistance) {
                bestDistance = Math.abs(x.start() - h);
                here = Optional.of(x.code());
            }
        }
        return here.or(discourse::lastCountry);
    }

    private static String display(Actor a) {
        return a.name().isEmpty() ? a.code() : a.name();
    }

    /**
     * The person a government is named after ("the Biden administration", "the Netanyahu government"): the proper
     * nouns compounded onto the body noun at {@code h}, as one name, or empty if there are none.
     */
    private Optional<String> leaderOf(int h) {
        int first = -1;
        for (Dependency d : s.children(h, "compound")) {
            if (d.dependent() < h && s.token(d.dependent()).pos().startsWith("NNP")) {
                first = first < 0 ? d.dependent() : Math.min(first, d.dependent());
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        int last = first;
        while (last + 1 < h && s.token(last + 1).pos().startsWith("NNP")) {
            last++;
        }
        return Optional.of(TableScanner.text(s, first, last + 1));
    }
}
