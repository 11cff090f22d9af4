package org.parley.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.store.Counts;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley stats [--db FILE] [--json]}: the store's counts, as aligned lines or one JSON object
 * {@code {"articles": n, "events": n, "mentions": n, "quotes": n, "actors": n, "actor_mentions": n, "issues": n}}
 * (events are distinct events across articles, mentions their reports, actors distinct actor codes). Exit 1 with
 * a one-line error when the database is missing (it is not created) or cannot be opened.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print the counts of a parley database.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB,
            description = "DuckDB file to read (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--json", description = "One JSON object instead of lines.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(db)) {
            err.println("parley stats: no database at " + db + " (run parley ingest first)");
            err.flush();
            return 1;
        }
        Counts counts;
        try (EventStore store = EventStore.open(db, Version.current())) {
            counts = store.counts();
        } catch (StoreException e) {
            err.println("parley stats: " + e.getMessage());
            err.flush();
            return 1;
        }
        Map<String, Long> rows = rows(counts);
        if (json) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            rows.forEach(o::put);
            out.println(o.toString());
        } else {
            rows.forEach((name, n) -> out.println(String.format("%-15s %d", name, n)));
        }
        out.flush();
        return 0;
    }

    /** The counts by JSON name, in the order printed. */
    static Map<String, Long> rows(Counts c) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("articles", c.articles());
        rows.put("events", c.events());
        rows.put("mentions", c.mentions());
        rows.put("quotes", c.quotes());
        rows.put("actors", c.actors());
        rows.put("actor_mentions", c.actorMentions());
        rows.put("issues", c.issues());
        return rows;
    }
}
