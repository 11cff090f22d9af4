package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.parley.model.EventMention;
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
    /** Prepositions that make an event noun the topic of another statement ("fell out over the invasion"). */
    private static final Set<String> TOPIC_MARKERS = Set.of("over", "about", "regarding", "concerning", "on");
    /**
     * Prepositions that make an event noun a cause or background of its clause ("punished Russia for the
     * attack", "after the talks"): without an actor of its own, the noun does not take the clause's subject.
     */
    private static final Set<String> CAUSE_MARKERS = Set.of("for", "after", "following", "since", "despite");
    /** Roots of verbs that ask another to act: appeals and demands. */
    private static final Set<String> APPEAL_ROOTS = Set.of("02", "10");
    /** Roots whose target may be the place where they happened: protests and violence. */
    private static final Set<String> AT_A_PLACE = Set.of("14", "18", "19", "20");
    /** Agents of non-state actors, who may protest against or attack their own country. */
    private static final Set<String> NON_STATE = Set.of("OPP", "REB", "SEP", "UAF", "INS", "CVL");
    /** Roots of hostile acts that, reported by another country's actor, are that actor's accusation. */
    private static final Set<String> HOSTILE_ROOTS = Set.of("13", "15", "17", "18", "19", "20");
    /** Reporting verbs that, said of one's own side's act, claim responsibility for it. */
    private static final Set<String> CLAIMS = Set.of("claim", "acknowledge", "admit");
    /** Reporting verbs whose clausal complement states what the subject asserts (denials excluded). */
    private static final Set<String> REPORTING = Set.of("say", "claim", "allege", "state", "report", "tell",
            "add", "insist", "confirm", "charge", "contend", "argue", "assert", "maintain", "announce");

    private final Knowledge knowledge;
    private final Set<String> speechVerbs;
    private final PageFurniture furniture = PageFurniture.load();

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
        return codeWithMentions(article, mentions).events();
    }

    /**
     * Codes the events of a parsed article, one record per event: a later sentence that codes the same source,
     * target, code and date, with the same answer to "did it happen", is a further mention of the first event,
     * not another event (a sentence that repeats its own event, as coordination can, adds nothing).
     *
     * @param mentions the article's resolved actor mentions (from the actor stage)
     * @return the events in the text order of their first mentions, and the further mentions in text order
     */
    public Coded codeWithMentions(ParsedArticle article, List<Mention> mentions) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<EventMention> repeats = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Focus focus = new Focus();
        for (Sentence s : article.sentences()) {
            if (furniture.opens(s)) {
                continue;
            }
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
            for (Event e : new SentenceCoder(article, s, here, focus).code()) {
                String key = e.source().code() + "|" + e.target().code() + "|" + e.code() + "|" + e.date()
                        .map(EventDate::toString).orElse("") + "|" + e.modality().happened();
                Integer at = positions.get(key);
                if (at == null) {
                    positions.put(key, events.size());
                    events.add(e);
                    seen.add(key + "|" + s.index());
                } else if (seen.add(key + "|" + s.index())) {
                    repeats.add(new EventMention(at, s.index(), e.start(), e.end(), e.evidence(), e.trigger(),
                            e.confidence()));
                }
            }
        }
        return new Coded(events, repeats);
    }

    /**
     * The events of an article and their further mentions.
     *
     * @param events  one record per event, in the text order of first mentions
     * @param repeats further mentions in later sentences ({@link EventMention#event()} indexes {@code events})
     */
    public record Coded(List<Event> events, List<EventMention> repeats) {
        public Coded {
            events = List.copyOf(events);
            repeats = List.copyOf(repeats);
        }
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
        private final Focus focus;
        private final LocalDate published;
        private final Set<Integer> consumed = new HashSet<>();
        private final List<Event> events = new ArrayList<>();
        private final Triggers triggers;
        private final Arguments arguments;
        private final Circumstances circumstances;
        private final List<Mention> mentions;
        /**
         * True while an event noun is coded with a source borrowed from its clause or the article's focus
         * ("imposed restrictions to punish ... for the nerve-agent attack"): too weak a reading to also take
         * the attack's place as its target.
         */
        private boolean borrowedSource;

        SentenceCoder(ParsedArticle article, Sentence s, List<Mention> mentions, Focus focus) {
            this.mentions = mentions;
            this.article = article;
            this.s = s;
            this.focus = focus;
            this.published = article.article().published().orElse(null);
            this.triggers = new Triggers(knowledge, s, consumed);
            this.arguments = new Arguments(knowledge, s, mentions, triggers);
            this.circumstances = new Circumstances(s, mentions, published);
        }

        List<Event> code() {
            for (int v = 0; v < s.size(); v++) {
                if (s.token(v).isVerb() && !consumed.contains(v) && !triggers.isAuxiliary(v)) {
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

        // ---- verbs -----------------------------------------------------------------------------------

        private void verb(int v) {
            List<EventPattern> candidates = triggers.verbPatterns(v);
            if (candidates.isEmpty() || triggers.isConsequence(v) || triggers.isPredicativeCall(v)) {
                return;
            }
            boolean byObject = candidates.get(0).isObjectConditioned() && !candidates.get(0).has(Flag.LIGHT);
            Optional<EventPattern> light = candidates.stream().filter(p -> p.has(Flag.LIGHT) && !byObject).findFirst();
            Optional<Integer> eventNoun = light.flatMap(p -> triggers.objectEventNoun(v));
            if (light.isPresent() && eventNoun.isPresent()) {
                lightVerb(v, light.get(), eventNoun.get());
                return;
            }
            Optional<EventPattern> plain = candidates.stream().filter(p -> !p.has(Flag.LIGHT)).findFirst();
            if (plain.isEmpty()) {
                Optional<Integer> x = triggers.complement(v);
                if (x.isPresent() && light.isPresent()) {
                    aspectual(v, x.get());
                }
                return;
            }
            EventPattern p = plain.get();
            Optional<Integer> x = triggers.complement(v);
            boolean asksOther = APPEAL_ROOTS.contains(p.code().root())
                    || p.has(Flag.CONTROL) && !arguments.slots(v, List.of("obj")).isEmpty();
            if (asksOther && x.isPresent() && triggers.actCode(x.get()).isPresent()) {
                appealed(v, p, x.get());
                return;
            }
            if (p.has(Flag.REFUSE) || p.has(Flag.CONTROL)) {
                controlled(v, p, x);
                return;
            }
            if (triggers.isPersonaNonGrata(v)) {
                emit(v, new Coding(CameoCode.of("161"), v, s.token(v).word(), false), arguments.sources(v), arguments.slots(v, List.of("obj")), p);
                return;
            }
            if (p.has(Flag.SPEECH)) {
                List<Actor> targets = arguments.slots(v, p.targets()).stream()
                        .filter(a -> !a.agents().equals("MED")).toList();
                if (targets.isEmpty() && p.code().root().equals("13")) {
                    targets = arguments.purposeTargets(v, arguments.sources(v));
                }
                if (!targets.isEmpty()) {
                    emit(v, new Coding(p.code(), v, s.token(v).word(), false), arguments.sources(v), targets, p);
                }
                return;
            }
            Optional<CameoCode> byMeasure = triggers.agentMeasure(v);
            if (byMeasure.isPresent()) {
                emit(v, new Coding(byMeasure.get(), v, s.token(v).word(), false), arguments.sources(v), arguments.targetsOf(v, p), p);
                return;
            }
            Optional<CameoCode> purpose = p.code().value().startsWith("042") ? triggers.aidPurpose(v) : Optional.empty();
            if (purpose.isPresent()) {
                List<Actor> place = arguments.placeTarget(v, v, arguments.sources(v));
                emit(v, new Coding(purpose.get(), v, s.token(v).word(), false), arguments.sources(v),
                        place.isEmpty() ? arguments.targetsOf(v, p) : place, p);
                return;
            }
            if (triggers.isPersonaNonGrata(v)) {
                emit(v, new Coding(CameoCode.of("161"), v, s.token(v).word(), false), arguments.sources(v), arguments.slots(v, List.of("obj")), p);
                return;
            }
            emit(v, new Coding(p.code(), v, s.token(v).word(), false), arguments.sources(v), arguments.targetsOf(v, p), p);
        }

        private void lightVerb(int v, EventPattern light, int n) {
            consumed.add(n);
            EventPattern np = triggers.nounPatterns(n).get(0);
            if (np.code().root().equals("01")) {
                np = triggers.messageAct(v, n).map(act -> new EventPattern(act.kind(), act.lemma(), act.particle(), act.code(),
                        triggers.nounPatterns(n).get(0).targets(), act.flags())).orElse(np);
            }
            List<Actor> targets = arguments.slots(n, np.targets());
            if (targets.isEmpty()) {
                targets = arguments.slots(v, np.targets());
            }
            if (targets.isEmpty()) {
                targets = arguments.slots(v, light.targets());
            }
            List<Actor> sources = arguments.sources(v);
            if (sources.isEmpty()) {
                sources = arguments.nounSources(n);
            }
            emit(v, new Coding(np.code(), n, s.token(v).word() + " " + s.token(n).word(), false), sources, targets,
                    np);
        }

        /**
         * "urged Iran to release the sailors", "called on both sides to hold talks", "wants Putin to attack":
         * an appeal (02x) or demand (10x) to the asked party for the act its complement names, by the table
         * {@code appeal-codes.tsv}; the act itself has not happened and is not coded.
         */
        private void appealed(int v, EventPattern p, int x) {
            consumed.add(x);
            CameoCode act = triggers.actCode(x).orElseThrow();
            CameoCode code = p.code().root().equals("10") ? knowledge.patterns().demandOf(act)
                    : knowledge.patterns().appealOf(act);
            List<Actor> asked = arguments.slots(v, p.has(Flag.CONTROL) ? List.of("obj") : p.targets());
            emit(v, new Coding(code, v, s.token(v).word(), true), arguments.sources(v), asked, p);
        }

        /** "resumed sharing intelligence": the complement is the act, with the aspect verb's subject. */
        private void aspectual(int v, int x) {
            List<EventPattern> xp = triggers.verbPatterns(x);
            if (xp.isEmpty() || xp.get(0).has(Flag.LIGHT)) {
                return;
            }
            consumed.add(x);
            emit(v, new Coding(xp.get(0).code(), x, s.token(x).word(), false), arguments.sources(v), arguments.targetsOf(x, xp.get(0)),
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
                Optional<CameoCode> act = triggers.actCode(x);
                List<EventPattern> xp = triggers.verbPatterns(x);
                if (!xp.isEmpty()) {
                    frame = xp.get(0);
                    targets = arguments.targetsOf(x, frame);
                    for (Dependency deeper : s.children(x)) {
                        if (targets.isEmpty() && (deeper.relation().equals("xcomp") || deeper.relation().equals("obj"))
                                && !triggers.verbPatterns(deeper.dependent()).isEmpty()) {
                            targets = arguments.targetsOf(deeper.dependent(), triggers.verbPatterns(deeper.dependent()).get(0));
                            consumed.add(deeper.dependent());
                        }
                    }
                    if (frame.has(Flag.LIGHT)) {
                        Optional<Integer> n = triggers.objectEventNoun(x);
                        if (n.isPresent()) {
                            consumed.add(n.get());
                            targets = arguments.slots(n.get(), triggers.nounPatterns(n.get()).get(0).targets());
                            if (targets.isEmpty()) {
                                targets = arguments.slots(x, triggers.nounPatterns(n.get()).get(0).targets());
                            }
                        }
                    }
                }
                if (p.has(Flag.REFUSE)) {
                    code = knowledge.patterns().rejectOf(act.orElse(CameoCode.of("120")));
                } else if (act.isPresent()) {
                    code = triggers.threatens(v) ? triggers.threatCode(act.get()) : knowledge.patterns().intentOf(act.get());
                }
                trigger = x;
            } else {
                Optional<Integer> n = s.children(v, "obl").stream().filter(d -> d.marker().equals("to")
                        || d.marker().equals("on")).map(Dependency::dependent)
                        .filter(d -> !triggers.nounPatterns(d).isEmpty()).findFirst();
                if (n.isPresent()) {
                    consumed.add(n.get());
                    code = triggers.nounPatterns(n.get()).get(0).code();
                    targets = arguments.slots(n.get(), triggers.nounPatterns(n.get()).get(0).targets());
                }
            }
            if (targets.isEmpty()) {
                targets = arguments.slots(v, p.targets());
            }
            Coding coding = new Coding(code, trigger, s.token(v).word(), true);
            emit(v, coding, arguments.sources(v), targets, p);
        }

        // ---- nouns -----------------------------------------------------------------------------------

        private void noun(int n) {
            List<EventPattern> np = triggers.nounPatterns(n);
            if (np.isEmpty()) {
                return;
            }
            EventPattern p = np.get(0);
            Optional<Dependency> arc = s.parentArc(n);
            if (arc.isPresent() && TOPIC_MARKERS.contains(arc.get().marker())) {
                return;
            }
            if (arc.isPresent() && arc.get().relation().equals("obj") && arc.get().governor() >= 0
                    && !triggers.verbPatterns(arc.get().governor()).isEmpty()) {
                return;
            }
            List<Actor> targets = arguments.slots(n, p.targets());
            List<Actor> sources = arguments.nounSources(n);
            List<Actor> between = arguments.slots(n, List.of("between"));
            if (between.size() == 2) {
                sources = between;
                targets = List.of();
            }
            if (sources.isEmpty() && targets.isEmpty() && p.code().root().equals("14")) {
                Optional<String> country = arguments.placeCountry();
                if (country.isPresent()) {
                    sources = List.of(new Actor(country.get() + "OPP", "protesters"));
                    targets = List.of(new Actor(country.get() + "GOV", "government"));
                }
            }
            if (sources.isEmpty() && targets.isEmpty()) {
                return;
            }
            boolean borrowed = sources.isEmpty();
            if (borrowed && arc.isPresent() && CAUSE_MARKERS.contains(arc.get().marker())) {
                return;
            }
            if (borrowed) {
                sources = arguments.clauseSources(n).or(() -> focus.get().map(List::of)).orElse(List.of());
            }
            borrowedSource = borrowed;
            try {
                emit(n, new Coding(p.code(), n, s.token(n).word(), false), sources, targets, p);
            } finally {
                borrowedSource = false;
            }
        }

        // ---- output ----------------------------------------------------------------------------------

        private void emit(int anchor, Coding coding, List<Actor> sources, List<Actor> targets, EventPattern p) {
            if (p.has(Flag.REVERSE)) {
                List<Actor> giver = targets;
                targets = sources;
                sources = giver;
            }
            if (sources.isEmpty() && AT_A_PLACE.contains(coding.code().root())) {
                sources = arguments.attackerOf(coding.trigger());
            }
            if (sources.isEmpty()) {
                return;
            }
            Modality modality = Modalities.of(s, coding.intentDone() ? anchor : coding.trigger(), speechVerbs);
            if (coding.trigger() != anchor && !coding.intentDone()) {
                Modality outer = Modalities.of(s, anchor, speechVerbs);
                if (outer == Modality.NEGATED || outer == Modality.HYPOTHETICAL) {
                    modality = outer;
                } else if (outer == Modality.INTENDED && modality == Modality.ASSERTED) {
                    modality = outer;
                }
            }
            CameoCode code = circumstances.byPhone(coding.trigger(), coding.code());
            if (modality == Modality.INTENDED && !coding.intentDone()) {
                if (Modalities.isRefusal(s, anchor)) {
                    code = knowledge.patterns().rejectOf(code);
                    modality = Modality.ASSERTED;
                } else {
                    code = knowledge.patterns().intentOf(code);
                }
            }
            Optional<EventDate> date = circumstances.date(coding.trigger(), anchor);
            if (modality == Modality.ASSERTED && circumstances.isUndatedBackground(coding.trigger(), anchor)) {
                modality = Modality.PAST;
                date = Optional.empty();
            }
            if (modality == Modality.ASSERTED && date.isPresent() && published != null
                    && !date.get().day().equals(published)) {
                modality = Modality.PAST;
            }
            boolean visit = coding.code().root().equals("04") || code.value().equals("036");
            boolean threat = code.root().equals("13");
            if (visit || threat) {
                List<Actor> from = sources;
                targets = targets.stream().filter(b -> !isOwnPeople(b, from, threat)).toList();
            }
            boolean hostable = code.root().equals("04") && sources.size() == 1
                    || (code.root().equals("14") || code.root().equals("15")) && sources.size() <= 2;
            if (targets.isEmpty() && hostable) {
                targets = arguments.placeTarget(coding.trigger(), anchor, sources);
            }
            if (targets.isEmpty() && code.value().startsWith("045")) {
                targets = arguments.parties(sources);
            }
            if (targets.isEmpty() && (code.root().equals("13") || code.root().equals("14"))) {
                targets = arguments.purposeTargets(coding.trigger(), sources);
            }
            if (targets.isEmpty() && code.value().equals("015")) {
                targets = arguments.countryInside(coding.trigger(), "for", sources);
            }
            boolean inferred = false;
            if (targets.isEmpty() && AT_A_PLACE.contains(code.root()) && !borrowedSource) {
                targets = siteTarget(circumstances.location(coding.trigger(), code), code, sources);
                inferred = !targets.isEmpty();
            }
            if (targets.isEmpty()) {
                if (p.has(Flag.SYM) || p.has(Flag.CONTROL)) {
                    reciprocal(sources, code, modality, date, coding);
                }
                if (modality != Modality.NEGATED) {
                    reportedAccusation(anchor, sources, targets, code);
                }
                return;
            }
            if (code.value().equals("171") && circumstances.targetIsPlace(coding.trigger())) {
                code = CameoCode.of("192");
            }
            for (Actor a : sources) {
                for (Actor b : targets) {
                    add(a, b, violentProtest(a, code), modality, date, coding, inferred);
                }
            }
            if (modality != Modality.NEGATED) {
                reportedAccusation(anchor, sources, targets, code);
            }
            if (p.has(Flag.SYM)) {
                reciprocal(sources, code, modality, date, coding);
            }
            if (modality.happened()) {
                focus.set(sources.get(0));
            }
        }

        /**
         * A source's own country as a bare code, or with {@code civilians} also its civilians: no counterpart of a
         * visit or meeting at home ("his trip to New York" for the US president), nor the target of a threat, since
         * advice to one's own people is none ("the U.S. Embassy was warning Americans to avoid travel"). Its
         * opposition, rebels or forces stay targets.
         */
        private static boolean isOwnPeople(Actor target, List<Actor> sources, boolean civilians) {
            boolean people = target.code().length() == 3
                    || civilians && target.code().length() == 6 && target.code().endsWith("CVL");
            return people && sources.stream().anyMatch(a -> a.country().equals(target.country()));
        }

        /**
         * The target of a protest or an attack that names none, from where it happened: protesters in their
         * own country protest against its government ("protests spread to Iranian cities" = IRNOPP->IRNGOV),
         * an armed group or a foreign actor attacks the country it strikes in ("Boko Haram launched attacks in
         * northeastern Nigeria" = NGAREB->NGA). Without a place of its own, the one country the sentence
         * names is taken. A state actor acting at home names no target this way.
         *
         * @param location the event's place as "Name, CCC", or ""
         */
        private List<Actor> siteTarget(String location, CameoCode code, List<Actor> sources) {
            int comma = location.lastIndexOf(", ");
            Optional<String> only = arguments.placeCountry();
            if (comma < 0 && only.isEmpty() || sources.size() > 2) {
                return List.of();
            }
            String country = comma < 0 ? only.get() : location.substring(comma + 2);
            if (knowledge.countries().byCode(country).isEmpty()) {
                return List.of();
            }
            boolean protest = code.root().equals("14");
            for (Actor a : sources) {
                if (a.country().equals(country) && !NON_STATE.contains(a.agents().length() >= 3
                        ? a.agents().substring(0, 3) : a.agents())) {
                    return List.of();
                }
            }
            return List.of(protest ? new Actor(country + "GOV", "government") : new Actor(country, country));
        }

        /**
         * Protesters who destroy, storm or fight riot (CAMEO 145, "protest violently, riot"), whatever verb
         * the text uses; armed groups keep their own codes.
         */
        private CameoCode violentProtest(Actor source, CameoCode code) {
            boolean protesters = source.agents().startsWith("OPP");
            boolean violent = code.root().equals("17") || code.root().equals("18")
                    || code.value().equals("190") || code.value().equals("193");
            return protesters && violent ? CameoCode.of("145") : code;
        }

        /**
         * A reported act of hostility is also the reporter's accusation (CAMEO 112): "Kyiv said Russian
         * forces shelled the city", "the US claimed that ISIL had attacked Iraq". Codes speaker->actor 112
         * when the act (roots 13, 15, 17-20) sits in the complement of a reporting verb whose subject is an
         * actor of another country than the act's source; "X said it struck ..." (the speaker's own side) is
         * no accusation, but "the group claimed it had attacked" is its claim of responsibility (015) toward
         * the target. Convention: shared/eval/FORMAT.md ("the speaker's claims about others are the
         * speaker's accusations").
         */
        private void reportedAccusation(int anchor, List<Actor> actors, List<Actor> targets, CameoCode code) {
            if (!HOSTILE_ROOTS.contains(code.root())) {
                return;
            }
            int node = anchor;
            for (int steps = 0; steps < 8; steps++) {
                Optional<Dependency> up = s.parentArc(node);
                if (up.isEmpty() || up.get().governor() < 0) {
                    return;
                }
                Dependency arc = up.get();
                int g = arc.governor();
                String lemma = s.token(g).lemma().toLowerCase(java.util.Locale.ROOT);
                if (arc.relation().equals("ccomp") && REPORTING.contains(lemma) && g < anchor) {
                    List<Actor> speakers = arguments.sources(g);
                    Optional<EventDate> date = circumstances.date(g, g);
                    Modality said = Modalities.of(s, g, Set.of());
                    if (said == Modality.NEGATED || said == Modality.HYPOTHETICAL) {
                        return;
                    }
                    Coding accusation = new Coding(CameoCode.of("112"), g, s.token(g).word(), false);
                    Coding claim = new Coding(CameoCode.of("015"), g, s.token(g).word(), false);
                    for (Actor speaker : speakers) {
                        for (Actor accused : actors) {
                            if (!speaker.country().equals(accused.country())) {
                                add(speaker, accused, CameoCode.of("112"), Modality.ASSERTED, date, accusation, true);
                            } else if (CLAIMS.contains(lemma)) {
                                for (Actor target : targets) {
                                    add(speaker, target, CameoCode.of("015"), Modality.ASSERTED, date, claim, true);
                                }
                            }
                        }
                    }
                    return;
                }
                if (!arc.relation().startsWith("conj") && !arc.relation().equals("xcomp")) {
                    return;
                }
                node = g;
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
                        add(a, b, code, modality, date, coding, false);
                    }
                }
            }
        }

        private void add(Actor source, Actor target, CameoCode code, Modality modality, Optional<EventDate> date,
                         Coding coding, boolean inferred) {
            if (source.code().equals(target.code())) {
                return;
            }
            CameoCode read = source.isOrganisation() || source.agents().startsWith("GOV")
                    ? knowledge.patterns().stateReadingOf(code) : code;
            CodebookEntry entry = knowledge.codebook().entry(read)
                    .orElseGet(() -> knowledge.codebook().require(read.value().substring(0, 3)));
            events.add(new Event(source, target, entry.code(), entry.name(), entry.quadClass(), entry.goldstein(),
                    knowledge.codebook().ploverFor(entry.code()), modality, date, circumstances.location(coding.trigger(), entry.code()), s.index(),
                    s.begin(), s.end(), article.span(s.begin(), s.end()), coding.triggerText(),
                    Confidence.of(s, mentions, source, target, modality, inferred)));
        }
    }
}
