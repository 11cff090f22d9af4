package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a generated knowledge table from the classpath: UTF-8 lines, {@code #} comments and blank lines
 * skipped, a header line that must match exactly, then one row per line handed to a row parser.
 */
final class ResourceTable {
    /** Parses one data line; throws IllegalStateException naming the resource and line when malformed. */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(String line, int number);
    }

    private ResourceTable() {
    }

    /**
     * The parsed rows of {@code resource}.
     *
     * @throws IllegalStateException naming the resource (and line) when it is missing or its header is wrong
     */
    static <T> List<T> read(String resource, String header, RowParser<T> parser) {
        InputStream in = ResourceTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource not found on the classpath: " + resource);
        }
        List<T> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.equals(header)) {
                        throw new IllegalStateException(resource + " line " + number + ": expected header '"
                                + header + "' but found '" + line + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(parser.parse(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
