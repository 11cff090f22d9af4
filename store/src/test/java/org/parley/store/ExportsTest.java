package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;
import org.parley.model.QuadClass;

/** Every export format over the {@link History} database, read back. */
class ExportsTest {
    @TempDir
    Path dir;

    private EventStore store() {
        return History.stored(dir.resolve("h.duckdb"));
    }

    @Test
    void parquetReadsBackAsTheDatabase() throws Exception {
        Path out = dir.resolve("out/events.parquet");
        try (EventStore store = store()) {
            assertThat(new Exports(store).write(EventFilter.ALL, Exports.Format.PARQUET, out).written()).isEqualTo(60);
            List<String> stored = rows(store.connection(), "SELECT event_id || '|' || source || '|' || target || '|' "
                    + "|| code || '|' || goldstein || '|' || event_date || '|' || quad_class FROM events ORDER BY event_id");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
                List<String> read = rows(c, "SELECT event_id || '|' || source || '|' || target || '|' || code || '|' "
                        + "|| goldstein || '|' || event_date || '|' || quad_class FROM read_parquet('" + out
                        + "') ORDER BY event_id");
                assertThat(read).hasSize(60).isEqualTo(stored);
                assertThat(rows(c, "SELECT DISTINCT array_to_string(issues, ',') || ' ' || avg_tone FROM read_parquet('"
                        + out + "') WHERE code = '190' ORDER BY 1")).containsExactly("ARMED_CONFLICT -3.0",
                        "ARMED_CONFLICT 2.0");
            }
        }
    }

    @Test
    void csvHasAHeaderAndOneRowPerFilteredEvent() throws Exception {
        Path out = dir.resolve("events.csv");
        EventFilter strikes = new EventFilter(Optional.empty(), Optional.of("RUS"), Optional.empty(), false,
                Optional.of("19"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false);
        try (EventStore store = store()) {
            assertThat(new Exports(store).write(strikes, Exports.Format.CSV, out).written()).isEqualTo(12);
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo(Exports.COLUMNS.replace(", ", ","));
        assertThat(lines).hasSize(13);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(rows(c, "SELECT DISTINCT source || '>' || target || ' ' || code FROM read_csv('" + out + "')"))
                    .containsExactly("RUSMIL>UKR 190");
        }
    }

    @Test
    void gdeltLinesHaveTheSixtyOneFieldsFilled() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        try (EventStore store = store()) {
            assertThat(new Exports(store).write(EventFilter.ALL, Exports.Format.GDELT, out).written()).isEqualTo(60);
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(60);
        assertThat(GdeltWriter.FIELDS).hasSize(61);
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(61);
            for (String name : List.of("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "EventCode",
                    "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "SOURCEURL")) {
                assertThat(f[GdeltWriter.FIELDS.indexOf(name)]).as(name).isNotEmpty();
            }
            assertThat(f[GdeltWriter.FIELDS.indexOf("GLOBALEVENTID")]).matches("\\d+");
        }
        String[] first = lines.stream().filter(l -> l.contains("\t130\t")).findFirst().orElseThrow().split("\t", -1);
        assertThat(first[GdeltWriter.FIELDS.indexOf("SQLDATE")]).isEqualTo("20230710");
        assertThat(first[GdeltWriter.FIELDS.indexOf("Actor1Code")]).isEqualTo("CHNGOV");
        assertThat(first[GdeltWriter.FIELDS.indexOf("Actor1CountryCode")]).isEqualTo("CHN");
        assertThat(first[GdeltWriter.FIELDS.indexOf("Actor1Type1Code")]).isEqualTo("GOV");
        assertThat(first[GdeltWriter.FIELDS.indexOf("EventBaseCode")]).isEqualTo("130");
        assertThat(first[GdeltWriter.FIELDS.indexOf("EventRootCode")]).isEqualTo("13");
        assertThat(first[GdeltWriter.FIELDS.indexOf("QuadClass")]).isEqualTo("3");
        assertThat(first[GdeltWriter.FIELDS.indexOf("GoldsteinScale")]).isEqualTo("-4.4");
        assertThat(first[GdeltWriter.FIELDS.indexOf("SOURCEURL")]).isEqualTo("https://example.org/7");
        assertThat(first[GdeltWriter.FIELDS.indexOf("AvgTone")]).isEqualTo("-3.0000");
    }

    @Test
    void gdeltActionGeoComesFromTheGazetteer() throws Exception {
        Path out = dir.resolve("geo.gdelt.tsv");
        Event inCountry = new Event(Articles.RUSSIA, Articles.NATO, CameoCode.of("130"), "Threaten",
                QuadClass.VERBAL_CONFLICT, -4.4, "THREATEN", Modality.ASSERTED,
                Optional.of(EventDate.ofDay(java.time.LocalDate.of(2023, 6, 18))), "Malta, MLT", 0, 0, 5, "x", "x");
        try (EventStore store = EventStore.open(dir.resolve("geo.duckdb"))) {
            store.save(Articles.coded("Blinken visited Beijing.", List.of(Articles.visit(), inCountry)));
            new Exports(store).write(EventFilter.ALL, Exports.Format.GDELT, out);
        }
        Map<String, String[]> byCode = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out)) {
            String[] f = line.split("\t", -1);
            byCode.put(f[GdeltWriter.FIELDS.indexOf("EventCode")], f);
        }
        String[] visit = byCode.get("042");
        assertThat(visit[GdeltWriter.FIELDS.indexOf("ActionGeo_Type")]).isEqualTo("4");
        assertThat(visit[GdeltWriter.FIELDS.indexOf("ActionGeo_FullName")]).isEqualTo("Beijing, CHN");
        assertThat(visit[GdeltWriter.FIELDS.indexOf("ActionGeo_Lat")]).isEqualTo("39.9075");
        assertThat(visit[GdeltWriter.FIELDS.indexOf("ActionGeo_Long")]).isEqualTo("116.3972");
        String[] threat = byCode.get("130");
        assertThat(threat[GdeltWriter.FIELDS.indexOf("ActionGeo_Type")]).isEqualTo("1");
        assertThat(threat[GdeltWriter.FIELDS.indexOf("ActionGeo_Lat")]).isEmpty();
    }

    @Test
    void ploverRecordsCarryTypeActorsAndText() throws Exception {
        Path out = dir.resolve("events.plover.jsonl");
        try (EventStore store = store()) {
            new Exports(store).write(EventFilter.ALL.withDyad("USA", "CHN", false), Exports.Format.PLOVER, out);
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(36);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("event_type").asText()).isIn("CONSULT", "ACCUSE");
        assertThat(first.at("/attributes/ACTOR/0/country").asText()).isEqualTo("USA");
        assertThat(first.at("/attributes/ACTOR/0/code_1").asText()).isEqualTo("GOV");
        assertThat(first.at("/attributes/RECIP/0/country").asText()).isEqualTo("CHN");
        assertThat(first.get("event_text").asText()).isIn("visited", "accused");
        for (String line : lines) {
            JsonNode record = new ObjectMapper().readTree(line);
            String contexts = record.get("contexts").toString();
            assertThat(contexts).as(line).isEqualTo(record.get("event_type").asText().equals("CONSULT")
                    ? "[\"diplomatic\"]" : "[\"territory\"]");
        }
    }

    @Test
    void ploverContextsComeFromTheCodeAndTheIssues() throws Exception {
        Path out = dir.resolve("strikes.plover.jsonl");
        try (EventStore store = store()) {
            new Exports(store).write(EventFilter.ALL.withDyad("RUS", "UKR", false), Exports.Format.PLOVER, out);
        }
        JsonNode strike = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
        assertThat(strike.get("event_type").asText()).isEqualTo("ASSAULT");
        assertThat(strike.get("contexts").toString()).isEqualTo("[\"military\"]");
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
