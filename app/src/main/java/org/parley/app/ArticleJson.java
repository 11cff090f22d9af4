package org.parley.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.knowledge.Codebook;
import org.parley.knowledge.PloverContexts;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventMention;
import org.parley.model.IssueTag;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Tone;

/**
 * The JSON shape of coded articles, shared by {@code parley code}, the store's exports and eval.
 *
 * <p>Field names are snake_case. Strings the model leaves empty ("" title, url, source, plover,
 * location, speaker) stay ""; unknown dates and unresolved speakers are JSON null. Offsets
 * ({@code start}, {@code end}) are character offsets into the article text, end exclusive;
 * {@code sentence} is the 0-based sentence index; {@code goldstein} is in Goldstein points (-10..10);
 * {@code quad_class} is GDELT's 1-4.
 */
public final class ArticleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Codebook CODEBOOK = Codebook.load();

    private ArticleJson() {
    }

    /**
     * The whole article: {@code article_id, title, date (ISO day or null), url, source, actors[],
     * events[], quotes[], issues[], tone, warnings[], unresolved[] (people named but not resolved: text, sentence, start,
     * end)}, with array elements as in {@link #actor}, {@link #event} (plus the event's {@code issues}: codes;
     * {@code plover_contexts}: PLOVER contexts from the code's mapping and the event's issues, empty for codes without
     * a PLOVER type; {@code num_mentions}: how many sentences of the article report it; {@code further_mentions}: the later ones,
     * each {@code sentence, start, end, evidence, trigger, confidence}),
     * {@link #quote}, {@link #issue} and {@link #tone}.
     */
    public static ObjectNode article(CodedArticle coded) {
        Article a = coded.article();
        ObjectNode node = NODES.objectNode();
        node.put("article_id", a.id());
        node.put("title", a.title());
        if (a.published().isPresent()) {
            node.put("date", a.published().get().toString());
        } else {
            node.putNull("date");
        }
        node.put("url", a.url());
        node.put("source", a.source());
        ArrayNode actors = node.putArray("actors");
        coded.mentions().forEach(m -> actors.add(actor(m)));
        ArrayNode events = node.putArray("events");
        for (int i = 0; i < coded.events().size(); i++) {
            ObjectNode e = event(a.id(), coded.events().get(i));
            ArrayNode codes = e.putArray("issues");
            coded.issues().codesOfEvent(i).forEach(codes::add);
            ArrayNode further = NODES.arrayNode();
            for (EventMention r : coded.repeats()) {
                if (r.event() == i) {
                    further.addObject().put("sentence", r.sentence()).put("start", r.start()).put("end", r.end())
                            .put("evidence", r.evidence()).put("trigger", r.trigger())
                            .put("confidence", r.confidence());
                }
            }
            ArrayNode contexts = e.putArray("plover_contexts");
            if (!coded.events().get(i).plover().isEmpty()) {
                PloverContexts.bundled().of(CODEBOOK, coded.events().get(i).code(), coded.issues().codesOfEvent(i))
                        .forEach(contexts::add);
            }
            e.put("num_mentions", coded.mentionCount(i));
            e.set("further_mentions", further);
            events.add(e);
        }
        ArrayNode quotes = node.putArray("quotes");
        coded.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode issues = node.putArray("issues");
        coded.issues().article().forEach(t -> issues.add(issue(t)));
        node.set("tone", tone(coded.tone()));
        ArrayNode warnings = node.putArray("warnings");
        coded.warnings().forEach(warnings::add);
        ArrayNode unresolved = node.putArray("unresolved");
        coded.unresolved().forEach(u -> unresolved.addObject().put("text", u.text()).put("sentence", u.sentence())
                .put("start", u.begin()).put("end", u.end()));
        return node;
    }

    /** One actor mention: {@code text, code, name, sentence, start, end, evidence}. */
    public static ObjectNode actor(Mention mention) {
        ObjectNode node = NODES.objectNode();
        node.put("text", mention.text());
        node.put("code", mention.actor().code());
        node.put("name", mention.actor().name());
        node.put("sentence", mention.sentence());
        node.put("start", mention.begin());
        node.put("end", mention.end());
        node.put("evidence", mention.evidence());
        return node;
    }

    /**
     * One event, as one line of {@code parley code --format jsonl}: {@code article_id, source,
     * source_name, target, target_name, code, name, root, quad_class, goldstein, plover, date (ISO day,
     * month or year, or null), modality (lower case), happened, location, confidence (0..1, see the README),
     * sentence, start, end, evidence, trigger}.
     */
    public static ObjectNode event(String articleId, Event event) {
        ObjectNode node = NODES.objectNode();
        node.put("article_id", articleId);
        node.put("source", event.source().code());
        node.put("source_name", event.source().name());
        node.put("target", event.target().code());
        node.put("target_name", event.target().name());
        node.put("code", event.code().value());
        node.put("name", event.name());
        node.put("root", event.code().root());
        node.put("quad_class", event.quadClass().number());
        node.put("goldstein", event.goldstein());
        node.put("plover", event.plover());
        if (event.date().isPresent()) {
            node.put("date", event.date().get().toString());
        } else {
            node.putNull("date");
        }
        node.put("modality", event.modality().label());
        node.put("happened", event.modality().happened());
        node.put("location", event.location());
        node.put("confidence", event.confidence());
        node.put("sentence", event.sentence());
        node.put("start", event.start());
        node.put("end", event.end());
        node.put("evidence", event.evidence());
        node.put("trigger", event.trigger());
        return node;
    }

    /** One piece of issue evidence: {@code code, evidence, sentence, start, end, rule}. */
    public static ObjectNode issue(IssueTag tag) {
        ObjectNode node = NODES.objectNode();
        node.put("code", tag.code());
        node.put("evidence", tag.evidence());
        node.put("sentence", tag.sentence());
        node.put("start", tag.start());
        node.put("end", tag.end());
        node.put("rule", tag.rule());
        return node;
    }

    /**
     * The document tone: {@code tone, positive, negative, polarity, activity, self_group} (percentages of the words,
     * as GDELT's tone fields) and {@code words}.
     */
    public static ObjectNode tone(Tone tone) {
        ObjectNode node = NODES.objectNode();
        node.put("tone", tone.tone());
        node.put("positive", tone.positive());
        node.put("negative", tone.negative());
        node.put("polarity", tone.polarity());
        node.put("activity", tone.activity());
        node.put("self_group", tone.selfGroup());
        node.put("words", tone.wordCount());
        return node;
    }

    /** One quotation: {@code text, speaker (as the text names them), speaker_actor (code or null), sentence, start, end}. */
    public static ObjectNode quote(Quote quote) {
        ObjectNode node = NODES.objectNode();
        node.put("text", quote.text());
        node.put("speaker", quote.speakerName());
        if (quote.speaker().isPresent()) {
            node.put("speaker_actor", quote.speaker().get().code());
        } else {
            node.putNull("speaker_actor");
        }
        node.put("sentence", quote.sentence());
        node.put("start", quote.begin());
        node.put("end", quote.end());
        return node;
    }
}
