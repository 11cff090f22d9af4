package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.app.bench.Bench;
import org.parley.app.bench.BenchCorpus;
import org.parley.app.bench.BenchReport;
import org.parley.app.eval.GoldCase;
import org.parley.app.eval.GoldFile;
import org.parley.app.eval.GoldFileException;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.SourceItem;
import org.parley.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench [--corpus PATH] [--threads N] [--rounds N] [--gold FILE] [--json]}: measures, in this one JVM
 * and on one corpus, articles/s, tokens/s and peak heap of (a) CoreNLP's parse alone, (b) parley end to end, (c) CoreNLP's
 * default English pipeline with coref and quotes and (d) parley on N threads, and parley's event scores with its own
 * and with CoreNLP's default NER ({@link Bench}). Prints each configuration's CoreNLP properties, a table and, last,
 * the ratios ({@link BenchReport#toText}), or one JSON object ({@link BenchReport#toJson}). Progress goes to stderr.
 * Takes several minutes; not a test.
 *
 * <p>Without {@code --corpus} the corpus is {@value BenchCorpus#DEFAULT_TOKENS} tokens of distinct articles generated
 * from {@code examples/} ({@link BenchCorpus}). The gold file defaults to {@code ../shared/eval/dev.jsonl} beside
 * parley's folder when it exists. Exit 0 after a report; 1 with one line on stderr when the corpus or gold file
 * cannot be read.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure parley's speed against CoreNLP's parse alone and CoreNLP's default pipeline.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ThreadsOption threads = new ThreadsOption();

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "A folder of articles or a JSON Lines file (default: articles generated from examples/).")
    private Optional<Path> corpus = Optional.empty();

    @Option(names = "--tokens", paramLabel = "N", defaultValue = "" + BenchCorpus.DEFAULT_TOKENS,
            description = "Size of the generated corpus in tokens (default: ${DEFAULT-VALUE}).")
    private int tokens = BenchCorpus.DEFAULT_TOKENS;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Gold file to score with parley's and with CoreNLP's default NER"
                    + " (default: ../shared/eval/dev.jsonl beside parley, when it exists).")
    private Optional<Path> gold = Optional.empty();

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed runs of (a), (b) and (d), alternating; each speed is the median (default: ${DEFAULT-VALUE}).")
    private int rounds = 3;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = Path.of(System.getProperty("parley.home", "."));
        List<Article> articles;
        String corpusName;
        List<GoldCase> cases = List.of();
        Path goldFile = gold.orElse(home.resolve("../shared/eval/dev.jsonl").normalize());
        try {
            if (corpus.isPresent()) {
                articles = read(corpus.get(), err);
                corpusName = corpus.get().toString();
            } else {
                Path examples = home.resolve("examples");
                articles = BenchCorpus.generate(read(examples, err), tokens, 8);
                corpusName = "generated from " + examples.normalize();
            }
            if (gold.isPresent() || Files.exists(goldFile)) {
                cases = GoldFile.read(goldFile);
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("--rounds must be at least 1: " + rounds);
            }
        } catch (GoldFileException | IllegalArgumentException e) {
            err.println("parley bench: " + e.getMessage());
            err.flush();
            return 1;
        }
        BenchReport report = new Bench(articles, threads.threads(), rounds, cases, err)
                .run(corpusName, cases.isEmpty() ? "" : goldFile.toString());
        out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
        out.flush();
        return 0;
    }

    /**
     * The articles of a folder or file; unreadable items are reported on {@code err} and skipped.
     *
     * @throws IllegalArgumentException naming the path when it gives no article
     */
    private static List<Article> read(Path path, PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        for (SourceItem item : new ArticleReader().read(List.of(path), Optional.empty())) {
            if (item instanceof SourceItem.Loaded loaded) {
                articles.add(loaded.article());
            } else {
                err.println("parley: " + item.origin() + ": " + ((SourceItem.Failed) item).problem());
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException(path + ": no article to run on");
        }
        return articles;
    }
}
