package org.parley.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parley.app.eval.Fixtures.coded;
import static org.parley.app.eval.Fixtures.dated;
import static org.parley.app.eval.Fixtures.event;
import static org.parley.app.eval.Fixtures.eventCase;
import static org.parley.app.eval.Fixtures.eventsCoded;
import static org.parley.app.eval.Fixtures.goldCase;
import static org.parley.app.eval.Fixtures.mention;
import static org.parley.app.eval.Fixtures.optional;
import static org.parley.app.eval.Fixtures.quote;
import static org.parley.app.eval.Fixtures.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.app.eval.EvalReport.ConfusionCell;
import org.parley.app.eval.GoldCase.GoldActor;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.app.eval.GoldCase.GoldQuote;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;

class ScorerTest {
    private final Scorer scorer = Scorer.standard();

    private EvalReport score(CodedCase... cases) {
        return scorer.score(List.of(cases));
    }

    @Test
    void countryPartOfEachSideDecidesTheMatchAndRolesOnlyActorAccuracy() {
        EvalReport r = score(eventsCoded(eventCase("c1", required("USAGOV", "CHNGOV", "040")),
                event("USA", "CHNMIL", "042")));

        assertThat(r.events().tp()).isEqualTo(1);
        assertThat(r.events().fp()).isZero();
        assertThat(r.events().fn()).isZero();
        assertThat(r.events().exactCode()).isEqualTo(new Ratio(0, 1));
        assertThat(r.events().fullActors()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void undatedPastBackgroundIsNoPredictionButDatedPastIs() {
        EvalReport undated = score(eventsCoded(eventCase("c1", required("USA", "CHN", "040")),
                event("USA", "CHN", "040", Modality.PAST, Optional.empty()), event("RUS", "UKR", "190",
                        Modality.PAST, Optional.empty())));
        EvalReport dated = score(eventsCoded(eventCase("c1", required("USA", "CHN", "040")),
                event("USA", "CHN", "040", Modality.PAST, Optional.of(EventDate.ofDay(LocalDate.of(2023, 11, 15))))));

        assertThat(undated.events().tp()).isZero();
        assertThat(undated.events().fp()).isZero();
        assertThat(undated.events().fn()).isEqualTo(1);
        assertThat(dated.events().tp()).isEqualTo(1);
    }

    @Test
    void internationalOrganisationsMatchOnTheWholeCode() {
        EvalReport wrongIgo = score(eventsCoded(eventCase("c1", required("IGOUNO", "RUS", "112")),
                event("IGOEU", "RUS", "112")));
        EvalReport rightIgo = score(eventsCoded(eventCase("c1", required("IGOUNO", "RUS", "112")),
                event("IGOUNO", "RUSGOV", "111")));

        assertThat(wrongIgo.events().tp()).isZero();
        assertThat(wrongIgo.events().fp()).isEqualTo(1);
        assertThat(wrongIgo.events().fn()).isEqualTo(1);
        assertThat(rightIgo.events().tp()).isEqualTo(1);
        assertThat(rightIgo.events().exactCode()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void aWrongRootIsAMissAndAFalseAlarmAndEntersTheConfusionTable() {
        EvalReport r = score(eventsCoded(eventCase("c1", required("USA", "CHN", "040", "043")),
                event("USA", "CHN", "057"), event("RUS", "UKR", "190")));

        assertThat(r.events().tp()).isZero();
        assertThat(r.events().fp()).isEqualTo(2);
        assertThat(r.events().fn()).isEqualTo(1);
        assertThat(r.confusion()).containsExactly(new ConfusionCell("04", "05", 1));
    }

    @Test
    void eachGoldEventTakesOnePredictionAndDuplicatesAreFalseAlarmsOutsideTheConfusionTable() {
        EvalReport r = score(eventsCoded(eventCase("c1", required("USA", "CHN", "040")),
                event("USA", "CHN", "040"), event("USA", "CHN", "042")));

        assertThat(r.events().tp()).isEqualTo(1);
        assertThat(r.events().fp()).isEqualTo(1);
        assertThat(r.events().precision()).isEqualTo(new Ratio(1, 2));
        assertThat(r.events().exactCode()).isEqualTo(new Ratio(1, 1));
        assertThat(r.confusion()).isEmpty();
    }

    @Test
    void requiredGoldIsMatchedBeforeOptionalGoldEvenAgainstAnExactOptionalCode() {
        EvalReport r = score(eventsCoded(eventCase("c1", optional("USA", "CHN", "042"), required("USA", "CHN", "040")),
                event("USA", "CHN", "042")));

        assertThat(r.events().tp()).isEqualTo(1);
        assertThat(r.events().optionalMatched()).isZero();
        assertThat(r.events().fn()).isZero();
        assertThat(r.events().exactCode()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void exactCodeMatchesComeBeforeRootOnlyMatches() {
        EvalReport r = score(eventsCoded(eventCase("c1", required("USA", "CHN", "040"), required("USA", "CHN", "043")),
                event("USA", "CHN", "043"), event("USA", "CHN", "040")));

        assertThat(r.events().tp()).isEqualTo(2);
        assertThat(r.events().exactCode()).isEqualTo(new Ratio(2, 2));
    }

    @Test
    void predictionsMatchedToOptionalGoldLeaveThePrecisionDenominator() {
        EvalReport r = score(eventsCoded(
                eventCase("c1", required("USA", "CHN", "040"), optional("CHN", "USA", "040")),
                event("USA", "CHN", "040"), event("CHN", "USA", "040"), event("RUS", "UKR", "190")));

        assertThat(r.events().tp()).isEqualTo(1);
        assertThat(r.events().optionalMatched()).isEqualTo(1);
        assertThat(r.events().fp()).isEqualTo(1);
        assertThat(r.events().precision().value()).contains(0.5);
        assertThat(r.events().recall().value()).contains(1.0);
        assertThat(r.events().f1().orElseThrow()).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
        assertThat(r.events().exactCode()).isEqualTo(new Ratio(2, 2));
    }

    @Test
    void unmatchedOptionalGoldIsNoMiss() {
        EvalReport r = score(eventsCoded(eventCase("c1", optional("USA", "CHN", "040"))));

        assertThat(r.events().fn()).isZero();
        assertThat(r.events().recall().value()).isEmpty();
        assertThat(r.details()).isEmpty();
    }

    @Test
    void hypotheticalAndNegatedEventsAreNoPredictionsButIntendedOnesAre() {
        GoldCase gold = eventCase("c1", required("USA", "CHN", "040"), required("USA", "CHN", "036"));
        EvalReport r = score(eventsCoded(gold,
                event("USA", "CHN", "040", Modality.HYPOTHETICAL, Optional.empty()),
                event("USA", "CHN", "040", Modality.NEGATED, Optional.empty()),
                event("USA", "CHN", "036", Modality.INTENDED, Optional.empty())));

        assertThat(r.events().tp()).isEqualTo(1);
        assertThat(r.events().fp()).isZero();
        assertThat(r.events().fn()).isEqualTo(1);
        assertThat(r.events().recall()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void eventsAreMatchedWithinTheirOwnCase() {
        EvalReport r = score(eventsCoded(eventCase("c1", required("USA", "CHN", "040"))),
                eventsCoded(eventCase("c2"), event("USA", "CHN", "040")));

        assertThat(r.cases()).isEqualTo(2);
        assertThat(r.events().tp()).isZero();
        assertThat(r.events().fp()).isEqualTo(1);
        assertThat(r.events().fn()).isEqualTo(1);
    }

    @Test
    void datesAreComparedAtTheGoldPrecisionOverMatchedEventsWithAGoldDate() {
        GoldCase gold = eventCase("c1",
                dated("USA", "CHN", "2023-11-15", "040"),
                dated("RUS", "UKR", "2022-11", "190"),
                dated("ISR", "PSE", "2022", "190"),
                required("FRA", "DEU", "040"));
        EvalReport r = score(eventsCoded(gold,
                event("USA", "CHN", "040", Modality.PAST, Optional.of(EventDate.ofDay(LocalDate.of(2023, 11, 15)))),
                event("RUS", "UKR", "190", Modality.PAST, Optional.of(EventDate.ofDay(LocalDate.of(2022, 11, 14)))),
                event("ISR", "PSE", "190", Modality.PAST, Optional.of(EventDate.ofMonth(YearMonth.of(2021, 3)))),
                event("FRA", "DEU", "040")));

        assertThat(r.events().tp()).isEqualTo(4);
        assertThat(r.events().date()).isEqualTo(new Ratio(2, 3));
    }

    @Test
    void aDateKnownLessPreciselyThanTheGoldDisagrees() {
        EventDate goldDay = EventDate.parse("2023-11-15");
        EventDate goldMonth = EventDate.parse("2023-11");

        assertThat(EventMatcher.dateAgrees(goldDay, Optional.of(EventDate.ofMonth(YearMonth.of(2023, 11))))).isFalse();
        assertThat(EventMatcher.dateAgrees(goldDay, Optional.empty())).isFalse();
        assertThat(EventMatcher.dateAgrees(goldMonth, Optional.of(EventDate.ofMonth(YearMonth.of(2023, 11))))).isTrue();
        assertThat(EventMatcher.dateAgrees(goldMonth, Optional.of(EventDate.ofYear(2023)))).isFalse();
        assertThat(EventMatcher.dateAgrees(EventDate.parse("2023"),
                Optional.of(EventDate.ofDay(LocalDate.of(2023, 2, 1))))).isTrue();
    }

    @Test
    void quotesMatchOneToOneByContainmentAndSpeakersByCodeOrName() {
        GoldCase gold = goldCase("q", List.of(), List.of(
                new GoldQuote("stabilise our relationship", "Antony Blinken", "USAGOV"),
                new GoldQuote("no illusions", "Mr. Xi Jinping", "CHNGOV"),
                new GoldQuote("no illusions", "Mr. Xi Jinping", "CHNGOV"),
                new GoldQuote("pave the way", "Dr. Tedros", "IGOWHO")), List.of(), List.of());
        EvalReport r = score(new CodedCase(gold, coded(List.of(), List.of(), List.of(
                quote("We both agree on the need to stabilise our relationship.", "Mr. Blinken", Optional.empty()),
                quote("We have no illusions about the challenges.", "", Optional.of("USAGOV")),
                quote("This could pave the way.", "Tedros Adhanom Ghebreyesus", Optional.of("ETHGOV")),
                quote("Something else.", "Joe Biden", Optional.of("USAGOV"))))));

        assertThat(r.quotes().predicted()).isEqualTo(4);
        assertThat(r.quotes().total()).isEqualTo(4);
        assertThat(r.quotes().matched()).isEqualTo(3);
        assertThat(r.quotes().speakerCorrect()).isEqualTo(2);
        assertThat(r.quotes().precision()).isEqualTo(new Ratio(3, 4));
        assertThat(r.quotes().speakerAccuracy()).isEqualTo(new Ratio(2, 4));
    }

    @Test
    void honorificsAreDroppedFromSpeakerNamesAndAnEmptyNameIsNeverRight() {
        assertThat(Scorer.bareName("Mr. Xi  Jinping")).isEqualTo("xi jinping");
        assertThat(Scorer.bareName("Dr Tedros")).isEqualTo("tedros");
        assertThat(Scorer.bareName("Mrs. May")).isEqualTo("may");
        assertThat(Scorer.bareName("President Macron")).isEqualTo("president macron");
        GoldQuote gold = new GoldQuote("x", "Ms. Kamala Harris", "USAGOV");
        assertThat(Scorer.speakerRight(gold, quote("x", "Harris", Optional.of("USA")))).isTrue();
        assertThat(Scorer.speakerRight(gold, quote("x", "Mr.", Optional.of("USA")))).isFalse();
        assertThat(Scorer.speakerRight(gold, quote("x", "", Optional.empty()))).isFalse();
    }

    @Test
    void actorsAreTheFirstMentionWithTheGoldTextIgnoringCaseExactOrByPrefix() {
        GoldCase gold = goldCase("a", List.of(), List.of(), List.of(
                new GoldActor("XI JINPING", "CHNGOV", false),
                new GoldActor("the Kremlin", "RUSGOV", false),
                new GoldActor("Beijing", "CHNGOV", true),
                new GoldActor("China", "CHNGOV", false)), List.of());
        EvalReport r = score(new CodedCase(gold, coded(List.of(
                mention(50, "Xi Jinping", "USAGOV"),
                mention(10, "Xi Jinping", "CHNGOV"),
                mention(30, "Beijing", "CHNGOVMIL"),
                mention(0, "China", "CHN")), List.of(), List.of())));

        assertThat(r.actors().correct()).isEqualTo(2);
        assertThat(r.actors().total()).isEqualTo(4);
        assertThat(r.actors().accuracy().value()).contains(0.5);
    }

    @Test
    void issuesAreMicroAveragedOverKnownCodesOnly() {
        GoldCase first = goldCase("i1", List.of(), List.of(), List.of(), List.of("TAIWAN", "ESPIONAGE", "NOT_A_CODE"));
        GoldCase second = goldCase("i2", List.of(), List.of(), List.of(), List.of("SANCTIONS"));
        EvalReport r = score(
                new CodedCase(first, coded(List.of(), List.of(), List.of()), Set.of("TAIWAN", "TRADE_DISPUTE", "FOO")),
                new CodedCase(second, coded(List.of(), List.of(), List.of())));

        assertThat(r.issues().tp()).isEqualTo(1);
        assertThat(r.issues().fp()).isEqualTo(1);
        assertThat(r.issues().fn()).isEqualTo(2);
        assertThat(r.issues().precision().value()).contains(0.5);
        assertThat(r.issues().recall().value()).contains(1.0 / 3);
        assertThat(r.issues().f1().orElseThrow()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void emptyInputGivesNullRatiosInOneJsonLine() throws Exception {
        EvalReport r = scorer.score(List.of());
        String json = r.toJson();

        assertThat(json).doesNotContain("\n");
        JsonNode n = new ObjectMapper().readTree(json);
        assertThat(n.get("cases").asInt()).isZero();
        assertThat(n.get("events").get("precision").isNull()).isTrue();
        assertThat(n.get("events").get("f1").isNull()).isTrue();
        assertThat(n.get("quotes").get("speaker_accuracy").isNull()).isTrue();
        assertThat(n.get("actors").get("accuracy").isNull()).isTrue();
        assertThat(n.get("issues").get("recall").isNull()).isTrue();
        assertThat(r.toText()).contains("event precision n/a (0/0)");
    }

    @Test
    void jsonCarriesFormatKeysAndValues() throws Exception {
        EvalReport r = score(eventsCoded(
                eventCase("c1", required("USA", "CHN", "040"), optional("CHN", "USA", "040")),
                event("USA", "CHN", "040"), event("CHN", "USA", "040"), event("RUS", "UKR", "190")));
        JsonNode n = new ObjectMapper().readTree(r.toJson());

        assertThat(n.get("cases").asInt()).isEqualTo(1);
        JsonNode e = n.get("events");
        assertThat(e.get("precision").asDouble()).isEqualTo(0.5);
        assertThat(e.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(e.get("f1").asDouble()).isEqualTo(0.6667);
        assertThat(e.get("tp").asInt()).isEqualTo(1);
        assertThat(e.get("fp").asInt()).isEqualTo(1);
        assertThat(e.get("fn").asInt()).isZero();
        assertThat(e.get("exact_code_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(e.get("actor_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(e.get("date_accuracy").isNull()).isTrue();
        assertThat(n.get("quotes").fieldNames()).toIterable().contains("predicted", "total", "matched", "precision",
                "recall", "speaker_correct", "speaker_accuracy");
        assertThat(n.get("actors").fieldNames()).toIterable().contains("correct", "total", "accuracy");
        assertThat(n.get("issues").fieldNames()).toIterable().contains("precision", "recall", "f1");
    }

    @Test
    void textShowsEveryFigureWithItsCountsAndVerboseListsErrorsByCase() {
        EvalReport r = score(eventsCoded(
                eventCase("dev-007", required("USA", "CHN", "040"), required("CHN", "USA", "040")),
                event("USA", "CHN", "040"), event("USA", "CHN", "057"), event("RUS", "UKR", "190")));

        String text = r.toText();
        assertThat(text).contains("F1 0.40 (tp 1, fp 2, fn 1; 0 optional matched)")
                .contains("event precision 0.33 (1/3)")
                .contains("recall 0.50 (1/2)")
                .doesNotContain("dev-007");
        assertThat(r.toText(true)).contains("dev-007\n  miss        CHN->USA 040\n")
                .contains("  false alarm USA->CHN 057 \"met\" (sentence 0)")
                .contains("  false alarm RUS->UKR 190");
    }

    @Test
    void randomInputKeepsTheCountsConsistent() {
        Random random = new Random(42);
        String[] actors = {"USA", "USAGOV", "CHN", "CHNGOV", "IGOUNO", "RUS"};
        String[] codes = {"010", "036", "040", "042", "043", "057", "112", "190"};
        List<CodedCase> cases = new ArrayList<>();
        int required = 0;
        int predictions = 0;
        for (int c = 0; c < 50; c++) {
            List<GoldEvent> gold = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                boolean opt = random.nextBoolean();
                String s = actors[random.nextInt(actors.length)];
                String t = actors[random.nextInt(actors.length)];
                String code = codes[random.nextInt(codes.length)];
                gold.add(opt ? optional(s, t, code) : required(s, t, code));
                required += opt ? 0 : 1;
            }
            List<Event> events = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                Modality m = Modality.values()[random.nextInt(Modality.values().length)];
                events.add(event(actors[random.nextInt(actors.length)], actors[random.nextInt(actors.length)],
                        codes[random.nextInt(codes.length)], m, Optional.empty()));
                predictions += m.happened() && m != Modality.PAST ? 1 : 0;
            }
            cases.add(new CodedCase(eventCase("r" + c, gold.toArray(GoldEvent[]::new)),
                    coded(List.of(), events, List.of())));
        }
        EvalReport r = scorer.score(cases);

        assertThat(r.events().tp() + r.events().fn()).isEqualTo(required);
        assertThat(r.events().tp() + r.events().fp() + r.events().optionalMatched()).isEqualTo(predictions);
        assertThat(r.events().exactCode().total()).isEqualTo(r.events().tp() + r.events().optionalMatched());
        assertThat(r.toJson()).doesNotContain("\n");
    }
}
