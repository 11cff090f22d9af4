package org.parley.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.store.ArticleSpans;
import org.parley.store.Listings;
import org.parley.store.StoredEvent;

/**
 * The JSON shapes of the HTTP API's listings and article view. Field names are snake_case; offsets are character
 * offsets into the article text (end exclusive); Goldstein values are points (-10..10); text is returned as data,
 * never as markup.
 */
final class WebJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WebJson() {
    }

    /** Events in the shape of {@code parley events --format json} ({@link EventsCommand#json}). */
    static ArrayNode events(List<StoredEvent> events) {
        ArrayNode array = NODES.arrayNode();
        for (StoredEvent s : events) {
            ObjectNode o = array.addObject();
            o.put("event_id", s.eventId()).put("article_title", s.articleTitle()).put("dyad", s.dyad())
                    .put("num_mentions", s.numMentions()).put("num_sources", s.numSources())
                    .put("num_articles", s.numArticles());
            o.setAll(ArticleJson.event(s.articleId(), s.event()));
        }
        return array;
    }

    /** {@code [{text, speaker_name, speaker_actor, published (day or null), title, article_id}]}. */
    static ArrayNode quotes(List<Listings.QuoteRow> rows) {
        ArrayNode array = NODES.arrayNode();
        for (Listings.QuoteRow q : rows) {
            ObjectNode o = array.addObject().put("text", q.text()).put("speaker_name", q.speakerName())
                    .put("speaker_actor", q.speakerActor());
            o.put("published", q.published().map(Object::toString).orElse(null));
            o.put("title", q.title()).put("article_id", q.articleId());
        }
        return array;
    }

    /** {@code [{code, as_source, as_target, events, mean_goldstein}]}, most events first. */
    static ArrayNode actors(List<Listings.ActorRow> rows) {
        ArrayNode array = NODES.arrayNode();
        rows.forEach(a -> array.addObject().put("code", a.code()).put("as_source", a.asSource())
                .put("as_target", a.asTarget()).put("events", a.events()).put("mean_goldstein", a.meanGoldstein()));
        return array;
    }

    /** {@code [{code, articles, events, evidence}]}, most articles first. */
    static ArrayNode issues(List<Listings.IssueRow> rows) {
        ArrayNode array = NODES.arrayNode();
        rows.forEach(i -> array.addObject().put("code", i.code()).put("articles", i.articles())
                .put("events", i.events()).put("evidence", i.evidence()));
        return array;
    }

    /**
     * {@code {article_id, title, url, source, published, text, actors: [{sentence, start, end, text, code,
     * evidence}], events: [{event_id, sentence, start, end, source, target, code, name, modality, evidence,
     * trigger}], quotes: [{sentence, start, end, text, speaker_name, speaker_actor}]}}.
     */
    static ObjectNode article(ArticleSpans.Page p) {
        ObjectNode o = NODES.objectNode().put("article_id", p.articleId()).put("title", p.title())
                .put("url", p.url()).put("source", p.source());
        o.put("published", p.published().map(Object::toString).orElse(null));
        o.put("text", p.text());
        ArrayNode actors = o.putArray("actors");
        p.actors().forEach(a -> actors.addObject().put("sentence", a.sentence()).put("start", a.start())
                .put("end", a.end()).put("text", a.text()).put("code", a.actorCode()).put("evidence", a.evidence()));
        ArrayNode events = o.putArray("events");
        p.events().forEach(e -> events.addObject().put("event_id", e.eventId()).put("sentence", e.sentence())
                .put("start", e.start()).put("end", e.end()).put("source", e.source()).put("target", e.target())
                .put("code", e.code()).put("name", e.name()).put("modality", e.modality())
                .put("evidence", e.evidence()).put("trigger", e.trigger()));
        ArrayNode quotes = o.putArray("quotes");
        p.quotes().forEach(q -> quotes.addObject().put("sentence", q.sentence()).put("start", q.start())
                .put("end", q.end()).put("text", q.text()).put("speaker_name", q.speakerName())
                .put("speaker_actor", q.speakerActor()));
        return o;
    }

    /**
     * A freshly coded (not stored) article in the shape of {@link #article}, with {@code event_id} "" for every event,
     * plus {@code issues} (as {@link ArticleJson#issue}), {@code tone} ({@link ArticleJson#tone}), {@code warnings}
     * and {@code stored: false}.
     */
    static ObjectNode coded(CodedArticle coded) {
        Article a = coded.article();
        List<ArticleSpans.ActorSpan> actors = coded.mentions().stream().map(m -> new ArticleSpans.ActorSpan(
                m.sentence(), m.begin(), m.end(), m.text(), m.actor().code(), m.evidence())).toList();
        List<ArticleSpans.EventSpan> events = coded.events().stream().map(WebJson::eventSpan).toList();
        List<ArticleSpans.QuoteSpan> quotes = coded.quotes().stream().map(WebJson::quoteSpan).toList();
        ObjectNode o = article(new ArticleSpans.Page(a.id(), a.title(), a.url(), a.source(), a.published(), a.text(),
                actors, events, quotes));
        ArrayNode issues = o.putArray("issues");
        coded.issues().article().forEach(t -> issues.add(ArticleJson.issue(t)));
        o.set("tone", ArticleJson.tone(coded.tone()));
        ArrayNode warnings = o.putArray("warnings");
        coded.warnings().forEach(warnings::add);
        o.put("stored", false);
        return o;
    }

    private static ArticleSpans.EventSpan eventSpan(Event e) {
        return new ArticleSpans.EventSpan("", e.sentence(), e.start(), e.end(), e.source().code(), e.target().code(),
                e.code().value(), e.name(), e.modality().label(), e.evidence(), e.trigger());
    }

    private static ArticleSpans.QuoteSpan quoteSpan(Quote q) {
        return new ArticleSpans.QuoteSpan(q.sentence(), q.begin(), q.end(), q.text(), q.speakerName(),
                q.speaker().map(s -> s.code()).orElse(""));
    }
}
