package org.parley.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dyad series figures, periods, turning points and trends on hand-made counts and events. */
class DyadSeriesTest {
    private static final LocalDate JAN = LocalDate.of(2023, 1, 1);

    @Test
    void figuresOfOnePeriod() {
        SeriesPoint p = DyadSeries.point(new PeriodCounts(JAN, new long[] {3, 1, 2, 0}, 3 * 1.9 + 7.4 - 2 * 2.0, 200));
        assertThat(p.counts().total()).isEqualTo(6);
        assertThat(p.meanGoldstein().getAsDouble()).isCloseTo((5.7 + 7.4 - 4.0) / 6, within(1e-12));
        assertThat(p.index().getAsDouble()).isCloseTo((4 - 2) / 6.0, within(1e-12));
        assertThat(p.perThousand()).isCloseTo(30.0, within(1e-12));
        assertThat(p.netPerThousand()).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void emptyPeriodsAreFilledAndHaveNoIndex() {
        DyadSeries s = DyadSeries.of(Period.MONTH, JAN, LocalDate.of(2023, 3, 31),
                List.of(new PeriodCounts(LocalDate.of(2023, 2, 1), new long[] {0, 0, 1, 1}, -12, 10)));
        assertThat(s.points()).extracting(SeriesPoint::start)
                .containsExactly(JAN, LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1));
        assertThat(s.points().get(0).index()).isEmpty();
        assertThat(s.points().get(1).index().getAsDouble()).isEqualTo(-1.0);
        assertThat(s.observed().positions()).containsExactly(1);
    }

    @Test
    void periodsStartOnMondaysAndFirstDays() {
        assertThat(Period.WEEK.start(LocalDate.of(2023, 6, 18))).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(Period.MONTH.start(LocalDate.of(2023, 6, 18))).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(Period.WEEK.count(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31))).isEqualTo(522);
        assertThatThrownBy(() -> Period.parse("fortnight")).hasMessageContaining("'fortnight'");
        assertThatThrownBy(() -> DyadSeries.of(Period.DAY, LocalDate.of(2023, 2, 1), JAN, List.of()))
                .hasMessageContaining("after");
        assertThatThrownBy(() -> DyadSeries.of(Period.MONTH, JAN, JAN,
                List.of(PeriodCounts.empty(LocalDate.of(2023, 1, 5))))).hasMessageContaining("does not start");
    }

    @Test
    void turningPointWithItsIssuesAndTopEvents() {
        List<PeriodCounts> counts = new ArrayList<>();
        List<DyadEvent> events = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            LocalDate start = JAN.plusMonths(m);
            boolean bad = m >= 6;
            counts.add(new PeriodCounts(start, bad ? new long[] {1, 0, 3, 1} : new long[] {4, 1, 0, 0},
                    bad ? -20 : 15, 100));
            events.add(new DyadEvent("e" + m, start.plusDays(3), "USAGOV", "CHNGOV", bad ? "112" : "042",
                    bad ? 3 : 1, bad ? -2.0 - m / 10.0 : 1.9, 1, "evidence " + m,
                    bad ? List.of("TAIWAN", "ESPIONAGE") : List.of("DIPLOMATIC_RELATIONS")));
        }
        events.add(new DyadEvent("e6b", JAN.plusMonths(6).plusDays(9), "CHNGOV", "USAGOV", "130", 3, -4.4, 5,
                "threat", List.of("TAIWAN")));
        DyadSeries s = DyadSeries.of(Period.MONTH, JAN, LocalDate.of(2023, 12, 31), counts);
        List<TurningPoint> tps = new TurningPoints(ChangePoints.standard()).find(s, events);
        assertThat(tps).hasSize(1);
        TurningPoint tp = tps.get(0);
        assertThat(tp.start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(tp.direction()).isEqualTo("deterioration");
        assertThat(tp.before()).isCloseTo(1.0, within(1e-12));
        assertThat(tp.after()).isCloseTo(-0.6, within(1e-12));
        assertThat(tp.issues()).containsExactly(new TurningPoint.IssueCount("TAIWAN", 4),
                new TurningPoint.IssueCount("ESPIONAGE", 3));
        assertThat(tp.topEvents()).extracting(DyadEvent::id).containsExactly("e6b", "e8", "e7");
    }

    @Test
    void trendsRankBySwingTimesEvidence() {
        List<DyadMove> moves = List.of(
                new DyadMove("USA-CHN", 100, 120, 0.5, -0.2, 2, -1),
                new DyadMove("FRA-DEU", 2, 2, 1.0, -1.0, 3, -3),
                new DyadMove("RUS-UKR", 50, 60, -0.9, -0.8, -6, -6),
                new DyadMove("IND-PAK", 1, 30, 0.0, -1.0, 0, -8));
        assertThat(Trends.rank(moves, 2, 10)).extracting(DyadMove::dyad)
                .containsExactly("USA-CHN", "FRA-DEU", "RUS-UKR");
        assertThat(Trends.rank(moves, 2, 1)).hasSize(1);
        assertThatThrownBy(() -> Trends.rank(moves, 0, 1)).hasMessageContaining("0");
    }
}
