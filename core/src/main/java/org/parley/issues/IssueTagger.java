package org.parley.issues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.IssueEntry;
import org.parley.knowledge.IssueLexicon;
import org.parley.knowledge.IssuePhrase;
import org.parley.knowledge.War;
import org.parley.knowledge.Wars;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.IssueTag;
import org.parley.model.Issues;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;

/**
 * The issues stage: tags an article and each of its events with issue codes and the evidence for each.
 *
 * <p>Rules, in this order (the lexicon's rows say which codes each gives, see {@link IssueLexicon}):
 * <ol>
 *   <li>phrases of the lexicon, in any sentence, with their context and negative context checked in that sentence;</li>
 *   <li>event rules: an event whose CAMEO code starts with the row's prefix (all modalities: a threatened or denied
 *       strike is still about the war);</li>
 *   <li>wars ({@link Wars}): an article dated within a war that names actors of both sides, or in which a third
 *       country gives (or promises) aid or intelligence to one side;</li>
 *   <li>"alone" event rules, only when nothing above tagged the article: a meeting between governments with no
 *       other subject is about the relationship itself.</li>
 * </ol>
 * An event's issues are the phrase tags of its own sentence and the tags its own code or sides gave it; an event
 * whose sentence names no issue takes the article's (one tag per code).
 */
public final class IssueTagger {
    private final IssueLexicon lexicon;
    private final Wars wars;

    /** A tagger over a lexicon and a table of wars (both usually the bundled ones). */
    public IssueTagger(IssueLexicon lexicon, Wars wars) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.wars = Objects.requireNonNull(wars, "wars");
    }

    /**
     * Tags one coded article.
     *
     * @param parsed   the parsed article (sentences with lemmas and character offsets)
     * @param mentions its resolved actor mentions
     * @param events   its events, in the order the result's per-event lists follow
     * @return the article's tags in text order and one list of tags per event
     */
    public Issues tag(ParsedArticle parsed, List<Mention> mentions, List<Event> events) {
        List<Words> sentences = parsed.sentences().stream().map(Words::new).toList();
        Map<Integer, List<IssueTag>> bySentence = new LinkedHashMap<>();
        List<List<IssueTag>> byEvent = new ArrayList<>();
        events.forEach(e -> byEvent.add(new ArrayList<>()));
        List<IssueTag> article = new ArrayList<>();
        for (IssueEntry entry : lexicon.entries()) {
            switch (entry.kind()) {
                case PHRASE -> phrase(entry, parsed, sentences, article, bySentence);
                case EVENT, EVENT_DOMESTIC -> eventRule(entry, events, sentences, article, byEvent);
                case WAR_SIDES -> parsed.article().published().ifPresent(day ->
                        warSides(entry, day, mentions, events, article, byEvent));
                case WAR_SUPPORT -> parsed.article().published().ifPresent(day ->
                        warSupport(entry, day, events, article, byEvent));
                case EVENT_ALONE -> { }
            }
        }
        if (article.isEmpty()) {
            lexicon.entries().stream().filter(e -> e.kind() == IssueEntry.Kind.EVENT_ALONE)
                    .forEach(e -> eventRule(e, events, sentences, article, byEvent));
        }
        article.sort(Comparator.comparingInt(IssueTag::start).thenComparing(IssueTag::code));
        List<IssueTag> firstPerCode = firstPerCode(article);
        List<List<IssueTag>> eventTags = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Set<IssueTag> tags = new LinkedHashSet<>(bySentence.getOrDefault(events.get(i).sentence(), List.of()));
            tags.addAll(byEvent.get(i));
            eventTags.add(tags.isEmpty() ? firstPerCode : List.copyOf(tags));
        }
        return new Issues(dedupe(article), eventTags);
    }

    private void phrase(IssueEntry entry, ParsedArticle parsed, List<Words> sentences, List<IssueTag> article,
                        Map<Integer, List<IssueTag>> bySentence) {
        IssuePhrase phrase = entry.phrase().orElseThrow();
        for (int s = 0; s < sentences.size(); s++) {
            Words words = sentences.get(s);
            Optional<Words.Span> hit = words.find(phrase, 0);
            if (hit.isEmpty() || !contextHolds(entry, words)) {
                continue;
            }
            int begin = words.get(hit.get().from()).begin();
            int end = words.get(hit.get().to() - 1).end();
            IssueTag tag = new IssueTag(entry.code(), parsed.span(begin, end), s, begin, end, entry.describe());
            article.add(tag);
            bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(tag);
        }
    }

    private static boolean contextHolds(IssueEntry entry, Words words) {
        if (!entry.context().isEmpty() && entry.context().stream().noneMatch(words::contains)) {
            return false;
        }
        return entry.unless().stream().noneMatch(words::contains);
    }

    private void eventRule(IssueEntry entry, List<Event> events, List<Words> sentences, List<IssueTag> article,
                           List<List<IssueTag>> byEvent) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!e.code().value().startsWith(entry.cameo()) || !sidesFit(entry.kind(), e)) {
                continue;
            }
            if (e.sentence() < sentences.size() && !contextHolds(entry, sentences.get(e.sentence()))) {
                continue;
            }
            IssueTag tag = eventTag(entry.code(), e, entry.describe() + " (" + e.code() + ")");
            article.add(tag);
            byEvent.get(i).add(tag);
        }
    }

    private static boolean sidesFit(IssueEntry.Kind kind, Event e) {
        return switch (kind) {
            case EVENT_DOMESTIC -> !e.source().isOrganisation() && e.source().country().equals(e.target().country());
            case EVENT_ALONE -> governmental(e.source()) && governmental(e.target())
                    && !e.source().country().equals(e.target().country());
            default -> true;
        };
    }

    /** A government or a country named alone (not an organisation, not a group inside a country). */
    private static boolean governmental(Actor actor) {
        return !actor.isOrganisation() && (actor.agents().isEmpty() || actor.agents().startsWith("GOV"));
    }

    private void warSides(IssueEntry entry, LocalDate day, List<Mention> mentions, List<Event> events,
                          List<IssueTag> article, List<List<IssueTag>> byEvent) {
        for (War war : wars.ongoing(day)) {
            if (war.sideA().equals(war.sideB())) {
                continue;
            }
            Optional<Mention> a = first(mentions, war.sideA());
            Optional<Mention> b = first(mentions, war.sideB());
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            Mention later = a.get().begin() > b.get().begin() ? a.get() : b.get();
            String rule = entry.describe() + ": " + war.name();
            article.add(new IssueTag(entry.code(), later.text(), later.sentence(), later.begin(), later.end(), rule));
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (war.opposes(e.source().country(), e.target().country())) {
                    byEvent.get(i).add(eventTag(entry.code(), e, rule));
                }
            }
        }
    }

    private void warSupport(IssueEntry entry, LocalDate day, List<Event> events, List<IssueTag> article,
                            List<List<IssueTag>> byEvent) {
        for (War war : wars.ongoing(day)) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                String code = e.code().value();
                boolean material = code.startsWith("07") || code.startsWith("033") || code.startsWith("064");
                if (material && war.involves(e.target().country()) && !war.involves(e.source().country())
                        && !e.source().isOrganisation()) {
                    IssueTag tag = eventTag(entry.code(), e, entry.describe() + ": " + war.name());
                    article.add(tag);
                    byEvent.get(i).add(tag);
                }
            }
        }
    }

    private static Optional<Mention> first(List<Mention> mentions, List<String> countries) {
        return mentions.stream().filter(m -> !m.actor().isOrganisation() && countries.contains(m.actor().country()))
                .min(Comparator.comparingInt(Mention::begin));
    }

    private static IssueTag eventTag(String code, Event e, String rule) {
        return new IssueTag(code, e.evidence(), e.sentence(), e.start(), e.end(), rule);
    }

    private static List<IssueTag> firstPerCode(List<IssueTag> sorted) {
        Map<String, IssueTag> first = new LinkedHashMap<>();
        sorted.forEach(t -> first.putIfAbsent(t.code(), t));
        return List.copyOf(first.values());
    }

    /** Drops repeats of the same code over the same span (two rows matching the same words). */
    private static List<IssueTag> dedupe(List<IssueTag> tags) {
        Set<String> seen = new LinkedHashSet<>();
        List<IssueTag> out = new ArrayList<>();
        for (IssueTag t : tags) {
            if (seen.add(t.code() + "@" + t.start() + ":" + t.end())) {
                out.add(t);
            }
        }
        return out;
    }
}
