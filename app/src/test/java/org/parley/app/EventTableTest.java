package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Quote;

class EventTableTest {
    @Test
    void rendersHeaderAndSections() {
        String table = EventTable.render(CannedArticles.blinken(CannedArticles.article(Optional.of(LocalDate.of(2023, 6, 18)))));
        assertThat(table).startsWith("== Blinken in Beijing\n");
        assertThat(table).contains("date 2023-06-18", "url https://example.org/a", "source Reuters");
        assertThat(table).contains("Actors (2)", "Events (3)", "Quotes (2)", "Warnings", "pipeline note");
        assertThat(table).containsPattern("Antony Blinken +USAGOV +Antony Blinken +title");
        assertThat(table).containsPattern("USAGOV +CHN +042 +Make a visit +1 +\\+1\\.9 +asserted +2023-06-18 +CONSULT/visit +Beijing, CHN +0\\.50 +visited Beijing");
        assertThat(table).containsPattern("CHN +USAGOV +036 .* +hypothetical +2022-11");
        assertThat(table).containsPattern("CHN +USAGOV +190 .* -10\\.0 +negated +-");
        assertThat(table).contains("\u201CWe have no illusions about China,\u201D");
    }

    @Test
    void showsToneAndIssuesWithEvidence() {
        CodedArticle plain = CannedArticles.blinken(CannedArticles.article(Optional.of(LocalDate.of(2023, 6, 18))));
        org.parley.model.IssueTag taiwan = new org.parley.model.IssueTag("TAIWAN", "Taiwan", 0, 5, 11,
                "lexicon 'taiwan'");
        List<List<org.parley.model.IssueTag>> perEvent = new java.util.ArrayList<>();
        plain.events().forEach(e -> perEvent.add(List.of(taiwan)));
        CodedArticle coded = new CodedArticle(plain.article(), plain.mentions(), plain.events(), plain.quotes(),
                plain.warnings(), plain.unresolved(), new org.parley.model.Issues(List.of(taiwan), perEvent),
                new org.parley.model.Tone(-2.0, 3.0, 5.0, 8.0, 12.0, 1.5, 200));
        String table = EventTable.render(coded);
        assertThat(table).contains("tone -2.00  positive 3.00  negative 5.00  polarity 8.00  activity 12.00"
                + "  self/group 1.50  words 200");
        assertThat(table).contains("Issues (1)").containsPattern("TAIWAN +Taiwan +lexicon 'taiwan'");
        assertThat(table).containsPattern("visited Beijing.* +TAIWAN");
    }

    @Test
    void emptyArticleSaysNone() {
        String table = EventTable.render(CannedArticles.nothing(Article.of("", "Text.", "", "", Optional.empty())));
        assertThat(table).startsWith("== (untitled)\n");
        assertThat(table).contains("date unknown", "Actors (0)\n  none", "Events (0)\n  none", "Quotes (0)\n  none");
        assertThat(table).doesNotContain("Warnings");
    }

    @Test
    void longCellsAreCutAndLineBreaksFlattened() {
        String longQuote = "word ".repeat(100) + "\nend";
        Article article = Article.of("T", "Text.", "", "", Optional.empty());
        CodedArticle coded = new CodedArticle(article, List.of(), List.of(),
                List.of(new Quote(longQuote, 0, 5, 0, "Someone", Optional.empty())), List.of());
        String table = EventTable.render(coded);
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
        assertThat(table).contains("...").doesNotContain("\nend");
    }
}
