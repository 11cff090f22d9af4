package org.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** The example articles of {@code ../examples}, in file-name order. */
    public static List<Article> examples() {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SharedPipeline::readExample).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an example file: "Title:", "Date:" and other header lines, a blank line, then the body. */
    public static Article readExample(Path path) {
        String all;
        try {
            all = Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int cut = all.indexOf("\n\n");
        String title = "";
        Optional<LocalDate> date = Optional.empty();
        for (String line : all.substring(0, cut).split("\n")) {
            if (line.startsWith("Title:")) {
                title = line.substring("Title:".length()).strip();
            } else if (line.startsWith("Date:")) {
                date = Optional.of(LocalDate.parse(line.substring("Date:".length()).strip()));
            }
        }
        return Article.of(title, all.substring(cut + 2), "", path.toString(), date);
    }
}
