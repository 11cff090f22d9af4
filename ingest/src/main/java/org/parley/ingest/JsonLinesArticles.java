package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A JSON Lines file: one article per line, an object with a string {@code text} and optional string
 * {@code title}, {@code date} (a form {@link Dates} reads), {@code url}, {@code source} (other names by
 * {@link JsonFields}); other fields are ignored, blank lines skipped. Each line succeeds or fails on its own,
 * so a bad line does not stop the file. The file is streamed: memory per line is bounded by
 * {@link ArticleReader#MAX_ARTICLE_BYTES}.
 */
final class JsonLinesArticles {
    private static final int SNIFF_BYTES = 8192;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonLinesArticles() {
    }

    /**
     * Gives the items of the stream to {@code sink}; {@code origin} is the file path, items are named
     * {@code origin:line}. {@code in} must support mark/reset.
     */
    static void read(String origin, InputStream in, JsonFields names, Optional<LocalDate> defaultDate,
                     Consumer<SourceItem> sink) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length == 0) {
            sink.accept(new SourceItem.Failed(origin, "empty file"));
            return;
        }
        if (Utf8Text.hasNul(head)) {
            sink.accept(new SourceItem.Failed(origin, "binary file, not text"));
            return;
        }
        int items = 0;
        long offset = 0;
        int lineNo = 0;
        int b = 0;
        while (b != -1) {
            lineNo++;
            long lineStart = offset;
            long lineBytes = 0;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while ((b = in.read()) != -1 && b != '\n') {
                lineBytes++;
                if (lineBytes <= ArticleReader.MAX_ARTICLE_BYTES) {
                    line.write(b);
                }
            }
            offset += lineBytes + (b == '\n' ? 1 : 0);
            if (lineBytes > ArticleReader.MAX_ARTICLE_BYTES) {
                items++;
                sink.accept(failed(origin, lineNo, "article over 5 MB (" + lineBytes + " bytes)"));
                continue;
            }
            byte[] bytes = line.toByteArray();
            if (isBlank(bytes)) {
                continue;
            }
            items++;
            sink.accept(parseLine(origin, lineNo, bytes, lineStart, names, defaultDate));
        }
        if (items == 0) {
            sink.accept(new SourceItem.Failed(origin, "no articles: only blank lines"));
        }
    }

    private static SourceItem parseLine(String origin, int lineNo, byte[] bytes, long lineStart, JsonFields names,
                                        Optional<LocalDate> defaultDate) {
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes, 0, bytes.length, lineStart);
        if (!decoded.ok()) {
            String problem = decoded.problem().startsWith("binary")
                    ? "binary data (NUL byte), not text" : decoded.problem();
            return failed(origin, lineNo, problem);
        }
        JsonNode node;
        try {
            node = JSON.readTree(decoded.text());
        } catch (JsonProcessingException e) {
            return failed(origin, lineNo, "not JSON: " + oneLine(e.getOriginalMessage()));
        }
        if (!node.isObject()) {
            return failed(origin, lineNo, "not a JSON object");
        }
        JsonNode text = node.path(names.text());
        if (text.isMissingNode() || text.isNull()) {
            return failed(origin, lineNo, "no \"" + names.text() + "\" field");
        }
        if (!text.isTextual()) {
            return failed(origin, lineNo, "\"" + names.text() + "\" is not a string");
        }
        String body = Utf8Text.normalise(text.textValue()).strip();
        if (body.isEmpty()) {
            return failed(origin, lineNo, "empty \"" + names.text() + "\" field");
        }
        String[] fields = {names.title(), names.date(), names.url(), names.source()};
        String[] values = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            JsonNode v = node.path(fields[i]);
            if (v.isMissingNode() || v.isNull()) {
                values[i] = "";
            } else if (v.isTextual()) {
                values[i] = v.textValue().strip();
            } else {
                return failed(origin, lineNo, "\"" + fields[i] + "\" is not a string");
            }
        }
        Optional<LocalDate> date = Optional.empty();
        if (!values[1].isEmpty()) {
            date = Dates.parse(values[1]);
            if (date.isEmpty()) {
                return failed(origin, lineNo, Dates.problem(values[1]));
            }
        }
        return Items.loaded(origin + ":" + lineNo, values[0], body, values[2], values[3], date, defaultDate);
    }

    /** The failed line: its origin {@code origin:line} carries the line number, so the problem does not repeat it. */
    private static SourceItem.Failed failed(String origin, int lineNo, String problem) {
        return new SourceItem.Failed(origin + ":" + lineNo, problem);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(String message) {
        String s = message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
