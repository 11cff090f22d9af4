package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.EventDate;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.testing.Parses;
import org.parley.testing.RandomParses;

/**
 * Time expressions on the verb of "Russia attacked Ukraine ..." (token 1), parses copied from CoreNLP,
 * resolved against Wednesday 2023-06-21.
 */
class TimeExpressionsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 6, 21);
    private static final String[] HEAD = {
        "0 Russia Russia NNP LOCATION 1 nsubj",
        "1 attacked attack VBD O -1 root",
        "2 Ukraine Ukraine NNP LOCATION 1 obj"};

    /** The date on "attacked" in "Russia attacked Ukraine " + tail, tail rows numbered from 3. */
    private static Optional<EventDate> dateOf(LocalDate published, String tail, String... rows) {
        String[] all = new String[HEAD.length + rows.length];
        System.arraycopy(HEAD, 0, all, 0, HEAD.length);
        System.arraycopy(rows, 0, all, HEAD.length, rows.length);
        Sentence s = Parses.article(published.toString(), "Russia attacked Ukraine " + tail, all).sentences().get(0);
        return TimeExpressions.attachedTo(s, 1, published);
    }

    private static Optional<EventDate> dateOf(String tail, String... rows) {
        return dateOf(WEDNESDAY, tail, rows);
    }

    @Test
    void weekdayIsTheMostRecentOnOrBeforeTheArticleDate() {
        String[] onMonday = {"3 on on IN O 4 case", "4 Monday Monday NNP O 1 obl", "5 . . . O 1 punct"};
        assertThat(dateOf("on Monday.", onMonday)).contains(EventDate.ofDay(LocalDate.of(2023, 6, 19)));
        assertThat(dateOf(LocalDate.of(2023, 6, 19), "on Monday.", onMonday))
                .contains(EventDate.ofDay(LocalDate.of(2023, 6, 19)));
        assertThat(dateOf("late on Tuesday.", "3 late late RB O 5 advmod", "4 on on IN O 5 case",
                "5 Tuesday Tuesday NNP O 1 obl", "6 . . . O 1 punct"))
                .contains(EventDate.ofDay(LocalDate.of(2023, 6, 20)));
    }

    @Test
    void weekdayMorning() {
        assertThat(dateOf("on Friday morning.", "3 on on IN O 5 case", "4 Friday Friday NNP O 5 compound",
                "5 morning morning NN O 1 obl", "6 . . . O 1 punct"))
                .contains(EventDate.ofDay(LocalDate.of(2023, 6, 16)));
    }

    @Test
    void monthNames() {
        assertThat(dateOf("last November.", "3 last last JJ O 4 amod", "4 November November NNP O 1 obl:tmod",
                "5 . . . O 1 punct")).contains(EventDate.ofMonth(java.time.YearMonth.of(2022, 11)));
        assertThat(dateOf("on March 14.", "3 on on IN O 4 case", "4 March March NNP O 1 obl",
                "5 14 14 CD O 4 nummod", "6 . . . O 1 punct")).contains(EventDate.ofDay(LocalDate.of(2023, 3, 14)));
        assertThat(dateOf(LocalDate.of(2023, 2, 1), "on March 14.", "3 on on IN O 4 case",
                "4 March March NNP O 1 obl", "5 14 14 CD O 4 nummod", "6 . . . O 1 punct"))
                .contains(EventDate.ofDay(LocalDate.of(2022, 3, 14)));
        assertThat(dateOf("in May 2022.", "3 in in IN O 4 case", "4 May May NNP O 1 obl",
                "5 2022 2022 CD O 4 nummod", "6 . . . O 1 punct"))
                .contains(EventDate.ofMonth(java.time.YearMonth.of(2022, 5)));
    }

    @Test
    void relativeDays() {
        assertThat(dateOf("yesterday.", "3 yesterday yesterday NN O 1 obl:tmod", "4 . . . O 1 punct"))
                .contains(EventDate.ofDay(LocalDate.of(2023, 6, 20)));
        assertThat(dateOf("two days ago.", "3 two two CD O 4 nummod", "4 days day NNS O 5 obl:npmod",
                "5 ago ago RB O 1 advmod", "6 . . . O 1 punct")).contains(EventDate.ofDay(LocalDate.of(2023, 6, 19)));
    }

    @Test
    void yearsAndMonthsBack() {
        assertThat(dateOf("in 2022.", "3 in in IN O 4 case", "4 2022 2022 CD O 1 obl", "5 . . . O 1 punct"))
                .contains(EventDate.ofYear(2022));
        assertThat(dateOf("last year.", "3 last last JJ O 4 amod", "4 year year NN O 1 obl:tmod", "5 . . . O 1 punct"))
                .contains(EventDate.ofYear(2022));
        assertThat(dateOf("last month.", "3 last last JJ O 4 amod", "4 month month NN O 1 obl:tmod",
                "5 . . . O 1 punct")).contains(EventDate.ofMonth(java.time.YearMonth.of(2023, 5)));
        assertThat(dateOf("a year ago.", "3 a a DT O 4 det", "4 year year NN O 1 obl", "5 ago ago IN O 4 case",
                "6 . . . O 1 punct")).contains(EventDate.ofMonth(java.time.YearMonth.of(2022, 6)));
    }

    @Test
    void noTimeExpressionNoDate() {
        assertThat(dateOf("again.", "3 again again RB O 1 advmod", "4 . . . O 1 punct")).isEmpty();
        assertThat(dateOf("in Kyiv.", "3 in in IN O 4 case", "4 Kyiv Kyiv NNP LOCATION 1 obl", "5 . . . O 1 punct"))
                .isEmpty();
        Sentence dot = Parses.article("2023-06-21", ".", "0 . . . O -1 root").sentences().get(0);
        assertThat(TimeExpressions.attachedTo(dot, 0, WEDNESDAY)).isEmpty();
    }

    @Test
    void randomParsesNeverThrow() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            ParsedArticle pa = RandomParses.article(random);
            for (Sentence s : pa.sentences()) {
                for (int t = 0; t < s.size(); t++) {
                    int node = t;
                    assertThatCode(() -> TimeExpressions.attachedTo(s, node, WEDNESDAY))
                            .as(pa.article().text()).doesNotThrowAnyException();
                }
            }
        }
    }
}
