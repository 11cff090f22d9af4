package org.parley.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.app.eval.ClassAccuracy.LabelledCase;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.Modality;

class PeerGoldTest {
    /** Written in the schema of shared/data/petrarch2-unittest/SOURCE.md (expected.jsonl). */
    private static final String PETRARCH = """
            {"id": "AFP_1", "category": "AFP", "date": "20080806", "evaluate": true, "text": "Brazil and the \
            United States will deepen energy ties.", "expected": {"noevents": false, "errors": [], "events": \
            [{"source": "BRA", "target": "USA", "code": "031"}, {"source": "USA", "target": "BRA", "code": "031"}]}}
            {"id": "AFP_2", "date": "121108", "text": "Police in Kabul arrested a Pakistani national.", \
            "expected": {"noevents": false, "errors": [], "events": [{"source": "---COP", "target": "PAK", \
            "code": "173"}, {"source": "AFGCOP", "target": "PAK", "code": "173"}, {"source": "AFGCOP", \
            "target": "PAK", "code": "173"}]}}
            {"id": "NEG_1", "date": "20150609", "evaluate": true, "text": "France did not meet Chad.", \
            "expected": {"noevents": true, "errors": [], "events": []}}
            {"id": "ERR_1", "date": "20150609", "text": "Dateline only", "expected": {"noevents": false, \
            "errors": ["dateline"], "events": []}}
            {"id": "OFF_1", "date": "20150609", "evaluate": false, "text": "Not scored.", "expected": \
            {"events": [{"source": "FRA", "target": "TCD", "code": "040"}]}}
            {"id": "UNK_1", "date": "20150609", "text": "The injury toll rose.", "expected": {"events": \
            [{"source": "\\"INJURY TOLL\\"", "target": "GON", "code": "174K"}]}}
            {"id": "AFP_1", "date": "20080806", "text": "The UN envoy met EU ministers.", "expected": {"events": \
            [{"source": "IGOUNOMIL", "target": "IGOEUREEC", "code": "040"}]}}
            """;

    private static final String PLOVER_TABLE = """
            # CAMEO to PLOVER (a few lines in the format of CAMEO2PLOVER-2021.txt)
            03: AGREE
            036: AGREE,  , diplomatic # Express intent to meet or negotiate
            08: CONCEDE
            08: RETREAT
            081: CONCEDE, , # Ease administrative sanctions
            087: RETREAT, , military # De-escalate military engagement
            10: REQUEST
            100: REQUEST, , # Demand, not specified below
            14: PROTEST
            141: PROTEST, demo, # Demonstrate or rally
            17: COERCE
            173: COERCE, , # Arrest, detain
            18: ASSAULT
            180: ASSAULT, , # Use unconventional violence
            """;

    /** Written in the format of shared/data/plover/SOURCE.md (PLOVER_GSR_CAMEO.json). */
    private static final String PLOVER = """
            [{"id": "DOC-0001", "event": "DOCUMENT", "eventText": "header"},
             {"id": "P-AGREE-1", "date": "2000-01-01", "event": "AGREE", "text": "Greek and Turkish officials agreed \
            to hold talks.", "source": [{"actorText": "Greek", "code": "GRC", "sector": "GOV"}, {"actorText": \
            "Turkish", "code": "TUR", "sector": "GOV"}]},
             {"id": "P-DEMAND-1", "date": "2000-01-01", "event": "DEMAND", "text": "Kurdish villagers demanded \
            that Japan send aid.", "source": [{"actorText": "Kurdish villagers", "code": "IRQ", "sector": "CVLkur"}], \
            "target": [{"actorText": "Japan", "code": "JAP", "sector": "***"}]},
             {"id": "P-COERCE-1", "date": "2000-01-01", "event": "COERCE", "text": "U.N. troops detained a \
            militia leader.", "source": [{"actorText": "U.N. troops", "code": "IGO", "sector": "MIL"}], \
            "target": [{"actorText": "militia leader", "code": "COD", "sector": "REB"}]},
             {"id": "P-PROTEST-1", "date": "2000-01-01", "event": "PROTEST", "text": "Thousands marched in \
            Paris.", "source": [{"actorText": "Thousands", "code": "FRA", "sector": "CVL"}], "target": ""},
             {"id": "P-DEMAND-2", "date": "2000-01-01", "event": "DEMAND", "text": "Amnesty International urged \
            Chile to free prisoners.", "source": [{"actorText": "Amnesty International", "code": "IGO"}], \
            "target": [{"actorText": "Chile", "code": "CHL"}]}]
            """;

    /** Written in the format of shared/data/conflibert-cameo/SOURCE.md (cameo_class_test.tsv). */
    private static final String CONFLIBERT = "Germany invaded France.\t4\n"
            + "Chile and Peru signed a trade deal.\t1\n\n"
            + "Rebels attacked a convoy near Goma.\t4\n";

    @Test
    void petrarchTriplesBecomeRequiredEventsWithOneCode() throws Exception {
        PeerGold.Converted c = PetrarchGold.read(PETRARCH, "sample.jsonl");

        assertThat(c.cases()).extracting(GoldCase::id).containsExactly("AFP_1", "AFP_2", "NEG_1", "AFP_1~2");
        GoldCase first = c.cases().get(0);
        assertThat(first.date()).contains(LocalDate.of(2008, 8, 6));
        assertThat(first.events()).extracting(GoldEvent::describe).containsExactly("BRA->USA 031", "USA->BRA 031");
        assertThat(first.events()).allMatch(e -> !e.optional());
        assertThat(first.actors()).isEmpty();
        assertThat(first.quotes()).isEmpty();
        // '---COP' has no country: left out; the duplicate triple counts once; a bad date takes the record before's
        GoldCase second = c.cases().get(1);
        assertThat(second.events()).extracting(GoldEvent::describe).containsExactly("AFGCOP->PAK 173");
        assertThat(second.date()).contains(LocalDate.of(2008, 8, 6));
        assertThat(c.cases().get(2).events()).isEmpty();
        assertThat(c.cases().get(3).events()).extracting(GoldEvent::describe).containsExactly("IGOUNO->IGOEU 040");
        assertThat(c.summary()).contains("7 records -> 4 cases, 4 required events")
                .contains("left out 1 events with a side of no country (---)")
                .contains("left out 1 records expecting a rejection")
                .contains("left out 1 records with evaluate=false")
                .contains("left out 1 records all of whose events were left out");
        assertThat(c.labelled()).isEmpty();
    }

    @Test
    void petrarchDatesAreLenient() {
        assertThat(PetrarchGold.date("20150609")).contains(LocalDate.of(2015, 6, 9));
        assertThat(PetrarchGold.date("121108")).isEmpty();
        assertThat(PetrarchGold.date("20151399")).isEmpty();
        assertThat(PetrarchGold.date("")).isEmpty();
    }

    @Test
    void badPetrarchLineNamesTheLine() {
        assertThatThrownBy(() -> PetrarchGold.read("{\"id\": \"a\", \"text\": \"x\"}\n{oops\n", "f.jsonl"))
                .isInstanceOf(GoldFileException.class).hasMessageStartingWith("f.jsonl:2: not JSON");
    }

    @Test
    void ploverRecordsGiveEventsWithTheCodesOfTheirTodayCategory() throws Exception {
        PeerGold.Converted c = PloverGold.read(PLOVER, PLOVER_TABLE, "plover.json");

        assertThat(c.labelled()).extracting(LabelledCase::label)
                .containsExactly("AGREE", "DEMAND", "COERCE", "PROTEST", "DEMAND");
        assertThat(c.labelled().get(1).accepted()).containsExactly("REQUEST");
        assertThat(c.labelled().get(2).accepted()).containsExactlyInAnyOrder("COERCE", "ASSAULT");
        assertThat(c.cases()).extracting(GoldCase::id).containsExactly("P-AGREE-1", "P-DEMAND-1", "P-COERCE-1");
        // two sources, no target: reciprocal, both directions required
        assertThat(c.cases().get(0).events()).extracting(GoldEvent::describe)
                .containsExactly("GRCGOV->TURGOV 03|036", "TURGOV->GRCGOV 03|036");
        // sector's first three capitals; '***' dropped; JAP read as JPN
        assertThat(c.cases().get(1).events()).extracting(GoldEvent::describe)
                .containsExactly("IRQCVL->JPN 10|100");
        // IGO by name; COERCE accepts COERCE and ASSAULT codes
        assertThat(c.cases().get(2).events()).extracting(GoldEvent::describe)
                .containsExactly("IGOUNO->CODREB 17|173|18|180");
        assertThat(c.cases().get(0).date()).isEmpty();
        assertThat(c.summary()).contains("5 records with a category; 3 cases, 4 required events")
                .contains("left out 1 records without a target")
                .contains("left out 1 events with an actor of no CAMEO code");
    }

    @Test
    void ploverCategoryOfAPredictedEventComesFromTheTable() {
        ClassAccuracy categories = PloverGold.categories(PLOVER_TABLE);
        LabelledCase demand = new LabelledCase("d", Optional.empty(), "x", "DEMAND", Set.of("REQUEST"));
        LabelledCase retreat = new LabelledCase("r", Optional.empty(), "x", "RETREAT", Set.of("RETREAT"));

        ClassAccuracy.Result r = categories.score(List.of(
                new ClassAccuracy.Coded(demand, coded(event("1002", Modality.ASSERTED))),
                new ClassAccuracy.Coded(retreat, coded(event("081", Modality.ASSERTED)))));

        assertThat(r.first()).isEqualTo(new Ratio(1, 2));
        assertThat(r.confusion()).containsEntry("RETREAT>CONCEDE", 1);
    }

    @Test
    void conflibertLinesBecomeLabelledSentences() throws Exception {
        PeerGold.Converted c = ConflibertGold.read(CONFLIBERT, "test.tsv");

        assertThat(c.cases()).isEmpty();
        assertThat(c.labelled()).extracting(LabelledCase::id)
                .containsExactly("conflibert-1", "conflibert-2", "conflibert-4");
        assertThat(c.labelled()).extracting(LabelledCase::label).containsExactly("4", "1", "4");
        assertThat(c.labelled().get(1).text()).isEqualTo("Chile and Peru signed a trade deal.");
        assertThatThrownBy(() -> ConflibertGold.read("no label here\n", "t.tsv"))
                .isInstanceOf(GoldFileException.class).hasMessage("t.tsv:1: expected 'sentence<TAB>0-4'");
    }

    @Test
    void pentaClassesFollowConfliBert() {
        assertThat(Stream.of(1, 2, 3, 5, 6, 8, 9, 13, 14, 15, 16, 17, 20).map(ClassAccuracy::penta))
                .containsExactly("0", "0", "1", "1", "2", "2", "3", "3", "4", "4", "3", "4", "4");
        assertThatThrownBy(() -> ClassAccuracy.penta(21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classAccuracyUsesTheFirstEventThatHappenedAndCountsAnyEvent() {
        LabelledCase invasion = new LabelledCase("c1", Optional.empty(), "x", "4", Set.of("4"));
        LabelledCase deal = new LabelledCase("c2", Optional.empty(), "x", "1", Set.of("1"));
        LabelledCase quiet = new LabelledCase("c3", Optional.empty(), "x", "3", Set.of("3"));
        // c1: a negated 040 first (not a prediction), then 192: right. c2: 190 then 036: wrong first, right any.
        ClassAccuracy.Result r = ClassAccuracy.penta().score(List.of(
                new ClassAccuracy.Coded(invasion, coded(event("040", Modality.NEGATED), event("192", Modality.PAST))),
                new ClassAccuracy.Coded(deal, coded(event("190", Modality.ASSERTED), event("036", Modality.INTENDED))),
                new ClassAccuracy.Coded(quiet, coded())));

        assertThat(r.first()).isEqualTo(new Ratio(1, 3));
        assertThat(r.any()).isEqualTo(new Ratio(2, 3));
        assertThat(r.noEvent()).isEqualTo(1);
        assertThat(r.perLabel()).containsEntry("4", new Ratio(1, 1)).containsEntry("1", new Ratio(0, 1));
        assertThat(r.confusion()).containsEntry("1>4", 1).containsEntry("3>none", 1);
        assertThat(r.toText(false)).startsWith("penta class accuracy 0.33 (1/3) (first predicted event; "
                + "1 sentences with no event), any event 0.67 (2/3)");
        assertThat(r.toText(true)).contains("c3: gold 3, got none: x");
        assertThat(r.toJson().get("accuracy").asDouble()).isEqualTo(1.0 / 3);
        assertThat(r.toJson().get("correct").asInt()).isEqualTo(1);
        assertThat(r.toJson().get("cases").asInt()).isEqualTo(3);
    }

    @Test
    void realPetrarchFilesConvert() throws Exception {
        Path gsr = data("petrarch2-gsr-validation/expected.jsonl");
        Assumptions.assumeTrue(Files.exists(gsr));
        PeerGold.Converted c = PeerGold.read(gsr, PeerGold.Format.PETRARCH);
        assertThat(c.cases()).hasSize(68);
        assertThat(c.cases().stream().mapToInt(g -> g.events().size()).sum()).isEqualTo(70);
        assertThat(c.cases().stream().filter(g -> g.events().isEmpty()).count()).isEqualTo(12);
        assertThat(c.cases()).filteredOn(g -> g.id().equals("AFP0808020905_1"))
                .allMatch(g -> g.date().equals(java.util.Optional.of(LocalDate.of(2008, 8, 6))));

        Path unit = data("petrarch2-unittest/expected.jsonl");
        Assumptions.assumeTrue(Files.exists(unit));
        PeerGold.Converted u = PeerGold.read(unit, PeerGold.Format.PETRARCH);
        assertThat(u.cases()).extracting(GoldCase::id).doesNotHaveDuplicates();
        assertThat(u.summary()).contains("284 records");
    }

    @Test
    void realPloverAndConflibertFilesConvert() throws Exception {
        Path plover = data("plover/PLOVER_GSR_CAMEO.json");
        Assumptions.assumeTrue(Files.exists(plover));
        PeerGold.Converted p = PeerGold.read(plover, PeerGold.Format.PLOVER);
        assertThat(p.labelled()).hasSize(322);
        assertThat(p.labelled().stream().filter(l -> l.label().equals("AGREE")).count()).isEqualTo(40);
        assertThat(p.cases()).isNotEmpty().allMatch(g -> !g.events().isEmpty());

        Path conflibert = data("conflibert-cameo/cameo_class_test.tsv");
        Assumptions.assumeTrue(Files.exists(conflibert));
        PeerGold.Converted c = PeerGold.read(conflibert, PeerGold.Format.CONFLIBERT);
        assertThat(c.labelled()).hasSize(451);
        assertThat(c.labelled().stream().filter(l -> l.label().equals("3")).count()).isEqualTo(150);
    }

    private static Path data(String file) {
        for (String root : new String[] {"../shared/data", "../../shared/data", "/work/shared/data"}) {
            Path p = Path.of(root, file);
            if (Files.exists(p)) {
                return p;
            }
        }
        return Path.of("/work/shared/data", file);
    }

    private static Event event(String code, Modality modality) {
        CameoCode c = CameoCode.of(code);
        return new Event(new Actor("DEU", "Germany"), new Actor("FRA", "France"), c, "", c.quadClass(), 0.0, "",
                modality, Optional.empty(), "", 0, 0, 1, "x", "x");
    }

    private static CodedArticle coded(Event... events) {
        Article a = Article.of("", "x", "", "t", Optional.empty());
        return new CodedArticle(a, List.of(), List.of(events), List.of(), List.of());
    }
}
