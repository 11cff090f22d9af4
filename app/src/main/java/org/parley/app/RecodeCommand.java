package org.parley.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.store.Coding;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley recode [--db FILE] [--all] [dictionary options]}: codes the stored articles again, after the
 * knowledge tables, a user's dictionaries or parley itself changed. Each article is re-coded in its own
 * transaction ({@link EventStore#recode}) and records this parley version and {@link TablesVersion}; by default
 * only articles coded by another version or other tables are done, so an interrupted run is finished by running
 * it again. Stdout ends with {@code recoded N, failed N; events N, quotes N}. Exit 0 unless the database cannot
 * be opened or an article failed.
 */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = {"Code the stored articles again (after new knowledge tables, dictionaries or a new parley).",
                "Only articles coded by another parley version or other tables, unless --all."})
public final class RecodeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB,
            description = "DuckDB file to re-code (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--all", description = "Re-code every article, even those coded by this version and tables.")
    private boolean all;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto, bar, lines or none (default: ${DEFAULT-VALUE}).")
    private Progress.Mode progressMode;

    private final Supplier<Coder> coders;

    /** The command with the standard pipeline (plus any dictionaries), loaded when there is an article to code. */
    public RecodeCommand() {
        this.coders = () -> dictionaries.pipeline(spec.commandLine().getErr());
    }

    /** The command with a given source of coders (tests). */
    RecodeCommand(Supplier<Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(db)) {
            return fail(err, "no database at " + db + " (run parley ingest first)");
        }
        Coding coding;
        try {
            coding = new Coding(Version.current(), TablesVersion.of(dictionaries));
        } catch (UncheckedIOException | IllegalStateException e) {
            return fail(err, e.getMessage());
        }
        int recoded = 0;
        int failed = 0;
        int events = 0;
        int quotes = 0;
        try (EventStore store = EventStore.open(db, coding)) {
            List<String> ids = store.articleIds(!all);
            if (ids.isEmpty()) {
                out.println("recoded 0, failed 0; events 0, quotes 0 (every article is coded by parley "
                        + coding.parleyVersion() + " with tables " + coding.tablesVersion() + "; --all to re-code anyway)");
                out.flush();
                return 0;
            }
            Coder coder;
            try {
                coder = coders.get();
            } catch (RuntimeException e) {
                err.println(PipelineFailure.line(e));
                err.flush();
                return 1;
            }
            try (Progress progress = Progress.of(progressMode, "recode", OptionalLong.of(ids.size()),
                    Progress.Unit.ARTICLES, System.err, err)) {
                for (String id : ids) {
                    Optional<Article> article = store.article(id);
                    try {
                        CodedArticle coded = coder.code(article.orElseThrow());
                        if (store.recode(coded)) {
                            recoded++;
                            events += coded.events().size();
                            quotes += coded.quotes().size();
                        }
                    } catch (RuntimeException e) {
                        err.println("parley: article " + id + ": " + Ingestion.problem(e));
                        failed++;
                    }
                    progress.update(recoded + failed, recoded + failed, "recoded " + recoded + ", failed " + failed);
                }
            }
        } catch (StoreException e) {
            return fail(err, e.getMessage());
        }
        out.println("recoded " + recoded + ", failed " + failed + "; events " + events + ", quotes " + quotes);
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("parley recode: " + message);
        err.flush();
        return 1;
    }
}
