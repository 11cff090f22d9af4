package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.IssueTag;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Tone;

/**
 * A coded article as a plain-text report for a terminal: a header (title, id, date, url, source), a tone line,
 * then the sections Actors, Events (with each event's issue codes), Quotes and Issues (code, evidence, rule) as
 * aligned columns, then unresolved people and any warnings. Long cells are
 * cut to a column's width with "..." so a row stays readable at about 160 characters; line breaks
 * inside cells become spaces.
 */
public final class EventTable {
    private EventTable() {
    }

    /** The report for one article, lines separated by '\n', ending with a newline. */
    public static String render(CodedArticle coded) {
        Article a = coded.article();
        StringBuilder out = new StringBuilder();
        out.append("== ").append(a.title().isBlank() ? "(untitled)" : clean(a.title())).append('\n');
        out.append("id ").append(a.id())
                .append("  date ").append(a.published().map(Object::toString).orElse("unknown"));
        if (!a.url().isBlank()) {
            out.append("  url ").append(clean(a.url()));
        }
        if (!a.source().isBlank()) {
            out.append("  source ").append(clean(a.source()));
        }
        out.append('\n');
        Tone t = coded.tone();
        out.append(String.format(Locale.ROOT, "tone %+.2f  positive %.2f  negative %.2f  polarity %.2f  activity %.2f"
                + "  self/group %.2f  words %d%n", t.tone(), t.positive(), t.negative(), t.polarity(), t.activity(),
                t.selfGroup(), t.wordCount()));

        List<List<String>> actors = new ArrayList<>();
        for (Mention m : coded.mentions()) {
            actors.add(List.of(m.text(), m.actor().code(), m.actor().name(), m.evidence()));
        }
        section(out, "Actors", List.of("MENTION", "CODE", "ACTOR", "EVIDENCE"), new int[] {28, 12, 24, 60}, actors);

        List<List<String>> events = new ArrayList<>();
        for (int i = 0; i < coded.events().size(); i++) {
            Event e = coded.events().get(i);
            String issues = String.join(",", coded.issues().codesOfEvent(i));
            events.add(List.of(e.source().code(), e.target().code(), e.code().value(), e.name(),
                    Integer.toString(e.quadClass().number()), String.format(Locale.ROOT, "%+.1f", e.goldstein()),
                    e.modality().label(), e.date().map(Object::toString).orElse("-"),
                    e.plover().isEmpty() ? "-" : e.plover(), e.location().isEmpty() ? "-" : e.location(),
                    String.format(Locale.ROOT, "%.2f", e.confidence()), e.evidence(), issues.isEmpty() ? "-" : issues));
        }
        section(out, "Events", List.of("SOURCE", "TARGET", "CODE", "NAME", "QUAD", "GOLDSTEIN", "MODALITY", "DATE",
                "PLOVER", "PLACE", "CONF", "EVIDENCE", "ISSUES"),
                new int[] {12, 12, 4, 28, 4, 9, 12, 10, 18, 18, 4, 56, 40}, events);

        List<List<String>> quotes = new ArrayList<>();
        for (Quote q : coded.quotes()) {
            quotes.add(List.of(q.speakerName().isBlank() ? "?" : q.speakerName(),
                    q.speaker().map(s -> s.code()).orElse("-"), "\u201C" + q.text() + "\u201D"));
        }
        section(out, "Quotes", List.of("SPEAKER", "CODE", "QUOTE"), new int[] {24, 12, 100}, quotes);

        List<List<String>> issues = new ArrayList<>();
        for (IssueTag tag : coded.issues().article()) {
            issues.add(List.of(tag.code(), tag.evidence(), tag.rule()));
        }
        section(out, "Issues", List.of("ISSUE", "EVIDENCE", "RULE"), new int[] {22, 50, 70}, issues);

        if (!coded.unresolved().isEmpty()) {
            out.append("\nUnresolved people (named, but no title, table row or antecedent gives a code)\n");
            coded.unresolved().forEach(u -> out.append("  ").append(clean(u.text())).append('\n'));
        }
        if (!coded.warnings().isEmpty()) {
            out.append("\nWarnings\n");
            coded.warnings().forEach(w -> out.append("  ").append(clean(w)).append('\n'));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> header, int[] maxWidths,
                                List<List<String>> rows) {
        out.append('\n').append(title).append(" (").append(rows.size()).append(")\n");
        if (rows.isEmpty()) {
            out.append("  none\n");
            return;
        }
        int[] widths = new int[header.size()];
        List<List<String>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cut = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cut.add(cut(clean(row.get(i)), maxWidths[i]));
            }
            cells.add(cut);
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, header, widths);
        cells.forEach(row -> line(out, row, widths));
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3) + "...";
    }
}
