package org.parley.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.ingest.ArticleReader;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventQuery;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley demo [--db FILE]}: ingests the repository's {@code examples/} folder into a fresh
 * database, then prints its events and the number of events per dyad. {@code examples/} is looked for
 * in the working directory, then under the system property {@code parley.home} (set by the launcher).
 * Exit 0 when at least one example was stored, 1 otherwise.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Code the example articles into a fresh database and show their events and dyads.",
                "Without --db the database is a new temporary file; with --db FILE, FILE is DELETED first if it exists."})
public final class DemoCommand implements Callable<Integer> {
    /** Rows shown at most in the events table. */
    static final int MAX_EVENTS = 1000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database to create; an existing FILE is deleted first (default: a new temporary file).")
    private Optional<Path> db = Optional.empty();

    private final Supplier<Coder> coders;
    private final Path workingDir;
    private final Path home;

    /** The command with the standard pipeline, looking for examples/ here, then under {@code parley.home}. */
    public DemoCommand() {
        this(() -> Pipeline.standard()::code, Path.of(""), Path.of(System.getProperty("parley.home", ".")));
    }

    /** The command with given coders and folders to look for {@code examples/} in (tests). */
    DemoCommand(Supplier<Coder> coders, Path workingDir, Path home) {
        this.coders = coders;
        this.workingDir = workingDir;
        this.home = home;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<Path> examples = examplesFolder();
            if (examples.isEmpty()) {
                return fail(err, "no examples/ folder in " + workingDir.toAbsolutePath() + " or " + home.toAbsolutePath()
                        + " (run from the repository root, or set -Dparley.home)");
            }
            Path file = freshDatabase();
            out.println("Coding " + examples.get() + " into " + file);
            try (EventStore store = EventStore.open(file, Version.current())) {
                Ingestion ingestion = new Ingestion(store, coders, err);
                new ArticleReader().read(List.of(examples.get().toString()), ingestion);
                Summary summary = ingestion.summary();
                out.println(summary);
                out.println();
                EventsCommand.printTable(store.events(EventQuery.all(MAX_EVENTS)), out);
                out.println();
                printDyads(store.countByDyad(), out);
                out.flush();
                err.flush();
                return summary.stored() > 0 ? 0 : 1;
            }
        } catch (IOException e) {
            return fail(err, "cannot prepare the database: " + e.getMessage());
        } catch (StoreException e) {
            return fail(err, e.getMessage());
        }
    }

    private Optional<Path> examplesFolder() {
        for (Path base : List.of(workingDir, home)) {
            Path folder = base.resolve("examples");
            if (Files.isDirectory(folder)) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    private Path freshDatabase() throws IOException {
        if (db.isEmpty()) {
            return Files.createTempDirectory("parley-demo").resolve("demo.duckdb");
        }
        Path file = db.get();
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        return file;
    }

    private static void printDyads(Map<String, Integer> counts, PrintWriter out) {
        out.println("Events per dyad (source-target):");
        if (counts.isEmpty()) {
            out.println("  (none)");
        }
        counts.forEach((dyad, n) -> out.println(String.format("  %-15s %d", dyad, n)));
    }

    private static int fail(PrintWriter err, String message) {
        err.println("parley demo: " + message);
        err.flush();
        return 1;
    }
}
