package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a PETRARCH/TABARI dictionary, with their 1-based line numbers: NUL characters
 * removed, comments cut ({@code #} or {@code ;} to the end of the line, {@code <!-- ... -->} also across
 * lines, any other line that begins with {@code <} such as {@code <Combine rule=...>}), blank lines
 * dropped. Reading stops at a {@code ---STOP---} line. Package-private helper of
 * {@link PetrarchDictionaries}.
 */
final class PetrarchLines {
    /** One content line: its number in the file and its text without comments, trimmed at the end. */
    record Line(int number, String text) {
    }

    private PetrarchLines() {
    }

    /**
     * Reads every content line of {@code in}.
     *
     * @throws UncheckedIOException if the reader fails
     */
    static List<Line> read(BufferedReader in) {
        List<Line> lines = new ArrayList<>();
        boolean inComment = false;
        boolean inCombineBlock = false;
        int number = 0;
        try {
            for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                number++;
                String text = raw.replace("\u0000", "").replace("\uFEFF", "");
                if (inComment) {
                    int close = text.indexOf("-->");
                    if (close < 0) {
                        continue;
                    }
                    inComment = false;
                    text = text.substring(close + 3);
                }
                int open = text.indexOf("<!--");
                while (open >= 0) {
                    int close = text.indexOf("-->", open + 4);
                    if (close < 0) {
                        inComment = true;
                        text = text.substring(0, open);
                        break;
                    }
                    text = text.substring(0, open) + text.substring(close + 3);
                    open = text.indexOf("<!--");
                }
                String trimmed = text.strip();
                if (trimmed.startsWith("---STOP---")) {
                    break;
                }
                if (trimmed.regionMatches(true, 0, "<CombineBlock", 0, 13)) {
                    inCombineBlock = true;
                    continue;
                }
                if (trimmed.regionMatches(true, 0, "</CombineBlock", 0, 14)) {
                    inCombineBlock = false;
                    continue;
                }
                if (inCombineBlock || trimmed.startsWith("<")) {
                    continue;
                }
                String content = stripComment(text).stripTrailing();
                if (!content.isBlank()) {
                    lines.add(new Line(number, content));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String stripComment(String text) {
        int hash = text.indexOf('#');
        int semicolon = text.indexOf(';');
        int cut = hash < 0 ? semicolon : semicolon < 0 ? hash : Math.min(hash, semicolon);
        return cut < 0 ? text : text.substring(0, cut);
    }
}
