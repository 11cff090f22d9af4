package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.parley.actors.ActorResolver;
import org.parley.events.EventCoder;
import org.parley.issues.IssueTagger;
import org.parley.knowledge.IssueLexicon;
import org.parley.knowledge.Knowledge;
import org.parley.knowledge.SentimentLexicon;
import org.parley.knowledge.Wars;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Quote;
import org.parley.nlp.NlpParser;
import org.parley.quotes.QuoteFinder;
import org.parley.tone.ToneScorer;

/**
 * parley's coding pipeline, composed in one place: Article -&gt; nlp -&gt; actors -&gt; events, quotes -&gt;
 * issues, tone -&gt; CodedArticle.
 *
 * <p>Building one loads the CoreNLP models and the knowledge tables (15-25 s, about 1.5 GB of heap): build it
 * once per process at the edge (CLI, server, Spark executor) and share it; {@link #code} is thread-safe.
 */
public final class Pipeline {
    private final NlpParser parser;
    private final ActorResolver actors;
    private final EventCoder events;
    private final QuoteFinder quotes;
    private final IssueTagger issues;
    private final ToneScorer tone;

    /** A pipeline over a parser and knowledge tables built by the caller. */
    public Pipeline(NlpParser parser, Knowledge knowledge) {
        this.parser = Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(knowledge, "knowledge");
        this.actors = new ActorResolver(knowledge);
        this.events = new EventCoder(knowledge);
        this.quotes = new QuoteFinder(knowledge);
        this.issues = new IssueTagger(IssueLexicon.load(), Wars.load());
        this.tone = new ToneScorer(SentimentLexicon.load());
    }

    /** The standard pipeline: parley's lean CoreNLP configuration and the bundled knowledge tables. */
    public static Pipeline standard() {
        return standard(UnaryOperator.identity());
    }

    /**
     * parley's lean CoreNLP configuration with the bundled knowledge tables as {@code tables} changes them (adding
     * users' dictionaries, say). The tables load on a second thread while the CoreNLP models load on this one, which
     * shortens a cold start on a machine with more than one core.
     *
     * @throws IllegalStateException    or {@link IllegalArgumentException} when a table does not load (as
     *                                  {@link Knowledge#load} and {@code tables} throw them)
     * @throws RuntimeException         when the CoreNLP models cannot be loaded
     */
    public static Pipeline standard(UnaryOperator<Knowledge> tables) {
        Objects.requireNonNull(tables, "tables");
        CompletableFuture<Knowledge> knowledge = CompletableFuture.supplyAsync(() -> tables.apply(Knowledge.load()));
        NlpParser parser = NlpParser.lean();
        try {
            return new Pipeline(parser, knowledge.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Codes one article. */
    public CodedArticle code(Article article) {
        return codeParsed(parser.parse(article));
    }

    /** Codes an article that is already parsed (the stages after nlp). */
    public CodedArticle codeParsed(ParsedArticle parsed) {
        ActorResolver.Resolution resolution = actors.resolveAll(parsed);
        List<Mention> mentions = resolution.mentions();
        EventCoder.Coded result = events.codeWithMentions(parsed, mentions);
        List<Event> coded = result.events();
        List<Quote> found = quotes.find(parsed, mentions);
        List<String> warnings = new ArrayList<>();
        if (parsed.article().published().isEmpty()) {
            warnings.add("no date: events left undated (office holders resolve as of today)");
        }
        return new CodedArticle(parsed.article(), mentions, coded, found, warnings, resolution.unresolved(),
                issues.tag(parsed, mentions, coded), tone.score(parsed), result.repeats());
    }
}
