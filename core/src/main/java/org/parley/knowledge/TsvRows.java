package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of parley's actor-knowledge tables from the classpath: UTF-8, tab-separated, lines
 * starting with {@code #} and blank lines skipped, the first remaining line a header that must equal
 * the expected column names. Shorter rows are padded with empty cells (trailing empty columns may
 * be omitted); longer rows fail.
 */
final class TsvRows {
    private TsvRows() {
    }

    /** One data row: its cells (trimmed, exactly as many as the header) and its 1-based line number. */
    record Row(List<String> cells, int line, String resource) {
        Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return cells.get(index);
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(resource + " line " + line + ": " + message);
        }
    }

    /**
     * Reads the resource {@code name} next to this class.
     *
     * @throws IllegalStateException if the resource is missing or its header differs from {@code header}
     * @throws IllegalArgumentException if a row has more cells than the header
     */
    static List<Row> read(String name, List<String> header) {
        InputStream in = TsvRows.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource org/parley/knowledge/" + name);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean headerSeen = false;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
                if (!headerSeen) {
                    if (!cells.equals(header)) {
                        throw new IllegalStateException(name + ": header " + cells + " is not " + header);
                    }
                    headerSeen = true;
                    continue;
                }
                while (cells.size() > header.size() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (cells.size() > header.size()) {
                    throw new IllegalArgumentException(name + " line " + lineNumber + ": " + cells.size()
                            + " cells, header has " + header.size());
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                rows.add(new Row(cells, lineNumber, name));
            }
            if (!headerSeen) {
                throw new IllegalStateException(name + ": no header row");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return List.copyOf(rows);
    }

    /** Splits a {@code |}-separated list cell; an empty cell is an empty list. */
    static List<String> splitList(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
