package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;
import org.parley.model.Quote;
import org.parley.store.EventStore;

/**
 * dyad, trends, export, quotes and actors over a database of hand-made events: eight weekly articles from March
 * 2024, US-China meetings (040, +1.0) in the first four and US-China accusations (112, -2.0) with a Chinese
 * military show of force (150, -7.2) in the last four.
 */
class AnalyticsCommandsTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void build() {
        db = dir.resolve("a.duckdb");
        Actor usa = new Actor("USAGOV", "Jake Sullivan");
        Actor chn = new Actor("CHNGOV", "Wang Yi");
        Actor pla = new Actor("CHNMIL", "the PLA");
        try (EventStore store = EventStore.open(db)) {
            for (int w = 0; w < 8; w++) {
                LocalDate day = LocalDate.of(2024, 3, 4).plusWeeks(w);
                boolean calm = w < 4;
                String text = calm ? "Sullivan met Wang in week " + w + ". \"We talked,\" Sullivan said."
                        : "Sullivan accused Wang in week " + w + ". The PLA sailed warships near Taiwan.";
                List<Event> events = new ArrayList<>();
                events.add(event(usa, chn, calm ? "040" : "112", calm ? 1.0 : -2.0, day, text,
                        calm ? "met" : "accused", calm ? "CONSULT" : "ACCUSE"));
                if (!calm) {
                    events.add(event(pla, usa, "150", -7.2, day, text, "sailed", "MOBILIZE"));
                }
                List<Quote> quotes = calm ? List.of(new Quote("We talked,", text.indexOf("We"),
                        text.indexOf("We") + 10, 1, "Jake Sullivan", Optional.of(usa))) : List.of();
                store.save(new CodedArticle(Article.of("Week " + w, text, "https://example.org/w" + w, "example",
                        Optional.of(day)), List.of(), events, quotes, List.of()));
            }
        }
    }

    private static Event event(Actor source, Actor target, String code, double goldstein, LocalDate day, String text,
                               String trigger, String plover) {
        CameoCode c = CameoCode.of(code);
        int start = text.indexOf(trigger);
        return new Event(source, target, c, "name " + code, c.quadClass(), goldstein, plover, Modality.ASSERTED,
                Optional.of(EventDate.ofDay(day)), "", 0, start, start + trigger.length(), trigger, trigger);
    }

    @Test
    void dyadShowsPeriodsFiguresAndTheTurningPointWithItsEvents() {
        Run run = Run.of(new DyadCommand(), "USA", "CHN", "--both-directions", "--by", "week", "--db", db.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("USA <-> CHN by week, 2024-03-04..2024-04-22");
        assertThat(lines[1]).containsPattern("PERIOD +Q1 +Q2 +Q3 +Q4 +EVENTS +GOLDSTEIN +INDEX");
        assertThat(lines[2]).containsPattern("2024-03-04 +1 +0 +0 +0 +1 +1\\.00 +1\\.00 +1000\\.00 +1000\\.00 +1");
        assertThat(lines[9]).containsPattern("2024-04-22 +0 +0 +1 +1 +2 +-4\\.60 +-1\\.00");
        assertThat(run.out()).contains("Turning points (PELT on the index; 1)")
                .contains("2024-04-01  deterioration: index +1.00 -> -1.00")
                .containsPattern("2024-04-01  CHNMIL -> USAGOV  150  -7\\.2  \"sailed\"");
    }

    @Test
    void dyadAsJsonAndCsv() throws Exception {
        Run json = Run.of(new DyadCommand(), "USA", "CHN", "--both-directions", "--by", "week", "--format", "json",
                "--db", db.toString());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("points")).hasSize(8);
        assertThat(root.at("/turning_points/0/start").asText()).isEqualTo("2024-04-01");
        assertThat(root.at("/turning_points/0/top_events/0/code").asText()).isEqualTo("150");
        Run csv = Run.of(new DyadCommand(), "USA", "CHN", "--both-directions", "--by", "week", "--format", "csv",
                "--db", db.toString());
        assertThat(csv.out().split("\n")).hasSize(9);
        assertThat(csv.out()).contains("2024-04-01,0,0,1,1,2,-4.60,-1.00,1000.00,-1000.00,2,deterioration");
    }

    @Test
    void dyadPlotsPngAndSvg() throws Exception {
        for (String ext : List.of("png", "svg")) {
            Path plot = dir.resolve("chart." + ext);
            Run run = Run.of(new DyadCommand(), "USA", "CHN", "--both-directions", "--by", "week", "--db",
                    db.toString(), "--plot", plot.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Files.size(plot)).isGreaterThan(1000);
        }
        assertThat(new String(Files.readAllBytes(dir.resolve("chart.svg")))).contains("<svg");
    }

    @Test
    void userErrorsAreOneLine() {
        Run badCode = Run.of(new DyadCommand(), "U2A", "CHN", "--db", db.toString());
        assertThat(badCode.exit()).isEqualTo(1);
        assertThat(badCode.err().strip()).isEqualTo("parley dyad: unknown actor code format 'U2A' (want a country "
                + "such as USA, a full code such as USAGOV, or an IGO code such as IGONATO)");
        Run backwards = Run.of(new DyadCommand(), "USA", "CHN", "--from", "2024-05-01", "--to", "2024-04-01", "--db",
                db.toString());
        assertThat(backwards.err().strip()).isEqualTo("parley dyad: --from 2024-05-01 is after --to 2024-04-01");
        Run period = Run.of(new DyadCommand(), "USA", "CHN", "--by", "year", "--db", db.toString());
        assertThat(period.err()).contains("not a period (day, week or month): 'year'");
        Run plot = Run.of(new DyadCommand(), "USA", "CHN", "--plot", dir.resolve("x.gif").toString(), "--db",
                db.toString());
        assertThat(plot.exit()).isEqualTo(1);
        assertThat(plot.err()).contains("--plot wants a .png or .svg file");
        Run missing = Run.of(new DyadCommand(), "USA", "CHN", "--db", dir.resolve("none.duckdb").toString());
        assertThat(missing.err()).startsWith("parley dyad: no database at");
        assertThat(Run.of(new DyadCommand(), "FRA", "DEU", "--db", db.toString()).out()).startsWith("no events");
    }

    @Test
    void trendsRankTheDyadThatTurned() {
        Run run = Run.of(new TrendsCommand(), "--from", "2024-04-01", "--to", "2024-04-28", "--min-events", "1",
                "--db", db.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().split("\n")[2]).containsPattern("USA-CHN +-2\\.00 +\\+1\\.00 -> -1\\.00");
    }

    @Test
    void exportGdeltAndFilters() throws Exception {
        Path out = dir.resolve("e.tsv");
        Run run = Run.of(new ExportCommand(), "--format", "gdelt", "--out", out.toString(), "--db", db.toString(),
                "--plover", "mobilize");
        assertThat(run.out().strip()).isEqualTo("parley export: 4 events to " + out + " (gdelt)");
        assertThat(Files.readAllLines(out)).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        Run bad = Run.of(new ExportCommand(), "--format", "xml", "--out", out.toString(), "--db", db.toString());
        assertThat(bad.exit()).isEqualTo(2);
        Run quad = Run.of(new ExportCommand(), "--format", "csv", "--out", out.toString(), "--db", db.toString(),
                "--quad", "7");
        assertThat(quad.err().strip()).isEqualTo("parley export: QuadClass must be 1-4: 7");
    }

    @Test
    void eventsQuotesAndActors() {
        Run events = Run.of(new EventsCommand(), "--db", db.toString(), "--root", "15", "--from", "2024-04-08");
        assertThat(events.out().split("\n")).hasSize(4);
        Run text = Run.of(new EventsCommand(), "--db", db.toString(), "--text", "ACCUSED", "--quad", "3");
        assertThat(text.out().split("\n")).hasSize(5);
        Run quotes = Run.of(new QuotesCommand(), "--db", db.toString(), "--speaker", "sullivan");
        assertThat(quotes.out().split("\n")).hasSize(5);
        assertThat(quotes.out()).containsPattern("2024-03-25 +Jake Sullivan +USAGOV +\u201CWe talked,\u201D");
        Run actors = Run.of(new ActorsCommand(), "--db", db.toString(), "--limit", "2");
        assertThat(actors.out().split("\n")[1]).containsPattern("USAGOV +12 +8 +4 +-0\\.50");
    }
}
