package org.parley.app;

import java.util.List;

/** Aligned text columns for the listing commands: a header row, then one row per item, cells padded to width. */
final class TextTable {
    private TextTable() {
    }

    /** The table, lines ending in '\n'; "(none)" when there are no rows. Line breaks in cells become spaces. */
    static String render(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "(none)\n";
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], clean(row.get(i)).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        rows.forEach(r -> line(out, r, width));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = clean(cells.get(i));
            line.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(width[i] - c.length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
