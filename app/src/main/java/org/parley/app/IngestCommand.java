package org.parley.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.SourceItem;
import org.parley.model.CodedArticle;
import org.parley.pipeline.ParallelCoder;
import org.parley.store.Coding;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley ingest INPUT... [--db FILE] [reading options] [--progress MODE]}: reads articles (files, folders,
 * {@code -} for standard input, feed or page URLs; every format of {@link org.parley.ingest.InputFormat}), codes
 * those not yet stored with one pipeline on {@code --threads} threads (default all cores), and saves each in its
 * own transaction, in input order, from one thread, as it is read. Problems go to
 * stderr as {@code parley: <origin>: <problem>}, progress to the terminal or every 10 s to stderr; stdout ends
 * with the summary {@code stored N, skipped N duplicate(s), failed N; events N, quotes N} and, when something
 * failed, {@code failed: N reason, ...}. Exit 0 when at least one article was stored or found already stored,
 * 1 otherwise; 2 for a usage error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and store them in a DuckDB file, one transaction per article.",
                "INPUT: files or folders of .txt, .html, .jsonl, .rss/.atom/.xml, .warc/.warc.gz; - for standard input;"
                        + " an http(s) URL of a feed or page. Articles already stored (same text) are skipped without"
                        + " coding them again, so an interrupted run is finished by running it again."})
public final class IngestCommand implements Callable<Integer> {
    /** The database a command uses when {@code --db} is not given: {@value}, in the working directory. */
    static final String DEFAULT_DB = "parley.duckdb";

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Mixin
    private ReadingOptions reading = new ReadingOptions();

    @Mixin
    private ThreadsOption threads = new ThreadsOption();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, - (standard input) or URLs.")
    private List<String> inputs = List.of();

    @Option(names = "--db", paramLabel = "FILE", defaultValue = DEFAULT_DB,
            description = "DuckDB file to store into, created if missing (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else a line every 10 s), bar, lines or none (default: ${DEFAULT-VALUE}).")
    private Progress.Mode progressMode;

    private final Supplier<Coder> coders;

    /** The command with the standard pipeline, loaded only when there is an article to code. */
    public IngestCommand() {
        this.coders = () -> dictionaries.pipeline(spec.commandLine().getErr());
    }

    /** The command with a given source of coders (tests); the supplier is called at most once. */
    IngestCommand(Supplier<Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = reading.problem();
        if (problem.isPresent()) {
            return fail(err, problem.get());
        }
        Coding coding;
        try {
            coding = new Coding(Version.current(), TablesVersion.of(dictionaries));
        } catch (UncheckedIOException | IllegalStateException e) {
            return fail(err, e.getMessage());
        }
        ArticleReader reader = new ArticleReader(reading.toReadOptions(System.in));
        OptionalLong total = ArticleReader.totalBytes(inputs);
        Summary summary;
        try (EventStore store = EventStore.open(db, coding);
             Progress progress = Progress.of(progressMode, "ingest", total, Progress.Unit.bytes(total), System.err, err)) {
            Ingestion ingestion = new Ingestion(store, coders, progress.messages(err));
            Runnable update = () -> {
                Summary now = ingestion.summary();
                progress.update(reader.bytesRead(), now.stored() + now.duplicates() + now.failed(), now.counts());
            };
            if (threads.threads() == 1) {
                reader.read(inputs, item -> {
                    ingestion.accept(item);
                    update.run();
                });
            } else {
                ingestInParallel(new ReadAhead<SourceItem>(sink -> reader.read(inputs, sink), 4 * threads.threads()),
                        ingestion, update);
            }
            summary = ingestion.summary();
        } catch (StoreException e) {
            return fail(err, e.getMessage());
        }
        out.println(summary);
        if (summary.failed() > 0) {
            out.println(summary.reasonsLine());
        }
        out.flush();
        err.flush();
        return summary.anyProcessed() ? 0 : 1;
    }

    /** An item read, and whether {@link Ingestion#admit} let it through to be coded. */
    private record Work(SourceItem item, boolean admitted) {
    }

    /**
     * Codes the admitted articles on {@code --threads} threads while this thread reads ahead, admits (skipping
     * articles already stored without coding them) and saves, in input order, one transaction per article: only this
     * thread touches the database.
     */
    private void ingestInParallel(ReadAhead<SourceItem> items, Ingestion ingestion, Runnable update) {
        Iterator<Work> work = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Work next() {
                SourceItem item = items.next();
                return new Work(item, ingestion.admit(item));
            }
        };
        new ParallelCoder<Work, Optional<CodedArticle>>(threads.threads(), w -> w.admitted()
                ? Optional.of(ingestion.coder().code(((SourceItem.Loaded) w.item()).article())) : Optional.empty())
                .run(work, outcome -> {
                    if (outcome.input().admitted()) {
                        SourceItem.Loaded loaded = (SourceItem.Loaded) outcome.input().item();
                        if (outcome instanceof ParallelCoder.Outcome.Coded<Work, Optional<CodedArticle>> c) {
                            ingestion.save(loaded, c.output().orElseThrow());
                        } else {
                            ingestion.failed(loaded, ((ParallelCoder.Outcome.Failed<Work, Optional<CodedArticle>>) outcome)
                                    .error());
                        }
                    }
                    update.run();
                });
        items.rethrow();
    }

    private static int fail(PrintWriter err, String message) {
        err.println("parley ingest: " + message);
        err.flush();
        return 1;
    }
}
