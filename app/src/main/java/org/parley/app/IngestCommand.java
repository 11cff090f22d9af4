package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.SourceItem;
import org.parley.knowledge.Knowledge;
import org.parley.model.CodedArticle;
import org.parley.nlp.NlpParser;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley ingest PATH... [--db FILE] [--date YYYY-MM-DD]}: reads articles, codes those not yet
 * stored with one pipeline, and saves each in its own transaction. Problems go to stderr as
 * {@code parley: <origin>: <problem>}; the last stdout line is the summary
 * {@code stored N, skipped N duplicate(s), failed N; events N, quotes N}. Exit 0 when at least one
 * article was stored or found already stored, 1 otherwise.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code articles (.txt, .jsonl, folders of them) and store them in a DuckDB file. "
                + "Articles already stored (same text) are skipped without coding them again.")
public final class IngestCommand implements Callable<Integer> {
    /** The database a command uses when {@code --db} is not given: {@value}, in the working directory. */
    static final String DEFAULT_DB = "parley.duckdb";

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    private List<Path> paths = List.of();

    @Option(names = "--db", paramLabel = "FILE", defaultValue = DEFAULT_DB,
            description = "DuckDB file to store into, created if missing (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not carry their own.")
    private Optional<LocalDate> date = Optional.empty();

    private final Supplier<Coder> coders;

    /** The command with the standard pipeline, loaded only when there is an article to code. */
    public IngestCommand() {
        this.coders = () -> new Pipeline(NlpParser.lean(),
                dictionaries.apply(Knowledge.load(), spec.commandLine().getErr()))::code;
    }

    /** The command with a given source of coders (tests); the supplier is called at most once. */
    IngestCommand(Supplier<Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceItem> items = new ArticleReader().read(paths, date);
        Summary summary;
        try (EventStore store = EventStore.open(db, Version.current())) {
            summary = ingest(items, store, coders, err);
        } catch (StoreException e) {
            err.println("parley ingest: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println(summary);
        out.flush();
        err.flush();
        return summary.anyProcessed() ? 0 : 1;
    }

    /**
     * What one ingest run did.
     *
     * @param stored     articles newly stored
     * @param duplicates articles skipped because their id was already stored
     * @param failed     inputs that could not be read, coded or saved
     * @param events     events of the newly stored articles
     * @param quotes     quotes of the newly stored articles
     */
    record Summary(int stored, int duplicates, int failed, int events, int quotes) {
        boolean anyProcessed() {
            return stored + duplicates > 0;
        }

        @Override
        public String toString() {
            return "stored " + stored + ", skipped " + duplicates + " duplicate(s), failed " + failed
                    + "; events " + events + ", quotes " + quotes;
        }
    }

    /**
     * Stores the loaded items not yet in {@code store}, reporting each failed item on {@code err}. The
     * coder is obtained from {@code coders} once, and only when some article needs coding; when that
     * fails, it is reported once and those articles count as failed.
     */
    static Summary ingest(List<SourceItem> items, EventStore store, Supplier<Coder> coders, PrintWriter err) {
        int duplicates = 0;
        int failed = 0;
        Set<String> seen = new HashSet<>();
        List<SourceItem.Loaded> toCode = new ArrayList<>();
        for (SourceItem item : items) {
            if (item instanceof SourceItem.Failed f) {
                err.println("parley: " + f.origin() + ": " + f.problem());
                failed++;
            } else if (item instanceof SourceItem.Loaded loaded) {
                loaded.warnings().forEach(w -> err.println("parley: " + loaded.origin() + ": warning: " + w));
                String id = loaded.article().id();
                if (!seen.add(id) || store.contains(id)) {
                    duplicates++;
                } else {
                    toCode.add(loaded);
                }
            }
        }
        if (toCode.isEmpty()) {
            return new Summary(0, duplicates, failed, 0, 0);
        }
        Coder coder;
        try {
            coder = coders.get();
        } catch (RuntimeException e) {
            err.println(PipelineFailure.line(e));
            return new Summary(0, duplicates, failed + toCode.size(), 0, 0);
        }
        int stored = 0;
        int events = 0;
        int quotes = 0;
        for (SourceItem.Loaded loaded : toCode) {
            try {
                CodedArticle coded = coder.code(loaded.article());
                if (store.save(coded)) {
                    stored++;
                    events += coded.events().size();
                    quotes += coded.quotes().size();
                } else {
                    duplicates++;
                }
            } catch (StoreException e) {
                err.println("parley: " + loaded.origin() + ": cannot store: " + oneLine(e));
                failed++;
            } catch (RuntimeException e) {
                err.println("parley: " + loaded.origin() + ": cannot code: " + oneLine(e));
                failed++;
            }
        }
        return new Summary(stored, duplicates, failed, events, quotes);
    }

    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
