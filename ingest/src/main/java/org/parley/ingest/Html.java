package org.parley.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises HTML files, which the reader does not read yet: by extension ({@code .html}, {@code .htm}) or by
 * content that starts, after a byte order mark and whitespace, with {@code <!doctype html} or {@code <html}
 * (any case) followed by a space, {@code >} or the end ({@code <htmlish>} is not HTML).
 */
final class Html {
    private static final String[] STARTS = {"<!doctype html", "<html"};

    private Html() {
    }

    /** Whether the file name ends in {@code .html} or {@code .htm} (any case). */
    static boolean byName(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return s.endsWith(".html") || s.endsWith(".htm");
    }

    /** Whether the first bytes of a file, {@code head}, start like an HTML page. */
    static boolean byContent(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        for (String start : STARTS) {
            if (startsWithIgnoringCase(head, i, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code bytes} hold the ASCII tag start {@code ascii} at {@code from}, in any case, as a whole word. */
    private static boolean startsWithIgnoringCase(byte[] bytes, int from, String ascii) {
        if (bytes.length - from < ascii.length()) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (Character.toLowerCase((char) (bytes[from + k] & 0xFF)) != ascii.charAt(k)) {
                return false;
            }
        }
        int next = from + ascii.length();
        return next == bytes.length || bytes[next] == '>' || Character.isWhitespace(bytes[next]);
    }
}
