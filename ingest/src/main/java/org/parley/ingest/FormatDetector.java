package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Tells an input's format from its first bytes and its file name. Content that is decisive wins over the
 * name: a WARC header ({@code WARC/1.x}, also inside gzip), an RSS/Atom root element, an HTML start; then the
 * extension ({@code .warc[.gz]}, {@code .html/.htm/.xhtml}, {@code .jsonl/.ndjson/.json}, {@code .rss/.atom/.xml},
 * {@code .txt/.text}); then a first character <code>{</code> means JSON Lines; anything else is plain text.
 */
final class FormatDetector {
    /** Bytes of an input looked at: room for a byte order mark, an XML prolog, comments and a doctype. */
    static final int HEAD_BYTES = 4096;

    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:rdf)[\\s>]");
    private static final Pattern HTML_START = Pattern.compile("^(<!--.*?-->\\s*)*<(!doctype html|html|head|body)[\\s>]",
            Pattern.DOTALL);
    private static final Pattern XML_PROLOG = Pattern.compile("^<\\?xml[^>]*>\\s*(<!--.*?-->\\s*)*", Pattern.DOTALL);

    private FormatDetector() {
    }

    /**
     * The format of an input.
     *
     * @param name the file name or URL ("" for standard input); only its ending is looked at
     * @param head the first bytes of the input (up to {@link #HEAD_BYTES})
     * @return the format, or empty for a gzip file that holds no WARC (not readable)
     */
    static Optional<InputFormat> detect(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (startsWith(head, "WARC/")) {
            return Optional.of(InputFormat.WARC);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return gunzippedStartsWithWarc(head) || lower.endsWith(".warc.gz")
                    ? Optional.of(InputFormat.WARC) : Optional.empty();
        }
        String text = asciiLowerCase(head);
        String afterProlog = XML_PROLOG.matcher(text).replaceFirst("");
        if (HTML_START.matcher(afterProlog).find()) {
            return Optional.of(InputFormat.HTML);
        }
        if ((text.startsWith("<?xml") || text.startsWith("<")) && FEED_ROOT.matcher(text).find()
                && !text.contains("<html")) {
            return Optional.of(InputFormat.FEED);
        }
        return byName(lower).or(() -> Optional.of(text.startsWith("{") ? InputFormat.JSONL : InputFormat.TEXT));
    }

    /** The format a file name's ending stands for, if any ({@code .warc.gz} is WARC). */
    static Optional<InputFormat> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return Optional.of(InputFormat.WARC);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(InputFormat.HTML);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
            return Optional.of(InputFormat.JSONL);
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
            return Optional.of(InputFormat.FEED);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(InputFormat.TEXT);
        }
        return Optional.empty();
    }

    private static boolean gunzippedStartsWithWarc(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return startsWith(in.readNBytes(5), "WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        if (bytes.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The head as text without a byte order mark and leading whitespace, ASCII letters lower-cased. */
    private static String asciiLowerCase(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
