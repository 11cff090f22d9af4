package org.parley.testing;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.knowledge.Knowledge;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.nlp.NlpParser;
import org.parley.pipeline.Pipeline;

/**
 * The one CoreNLP parser and pipeline of a test JVM (the models take 15-25 s to load), built lazily on first
 * use and shared by every test class that codes real text.
 */
public final class SharedPipeline {
    private SharedPipeline() {
    }

    private static final class Holder {
        static final NlpParser PARSER = NlpParser.lean();
        static final Pipeline PIPELINE = new Pipeline(PARSER, Knowledge.load());
    }

    /** The shared parser. */
    public static NlpParser parser() {
        return Holder.PARSER;
    }

    /** The shared pipeline over {@link #parser()} and the bundled knowledge tables. */
    public static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    /**
     * Codes one text published on a day.
     *
     * @param date "yyyy-mm-dd"
     */
    public static CodedArticle code(String date, String text) {
        return pipeline().code(Article.of("", text, "", "test", Optional.of(LocalDate.parse(date))));
    }
}
