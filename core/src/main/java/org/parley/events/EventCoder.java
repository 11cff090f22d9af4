package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.CodebookEntry;
import org.parley.knowledge.EventPattern;
import org.parley.knowledge.EventPattern.Flag;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.Dependency;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Mention;
import org.parley.model.Modality;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;

/**
 * The event stage: source-verb-target extraction from the dependency parse with parley's pattern tables.
 *
 * <p>For each verb with a pattern, the source is its subject (the by-agent in the passive), the target the
 * pattern's slot (object or a prepositional dependent); coordinated subjects and objects give one event
 * each; symmetric verbs with a coordinated subject ("A and B met") give both directions. Light verbs take
 * the code of their event noun ("held talks with"); control verbs turn their complement into an intent
 * ("agreed to restore" = 03x) and refusals into a rejection ("refused to sign" = 12x). Event nouns ("X's
 * visit to Y", "talks with", "a summit between A and B") are coded with their possessor, by-agent or the
 * sentence's subject as source. Modality comes from {@link Modalities}, dates from {@link TimeExpressions}.
 * The same source, target, code and date found twice in an article is one event (the first mention).
 */
public final class EventCoder {
    /** Verbs whose object is the subject of their to-clause ("urged Israel to allow", "prompting Washington to demand"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "invite", "prompt", "force", "press",
            "push", "allow", "let", "help", "encourage", "persuade", "order", "call", "tell", "warn", "lead",
            "request", "compel", "pressure", "pressurise", "pressurize", "enable", "authorize", "authorise");

    /** Prepositions that make an event noun the topic of another statement ("fell out over the invasion"). */
    private static final Set<String> TOPIC_MARKERS = Set.of("over", "about", "regarding", "concerning", "on");

    private final Knowledge knowledge;
    private final Set<String> speechVerbs;

    /** An event coder over the given knowledge tables. */
    public EventCoder(Knowledge knowledge) {
        this.knowledge = knowledge;
        Set<String> speech = new HashSet<>();
        for (String lemma : List.of("say", "tell", "add", "note", "remark", "state", "announce", "declare", "explain",
                "insist", "report", "write", "comment", "deny", "warn", "claim", "allege", "believe", "think",
                "argue", "accuse", "confirm", "stress", "indicate", "suggest", "reply", "respond", "acknowledge")) {
            speech.add(lemma);
        }
        this.speechVerbs = Set.copyOf(speech);
    }

    /**
     * Codes the events of a parsed article.
     *
     * @param mentions the article's resolved actor mentions (from the actor stage)
     * @return events in text order, without duplicates
     */
    public List<Event> code(ParsedArticle article, List<Mention> mentions) {
        Map<String, Event> unique = new LinkedHashMap<>();
        Focus focus = new Focus();
        for (Sentence s : article.sentences()) {
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            for (Event e : new SentenceCoder(article, s, here, focus).code()) {
                String key = e.source().code() + "|" + e.target().code() + "|" + e.code() + "|" + e.date()
                        .map(EventDate::toString).orElse("") + "|" + e.modality().happened();
                unique.putIfAbsent(key, e);
            }
        }
        return List.copyOf(unique.values());
    }

    /** The actor the article's events are about so far: the last source (for agentless event nouns). */
    private static final class Focus {
        private Actor actor;

        Optional<Actor> get() {
            return Optional.ofNullable(actor);
        }

        void set(Actor a) {
            actor = a;
        }
    }

    /** A code with how it was reached. */
    private record Coding(CameoCode code, int trigger, String triggerText, boolean intentDone) {
    }

    private final class SentenceCoder {
        private final ParsedArticle article;
        private final Sentence s;
        private final List<Mention> mentions;
        private final Focus focus;
        private final LocalDate published;
        private final Set<Integer> consumed = new HashSet<>();
        private final List<Event> events = new ArrayList<>();

        SentenceCoder(ParsedArticle article, Sentence s, List<Mention> mentions, Focus focus) {
            this.article = article;
            this.s = s;
            this.mentions = mentions;
            this.focus = focus;
            this.published = article.article().published().orElse(null);
        }

        List<Event> code() {
            for (int v = 0; v < s.size(); v++) {
                if (s.token(v).isVerb() && !consumed.contains(v) && !isAuxiliary(v)) {
                    verb(v);
                }
            }
            for (int n = 0; n < s.size(); n++) {
                if (s.token(n).isNoun() && !consumed.contains(n)) {
                    noun(n);
                }
            }
            return events;
        }

        private boolean isAuxiliary(int v) {
            return s.parentArc(v).map(d -> d.relation().startsWith("aux") || d.relation().equals("cop"))
                    .orElse(false);
        }

        // ---- verbs -----------------------------------------------------------------------------------

        private void verb(int v) {
            List<EventPattern> candidates = verbPatterns(v);
            if (candidates.isEmpty() || isConsequence(v) || isPredicativeCall(v)) {
                return;
            }
            Optional<EventPattern> light = candidates.stream().filter(p -> p.has(Flag.LIGHT)).findFirst();
            Optional<Integer> eventNoun = light.flatMap(p -> objectEventNoun(v));
            if (light.isPresent() && eventNoun.isPresent()) {
                lightVerb(v, light.get(), eventNoun.get());
                return;
            }
            Optional<EventPattern> plain = candidates.stream().filter(p -> !p.has(Flag.LIGHT)).findFirst();
            if (plain.isEmpty()) {
                Optional<Integer> x = complement(v);
                if (x.isPresent() && light.isPresent()) {
                    aspectual(v, x.get());
                }
                return;
            }
            EventPattern p = plain.get();
            Optional<Integer> x = complement(v);
            if (p.has(Flag.REFUSE) || p.has(Flag.CONTROL)) {
                controlled(v, p, x);
                return;
            }
            if (isPersonaNonGrata(v)) {
                emit(v, new Coding(CameoCode.of("161"), v, s.token(v).word(), false), sources(v), slots(v, List.of("obj")), p);
                return;
            }
            if (p.has(Flag.SPEECH)) {
                List<Actor> targets = slots(v, p.targets()).stream()
                        .filter(a -> !a.agents().equals("MED")).toList();
                if (targets.isEmpty() && p.code().root().equals("13")) {
                    targets = purposeTargets(v);
                }
                if (!targets.isEmpty()) {
                    emit(v, new Coding(p.code(), v, s.token(v).word(), false), sources(v), targets, p);
                }
                return;
            }
            Optional<CameoCode> byMeasure = agentMeasure(v);
            if (byMeasure.isPresent()) {
                emit(v, new Coding(byMeasure.get(), v, s.token(v).word(), false), sources(v), targetsOf(v, p), p);
                return;
            }
            Optional<CameoCode> purpose = p.code().value().startsWith("042") ? aidPurpose(v) : Optional.empty();
            if (purpose.isPresent()) {
                List<Actor> place = placeTarget(v, v, sources(v));
                emit(v, new Coding(purpose.get(), v, s.token(v).word(), false), sources(v),
                        place.isEmpty() ? targetsOf(v, p) : place, p);
                return;
            }
            if (isPersonaNonGrata(v)) {
                emit(v, new Coding(CameoCode.of("161"), v, s.token(v).word(), false), sources(v), slots(v, List.of("obj")), p);
                return;
            }
            emit(v, new Coding(p.code(), v, s.token(v).word(), false), sources(v), targetsOf(v, p), p);
        }

        /** "hit by sanctions", "struck by new tariffs": the passive's agent is a measure, which is the event. */
        private Optional<CameoCode> agentMeasure(int v) {
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
        private Optional<CameoCode> aidPurpose(int v) {
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
        private boolean isPersonaNonGrata(int v) {
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
        private List<EventPattern> verbPatterns(int v) {
            List<EventPattern> all = knowledge.patterns().verb(s.token(v).lemma(), objectLemma(v));
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

        /** The lemma of a verb's direct object, with its compound ("bank account"), or "" without one. */
        private String objectLemma(int v) {
            for (Dependency d : s.children(v, "obj")) {
                String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                for (Dependency c : s.children(d.dependent(), "compound")) {
                    if (c.dependent() == d.dependent() - 1) {
                        return s.token(c.dependent()).lemma().toLowerCase(Locale.ROOT) + " " + lemma;
                    }
                }
                return lemma;
            }
            return "";
        }

        /** The open clausal complement of a verb ("agreed to <restore>", "refused to <sign>"). */
        private Optional<Integer> complement(int v) {
            return s.children(v, "xcomp").stream().map(Dependency::dependent)
                    .filter(x -> s.token(x).isVerb()).findFirst();
        }

        /** An event noun in the object of a light verb ("held <talks>", "launched air <strikes>"). */
        private Optional<Integer> objectEventNoun(int v) {
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

        private void lightVerb(int v, EventPattern light, int n) {
            consumed.add(n);
            EventPattern np = nounPatterns(n).get(0);
            if (np.code().root().equals("01")) {
                np = messageAct(v, n).map(act -> new EventPattern(act.kind(), act.lemma(), act.particle(), act.code(),
                        nounPatterns(n).get(0).targets(), act.flags())).orElse(np);
            }
            List<Actor> targets = slots(n, np.targets());
            if (targets.isEmpty()) {
                targets = slots(v, np.targets());
            }
            if (targets.isEmpty()) {
                targets = slots(v, light.targets());
            }
            List<Actor> sources = s.children(v, "nsubj:pass").isEmpty() ? sources(v) : List.of();
            if (sources.isEmpty()) {
                sources = nounSources(n);
            }
            boolean sym = np.has(Flag.SYM) || light.has(Flag.SYM);
            emit(v, new Coding(np.code(), n, s.token(v).word() + " " + s.token(n).word(), false), sources, targets,
                    sym ? np : withoutSym(np));
        }

        private EventPattern withoutSym(EventPattern p) {
            return p;
        }

        /**
         * A participle that reports the outcome of the event it hangs on ("missiles hit Kyiv, killing a
         * dozen people"): part of that event, not another one.
         */
        private boolean isConsequence(int v) {
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
        private boolean isPredicativeCall(int v) {
            if (!s.token(v).lemma().equalsIgnoreCase("call")) {
                return false;
            }
            boolean quoteAfter = s.children(v, "obj").stream().anyMatch(o -> o.dependent() + 1 < s.size()
                    && s.token(o.dependent() + 1).word().matches("[\"\u201C']"));
            return quoteAfter || !s.children(v, "xcomp").isEmpty() || !s.children(v, "ccomp").isEmpty()
                    || !s.children(v, "dep").isEmpty();
        }

        /** A speech act named by a participle on a message ("sent a letter to Putin apologising"). */
        private Optional<EventPattern> messageAct(int v, int n) {
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

        /** "resumed sharing intelligence": the complement is the act, with the aspect verb's subject. */
        private void aspectual(int v, int x) {
            List<EventPattern> xp = verbPatterns(x);
            if (xp.isEmpty() || xp.get(0).has(Flag.LIGHT)) {
                return;
            }
            consumed.add(x);
            emit(v, new Coding(xp.get(0).code(), x, s.token(x).word(), false), sources(v), targetsOf(x, xp.get(0)),
                    xp.get(0));
        }

        private void controlled(int v, EventPattern p, Optional<Integer> complement) {
            CameoCode code = p.code();
            List<Actor> targets = List.of();
            EventPattern frame = p;
            int trigger = v;
            if (complement.isPresent()) {
                int x = complement.get();
                consumed.add(x);
                Optional<CameoCode> act = actCode(x);
                List<EventPattern> xp = verbPatterns(x);
                if (!xp.isEmpty()) {
                    frame = xp.get(0);
                    targets = targetsOf(x, frame);
                    for (Dependency deeper : s.children(x)) {
                        if (targets.isEmpty() && (deeper.relation().equals("xcomp") || deeper.relation().equals("obj"))
                                && !verbPatterns(deeper.dependent()).isEmpty()) {
                            targets = targetsOf(deeper.dependent(), verbPatterns(deeper.dependent()).get(0));
                            consumed.add(deeper.dependent());
                        }
                    }
                    if (frame.has(Flag.LIGHT)) {
                        Optional<Integer> n = objectEventNoun(x);
                        if (n.isPresent()) {
                            consumed.add(n.get());
                            targets = slots(n.get(), nounPatterns(n.get()).get(0).targets());
                            if (targets.isEmpty()) {
                                targets = slots(x, nounPatterns(n.get()).get(0).targets());
                            }
                        }
                    }
                }
                if (p.has(Flag.REFUSE)) {
                    code = knowledge.patterns().rejectOf(act.orElse(CameoCode.of("120")));
                } else if (act.isPresent()) {
                    code = threatens(v) ? threatCode(act.get()) : knowledge.patterns().intentOf(act.get());
                }
                trigger = x;
            } else {
                Optional<Integer> n = s.children(v, "obl").stream().filter(d -> d.marker().equals("to")
                        || d.marker().equals("on")).map(Dependency::dependent)
                        .filter(d -> !nounPatterns(d).isEmpty()).findFirst();
                if (n.isPresent()) {
                    consumed.add(n.get());
                    code = nounPatterns(n.get()).get(0).code();
                    targets = slots(n.get(), nounPatterns(n.get()).get(0).targets());
                }
            }
            if (targets.isEmpty()) {
                targets = slots(v, p.targets());
            }
            Coding coding = new Coding(code, trigger, s.token(v).word(), true);
            emit(v, coding, sources(v), targets, p);
        }

        private boolean threatens(int v) {
            return s.token(v).lemma().equalsIgnoreCase("threaten");
        }

        private CameoCode threatCode(CameoCode act) {
            int root = act.rootNumber();
            if (root >= 18) {
                return CameoCode.of("138");
            }
            if (root == 16 || root == 17) {
                return CameoCode.of("131");
            }
            return CameoCode.of("130");
        }

        /** The code of the act a complement verb names (its own pattern, or its light verb's noun). */
        private Optional<CameoCode> actCode(int x) {
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
            if (plain.isPresent() && (plain.get().has(Flag.CONTROL) || plain.get().has(Flag.SPEECH))) {
                return Optional.empty();
            }
            return plain.map(EventPattern::code);
        }

        // ---- nouns -----------------------------------------------------------------------------------

        private List<EventPattern> nounPatterns(int n) {
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

        private void noun(int n) {
            List<EventPattern> np = nounPatterns(n);
            if (np.isEmpty()) {
                return;
            }
            EventPattern p = np.get(0);
            Optional<Dependency> arc = s.parentArc(n);
            if (arc.isPresent() && TOPIC_MARKERS.contains(arc.get().marker())) {
                return;
            }
            if (arc.isPresent() && arc.get().relation().equals("obj") && arc.get().governor() >= 0
                    && !verbPatterns(arc.get().governor()).isEmpty()) {
                return;
            }
            List<Actor> targets = slots(n, p.targets());
            List<Actor> sources = nounSources(n);
            List<Actor> between = slots(n, List.of("between"));
            if (between.size() == 2) {
                sources = between;
                targets = List.of();
            }
            if (sources.isEmpty() && targets.isEmpty() && p.code().root().equals("14")) {
                Optional<String> country = placeCountry();
                if (country.isPresent()) {
                    sources = List.of(new Actor(country.get() + "OPP", "protesters"));
                    targets = List.of(new Actor(country.get() + "GOV", "government"));
                }
            }
            if (sources.isEmpty() && targets.isEmpty()) {
                return;
            }
            if (sources.isEmpty()) {
                sources = clauseSources(n).or(() -> focus.get().map(List::of)).orElse(List.of());
            }
            emit(n, new Coding(p.code(), n, s.token(n).word(), false), sources, targets, p);
        }

        /**
         * The one country where the sentence's places lie, for protests that name no participants (CAMEO codes
         * a domestic protest as the country's opposition against its government).
         */
        private Optional<String> placeCountry() {
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
        private List<Actor> nounSources(int n) {
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
        private Optional<List<Actor>> clauseSources(int n) {
            int node = n;
            for (int steps = 0; steps < 6; steps++) {
                Optional<Dependency> up = s.parentArc(node);
                if (up.isEmpty() || up.get().governor() < 0) {
                    return Optional.empty();
                }
                int g = up.get().governor();
                for (Dependency d : s.children(g)) {
                    boolean eventItself = !nounPatterns(d.dependent()).isEmpty();
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

        // ---- arguments -------------------------------------------------------------------------------

        /** Sources of a verb: its subject (by-agent in the passive), inherited through xcomp and conj. */
        private List<Actor> sources(int v) {
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
        private List<Actor> targetsOf(int v, EventPattern p) {
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
        private List<Actor> slots(int node, List<String> slots) {
            for (String slot : slots) {
                List<Actor> found = new ArrayList<>();
                for (Dependency d : s.children(node)) {
                    boolean fits = switch (slot) {
                        case "obj" -> d.relation().equals("obj");
                        case "iobj" -> d.relation().equals("iobj");
                        default -> (d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                                && d.marker().equals(slot) && !s.token(d.dependent()).isVerb()
                                && s.children(d.dependent(), "acl").isEmpty();
                    };
                    if (fits) {
                        found.addAll(actorsAt(d.dependent()));
                    }
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

        // ---- output ----------------------------------------------------------------------------------

        private void emit(int anchor, Coding coding, List<Actor> sources, List<Actor> targets, EventPattern p) {
            if (sources.isEmpty()) {
                return;
            }
            Modality modality = Modalities.of(s, coding.trigger(), speechVerbs);
            if (coding.trigger() != anchor) {
                Modality outer = Modalities.of(s, anchor, speechVerbs);
                if (outer == Modality.NEGATED || outer == Modality.HYPOTHETICAL) {
                    modality = outer;
                } else if (outer == Modality.INTENDED && modality == Modality.ASSERTED) {
                    modality = outer;
                }
            }
            CameoCode code = byPhone(coding.trigger(), coding.code());
            if (modality == Modality.INTENDED && !coding.intentDone()) {
                if (Modalities.isRefusal(s, anchor)) {
                    code = knowledge.patterns().rejectOf(code);
                    modality = Modality.ASSERTED;
                } else {
                    code = knowledge.patterns().intentOf(code);
                }
            }
            Optional<EventDate> date = date(coding.trigger(), anchor);
            if (modality == Modality.ASSERTED && date.isPresent() && published != null
                    && !date.get().day().equals(published)) {
                modality = Modality.PAST;
            }
            boolean hostable = code.root().equals("04") && sources.size() == 1
                    || (code.root().equals("14") || code.root().equals("15")) && sources.size() <= 2;
            if (targets.isEmpty() && hostable) {
                targets = placeTarget(coding.trigger(), anchor, sources);
            }
            if (targets.isEmpty() && code.value().startsWith("045")) {
                targets = parties(sources);
            }
            if (targets.isEmpty() && (code.root().equals("13") || code.root().equals("14"))) {
                targets = purposeTargets(coding.trigger());
            }
            if (targets.isEmpty()) {
                if (p.has(Flag.SYM) || p.has(Flag.CONTROL)) {
                    reciprocal(sources, code, modality, date, coding);
                }
                return;
            }
            if (code.value().equals("171") && targetIsPlace(coding.trigger())) {
                code = CameoCode.of("192");
            }
            for (Actor a : sources) {
                for (Actor b : targets) {
                    add(a, b, code, modality, date, coding);
                }
            }
            if (p.has(Flag.SYM)) {
                reciprocal(sources, code, modality, date, coding);
            }
            if (modality.happened()) {
                focus.set(sources.get(0));
            }
        }

        /**
         * "A and B met", "the US, Russia and Switzerland met": each party toward each other, for two or three
         * parties of different countries. Longer lists ("nine countries agreed to join") are one statement by
         * many, not a web of dyads, and yield no reciprocal events.
         */
        private void reciprocal(List<Actor> parties, CameoCode code, Modality modality, Optional<EventDate> date,
                                Coding coding) {
            long countries = parties.stream().map(Actor::country).distinct().count();
            if (parties.size() < 2 || parties.size() > 3 || countries != parties.size()) {
                return;
            }
            for (Actor a : parties) {
                for (Actor b : parties) {
                    if (!a.equals(b)) {
                        add(a, b, code, modality, date, coding);
                    }
                }
            }
        }

        /**
         * For a meeting, visit, protest or exercise with no counterpart: the country where it took place, if
         * foreign to the sources ("held talks in Tehran", "staged a protest in Beijing", "exercises in Alaska").
         */
        private List<Actor> placeTarget(int trigger, int anchor, List<Actor> sources) {
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
        private List<Actor> parties(List<Actor> mediators) {
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
         * Whom a warning or protest is about, from what it says: the subject of the warned clause ("warned that US
         * aircraft would face ...") or the target of its purpose clause ("gathered to demand the withdrawal of
         * French forces").
         */
        private List<Actor> purposeTargets(int trigger) {
            for (Dependency d : s.children(trigger)) {
                if (d.relation().equals("ccomp")) {
                    for (Dependency subj : s.children(d.dependent(), "nsubj")) {
                        List<Actor> a = actorsAt(subj.dependent());
                        if (!a.isEmpty()) {
                            return a;
                        }
                    }
                }
                if ((d.relation().equals("advcl") || d.relation().equals("xcomp")) && d.marker().equals("to")) {
                    List<EventPattern> p = verbPatterns(d.dependent());
                    if (!p.isEmpty()) {
                        return targetsOf(d.dependent(), p.get(0));
                    }
                }
            }
            return List.of();
        }

        /** A seized object that is a place ("seized the city of El Fasher"): the taking of territory, CAMEO 192. */
        private boolean targetIsPlace(int trigger) {
            for (Dependency o : s.children(trigger, "obj")) {
                List<Integer> heads = new ArrayList<>(List.of(o.dependent()));
                s.children(o.dependent(), "nmod").stream().filter(d -> d.marker().equals("of"))
                        .forEach(d -> heads.add(d.dependent()));
                for (int head : heads) {
                    String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
                    boolean placeWord = Set.of("city", "town", "village", "territory", "region", "province", "area",
                            "port", "airport", "base", "district", "capital").contains(lemma);
                    boolean placeName = mentions.stream().anyMatch(m -> m.head() == head
                            && (m.evidence().startsWith("place") || m.evidence().startsWith("capital as a place")));
                    if (placeWord || placeName) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** "spoke by phone", "talks by telephone": a telephone call (041) rather than a meeting. */
        private CameoCode byPhone(int trigger, CameoCode code) {
            if (!code.root().equals("04")) {
                return code;
            }
            for (Dependency d : s.children(trigger)) {
                String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                if (d.marker().equals("by") && (lemma.equals("phone") || lemma.equals("telephone"))) {
                    return CameoCode.of("041");
                }
            }
            return code;
        }

        private void add(Actor source, Actor target, CameoCode code, Modality modality, Optional<EventDate> date,
                         Coding coding) {
            if (source.code().equals(target.code())) {
                return;
            }
            CodebookEntry entry = knowledge.codebook().entry(code)
                    .orElseGet(() -> knowledge.codebook().require(code.value().substring(0, 3)));
            events.add(new Event(source, target, entry.code(), entry.name(), entry.quadClass(), entry.goldstein(),
                    knowledge.codebook().ploverFor(entry.code()), modality, date, location(coding.trigger(), entry.code()), s.index(),
                    s.begin(), s.end(), article.span(s.begin(), s.end()), coding.triggerText()));
        }

        /**
         * Where the event took place: a place named with "in", "at", "near" or "outside" (and "to" for a
         * visit) on the trigger or its governors within the clause ("met in Beijing", "the G20 summit in
         * Bali", "visit to Beijing"), as "Name, CODE"; else "".
         */
        private String location(int trigger, CameoCode code) {
            Set<String> markers = code.value().startsWith("042") || code.value().startsWith("043")
                    ? Set.of("in", "at", "near", "outside", "to") : Set.of("in", "at", "near", "outside");
            int node = trigger;
            for (int steps = 0; steps < 6 && node >= 0; steps++) {
                for (Dependency d : s.children(node)) {
                    boolean where = markers.contains(d.marker())
                            && (d.relation().startsWith("obl") || d.relation().startsWith("nmod"));
                    Optional<String> place = where ? placeAt(d.dependent()) : Optional.empty();
                    if (place.isPresent()) {
                        return place.get();
                    }
                }
                Optional<Dependency> up = s.parentArc(node);
                if (up.isEmpty() || Set.of("ccomp", "parataxis", "acl:relcl").contains(up.get().relation())) {
                    break;
                }
                node = up.get().governor();
            }
            return "";
        }

        /** A place mention at a phrase head, or inside it ("the G20 summit in Bali", "the resort of Antalya"). */
        private Optional<String> placeAt(int head) {
            for (Mention m : mentions) {
                boolean place = m.evidence().startsWith("place") || m.evidence().startsWith("capital as a place")
                        || m.evidence().startsWith("country name");
                if (place && m.head() == head) {
                    return Optional.of(m.actor().name() + ", " + m.actor().country());
                }
            }
            for (Dependency d : s.children(head, "nmod")) {
                if (d.marker().equals("in") || d.marker().equals("of")) {
                    Optional<String> inner = placeAt(d.dependent());
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
            return Optional.empty();
        }

        /** The event's own date from time expressions on its trigger or governors, else the article date. */
        private Optional<EventDate> date(int trigger, int anchor) {
            if (published == null) {
                return Optional.empty();
            }
            int node = trigger;
            for (int steps = 0; steps < 8 && node >= 0; steps++) {
                Optional<EventDate> own = TimeExpressions.attachedTo(s, node, published);
                if (own.isPresent()) {
                    return own;
                }
                if (node == trigger && anchor != trigger) {
                    node = anchor;
                    continue;
                }
                node = s.parentArc(node).map(Dependency::governor).orElse(-1);
            }
            return TimeExpressions.nearestWeekday(s, trigger, published).or(() -> Optional.of(EventDate.ofDay(published)));
        }
    }
}
