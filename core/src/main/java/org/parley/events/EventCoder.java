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
        private final Focus focus;
        private final LocalDate published;
        private final Set<Integer> consumed = new HashSet<>();
        private final List<Event> events = new ArrayList<>();
        private final Triggers triggers;
        private final Arguments arguments;
        private final Circumstances circumstances;

        SentenceCoder(ParsedArticle article, Sentence s, List<Mention> mentions, Focus focus) {
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
            Optional<EventPattern> light = candidates.stream().filter(p -> p.has(Flag.LIGHT)).findFirst();
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
            List<Actor> sources = s.children(v, "nsubj:pass").isEmpty() ? arguments.sources(v) : List.of();
            if (sources.isEmpty()) {
                sources = arguments.nounSources(n);
            }
            emit(v, new Coding(np.code(), n, s.token(v).word() + " " + s.token(n).word(), false), sources, targets,
                    np);
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
            if (sources.isEmpty()) {
                sources = arguments.clauseSources(n).or(() -> focus.get().map(List::of)).orElse(List.of());
            }
            emit(n, new Coding(p.code(), n, s.token(n).word(), false), sources, targets, p);
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
            if (modality == Modality.ASSERTED && date.isPresent() && published != null
                    && !date.get().day().equals(published)) {
                modality = Modality.PAST;
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
            if (targets.isEmpty()) {
                if (p.has(Flag.SYM) || p.has(Flag.CONTROL)) {
                    reciprocal(sources, code, modality, date, coding);
                }
                return;
            }
            if (code.value().equals("171") && circumstances.targetIsPlace(coding.trigger())) {
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

        private void add(Actor source, Actor target, CameoCode code, Modality modality, Optional<EventDate> date,
                         Coding coding) {
            if (source.code().equals(target.code())) {
                return;
            }
            CodebookEntry entry = knowledge.codebook().entry(code)
                    .orElseGet(() -> knowledge.codebook().require(code.value().substring(0, 3)));
            events.add(new Event(source, target, entry.code(), entry.name(), entry.quadClass(), entry.goldstein(),
                    knowledge.codebook().ploverFor(entry.code()), modality, date, circumstances.location(coding.trigger(), entry.code()), s.index(),
                    s.begin(), s.end(), article.span(s.begin(), s.end()), coding.triggerText()));
        }
    }
}
