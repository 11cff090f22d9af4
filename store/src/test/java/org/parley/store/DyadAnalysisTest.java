package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analytics.DyadEvent;
import org.parley.analytics.DyadMove;
import org.parley.analytics.Period;
import org.parley.analytics.SeriesPoint;
import org.parley.analytics.TurningPoint;

/** Dyad series, turning points and trends over a database built from {@link History}. */
class DyadAnalysisTest {
    @TempDir
    Path dir;

    private EventStore store() {
        return History.stored(dir.resolve("h.duckdb"));
    }

    @Test
    void monthlySeriesWithFiguresAndTheTurningPoint() {
        try (EventStore store = store()) {
            DyadReport r = new DyadAnalysis(store).report("usa", "CHN", true, Period.MONTH, Optional.empty(),
                    Optional.empty()).orElseThrow();
            assertThat(r.from()).isEqualTo(LocalDate.of(2023, 1, 10));
            assertThat(r.series().points()).hasSize(12);
            SeriesPoint jan = r.series().points().get(0);
            assertThat(jan.counts().quadCounts()).containsExactly(4, 0, 0, 0);
            assertThat(jan.counts().periodVolume()).isEqualTo(5);
            assertThat(jan.meanGoldstein().getAsDouble()).isCloseTo((3 * 1.9 + 2.8) / 4, within(1e-9));
            assertThat(jan.index().getAsDouble()).isEqualTo(1.0);
            assertThat(jan.perThousand()).isCloseTo(800.0, within(1e-9));
            SeriesPoint dec = r.series().points().get(11);
            assertThat(dec.counts().quadCounts()).containsExactly(0, 0, 4, 0);
            assertThat(dec.netPerThousand()).isCloseTo(-800.0, within(1e-9));

            assertThat(r.turningPoints()).hasSize(1);
            TurningPoint tp = r.turningPoints().get(0);
            assertThat(tp.start()).isEqualTo(LocalDate.of(2023, 7, 1));
            assertThat(tp.direction()).isEqualTo("deterioration");
            assertThat(tp.before()).isEqualTo(1.0);
            assertThat(tp.after()).isEqualTo(-1.0);
            assertThat(tp.topEvents()).extracting(DyadEvent::code).containsExactly("130", "130", "130");
            assertThat(tp.topEvents()).extracting(DyadEvent::date).containsExactly(LocalDate.of(2023, 7, 10),
                    LocalDate.of(2023, 8, 10), LocalDate.of(2023, 9, 10));
            assertThat(tp.topEvents().get(0).evidence()).isEqualTo("threatened");
            assertThat(tp.issues()).containsExactly(new TurningPoint.IssueCount("TAIWAN", 12));
            assertThat(tp.topEvents().get(0).issues()).containsExactly("TAIWAN");
        }
    }

    @Test
    void periodVolumesFollowNewArticles() {
        try (EventStore store = store()) {
            DyadAnalysis analysis = new DyadAnalysis(store);
            Optional<LocalDate> jan = Optional.of(LocalDate.of(2023, 1, 1));
            Optional<LocalDate> janEnd = Optional.of(LocalDate.of(2023, 1, 31));
            assertThat(analysis.report("USA", "CHN", true, Period.MONTH, jan, janEnd).orElseThrow().series().points()
                    .get(0).counts().periodVolume()).isEqualTo(5);
            org.parley.model.CodedArticle extra = History.year().get(0);
            org.parley.model.Article moved = org.parley.model.Article.of("extra", extra.article().text() + " Again.",
                    "", "", Optional.of(LocalDate.of(2023, 1, 20)));
            store.save(new org.parley.model.CodedArticle(moved, List.of(), List.of(new org.parley.model.Event(
                    History.USA, new org.parley.model.Actor("FRAGOV", "Paris"), org.parley.model.CameoCode.of("040"),
                    "Consult", org.parley.model.QuadClass.VERBAL_COOPERATION, 1.0, "CONSULT",
                    org.parley.model.Modality.ASSERTED, Optional.of(org.parley.model.EventDate.ofDay(
                    LocalDate.of(2023, 1, 20))), "", 0, 0, 5, "Month", "met")), List.of(), List.of()));
            assertThat(analysis.report("USA", "CHN", true, Period.MONTH, jan, janEnd).orElseThrow().series().points()
                    .get(0).counts().periodVolume()).as("the cached volume is recounted").isEqualTo(6);
        }
    }

    @Test
    void oneDirectionAndFullCodes() {
        try (EventStore store = store()) {
            DyadReport r = new DyadAnalysis(store).report("CHNGOV", "USA", false, Period.MONTH, Optional.empty(),
                    Optional.empty()).orElseThrow();
            assertThat(r.series().points().get(0).counts().quadCounts()).containsExactly(1, 0, 0, 0);
            assertThat(new DyadAnalysis(store).report("FRA", "DEU", false, Period.MONTH, Optional.empty(),
                    Optional.empty())).isEmpty();
        }
    }

    @Test
    void weeklySeriesCountsOnlyTheRange() {
        try (EventStore store = store()) {
            DyadReport r = new DyadAnalysis(store).report("USA", "CHN", true, Period.WEEK,
                    Optional.of(LocalDate.of(2023, 3, 1)), Optional.of(LocalDate.of(2023, 3, 31))).orElseThrow();
            assertThat(r.series().points()).extracting(SeriesPoint::start).first()
                    .isEqualTo(LocalDate.of(2023, 2, 27));
            assertThat(r.series().points().stream().mapToLong(p -> p.counts().total()).sum()).isEqualTo(4);
        }
    }

    @Test
    void badInputIsAClearError() {
        try (EventStore store = store()) {
            DyadAnalysis a = new DyadAnalysis(store);
            assertThatThrownBy(() -> a.report("U5A", "CHN", false, Period.DAY, Optional.empty(), Optional.empty()))
                    .hasMessageContaining("unknown actor code format 'U5A'");
            assertThatThrownBy(() -> a.report("USA", "CHN", false, Period.DAY, Optional.of(LocalDate.of(2023, 5, 1)),
                    Optional.of(LocalDate.of(2023, 4, 1)))).hasMessageContaining("after");
        }
    }

    @Test
    void trendsCompareTwoWindows() {
        try (EventStore store = store()) {
            List<DyadMove> moves = new Relations(store).moves(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
            DyadMove usaChn = moves.stream().filter(m -> m.dyad().equals("USA-CHN")).findFirst().orElseThrow();
            assertThat(usaChn.eventsBefore()).isEqualTo(18);
            assertThat(usaChn.eventsAfter()).isEqualTo(18);
            assertThat(usaChn.change()).isEqualTo(-2.0);
            assertThat(usaChn.goldsteinAfter()).isCloseTo(-2.0, within(1e-9));
            DyadMove rusUkr = moves.stream().filter(m -> m.dyad().equals("RUS-UKR")).findFirst().orElseThrow();
            assertThat(rusUkr.change()).isZero();
        }
    }
}
