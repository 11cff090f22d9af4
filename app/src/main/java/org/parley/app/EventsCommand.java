package org.parley.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.model.Event;
import org.parley.store.Listings;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley events [--db FILE] [filters] [--limit N] [--format table|json]}: lists stored events (one row per
 * distinct event across articles, with the evidence of its first report and its number of reports), ordered by
 * date; the filters are {@link FilterOptions} (actor, dyad, CAMEO code or root, QuadClass, PLOVER type, issue, date
 * range, text). Exit 1 with a one-line error when the database file is missing (it is not created) or a filter is
 * malformed.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events as a table or a JSON array.")
public final class EventsCommand implements Callable<Integer> {
    /** Widest evidence shown in a table cell, in characters; longer evidence ends with "...". */
    static final int EVIDENCE_WIDTH = 60;

    /** Output formats; lower case so that {@code --format json} parses as written. */
    enum Format { table, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Mixin
    private FilterOptions filters = new FilterOptions();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N events (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<EventStore> opened = Databases.open(db.file, "events", err);
        if (opened.isEmpty()) {
            return 1;
        }
        List<StoredEvent> events;
        try (EventStore store = opened.get()) {
            events = new Listings(store).events(filters.filter(), limit);
        } catch (IllegalArgumentException | StoreException e) {
            err.println("parley events: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (format == Format.json) {
            out.println(json(events));
        } else {
            printTable(events, out);
        }
        out.flush();
        return 0;
    }

    /**
     * Writes events as an aligned text table: date, source, target, code, name, modality, reports (NumMentions),
     * evidence of the first report (cut to {@value #EVIDENCE_WIDTH} characters); "(no events)" when the list is empty.
     */
    static void printTable(List<StoredEvent> events, PrintWriter out) {
        if (events.isEmpty()) {
            out.println("(no events)");
            return;
        }
        String[] header = {"DATE", "SOURCE", "TARGET", "CODE", "NAME", "MODALITY", "REPORTS", "EVIDENCE"};
        List<String[]> rows = events.stream().map(s -> {
            Event e = s.event();
            return new String[] {e.date().map(Object::toString).orElse("-"), e.source().code(), e.target().code(),
                    e.code().value(), e.name(), e.modality().label(), Long.toString(s.numMentions()),
                    truncate(e.evidence())};
        }).toList();
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        out.println(line(header, width));
        rows.forEach(row -> out.println(line(row, width)));
    }

    /**
     * Events as a JSON array: each element is {@link ArticleJson#event} (the shape {@code parley code}
     * writes, for the event's first report) plus {@code event_id}, {@code article_title}, {@code dyad} and GDELT's
     * counts {@code num_mentions}, {@code num_sources}, {@code num_articles}.
     */
    static String json(List<StoredEvent> events) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (StoredEvent s : events) {
            ObjectNode o = array.addObject();
            o.put("event_id", s.eventId());
            o.put("article_title", s.articleTitle());
            o.put("dyad", s.dyad());
            o.put("num_mentions", s.numMentions());
            o.put("num_sources", s.numSources());
            o.put("num_articles", s.numArticles());
            o.setAll(ArticleJson.event(s.articleId(), s.event()));
        }
        return array.toPrettyString();
    }

    private static String truncate(String evidence) {
        String flat = evidence.replaceAll("\\s+", " ").strip();
        return flat.length() <= EVIDENCE_WIDTH ? flat : flat.substring(0, EVIDENCE_WIDTH - 3) + "...";
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            sb.append(c == cells.length - 1 ? cells[c] : String.format("%-" + width[c] + "s", cells[c]));
        }
        return sb.toString();
    }
}
