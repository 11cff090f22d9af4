package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;

/** Finds the character spans between matching double quote marks. */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * Spans of quoted text, without the marks: curly “ ” pairs (which may run over several paragraphs) and
     * straight " pairs within one paragraph; an unclosed mark is ignored.
     *
     * @return {begin, end} character offsets, in text order, never empty spans
     */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && opener == '"') {
                open = -1;
                opener = 0;
            } else if (c == '\u201C' && open < 0) {
                open = i + 1;
                opener = c;
            } else if (c == '\u201D' && opener == '\u201C') {
                add(out, open, i);
                open = -1;
                opener = 0;
            } else if (c == '"') {
                if (open < 0) {
                    open = i + 1;
                    opener = c;
                } else if (opener == '"') {
                    add(out, open, i);
                    open = -1;
                    opener = 0;
                }
            }
        }
        return out;
    }

    private static void add(List<int[]> out, int begin, int end) {
        if (end > begin) {
            out.add(new int[] {begin, end});
        }
    }
}
