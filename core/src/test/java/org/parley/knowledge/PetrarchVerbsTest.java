package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.CameoCode;

/** {@link PetrarchVerbs} on hand-written dictionary snippets and on the Phoenix CAMEO.2.0 verb dictionary. */
class PetrarchVerbsTest {
    private static final Path CAMEO = Path.of("../../shared/data/phoenix-cameo-dictionaries/CAMEO.2.0.txt");

    private static final String SNIPPET = """
            # a test dictionary
            &MONEY_
            +CASH_
            +DOLLARS

            ---  FREEZE   [---]  ---
            FREEZE {FREEZES FREEZING FROZE FROZEN}   # oy 02 Mar 2006
            +SHUT_DOWN [161]
            - * RELATIONS                       [160:160]     # FREEZE
            - * {BANK ACCOUNT}                  [163]         # FREEZE
            - * &MONEY                          [163]
            - * (TALKS)                         [---]
            - * ON +                            [1\u00002]
            - * (WITH)                          [046:046]
            - * DOWN FROM                       [013]
            - * (BEFORE COURT)                  [:173]
            - TROOPS *                          [154]
            - * AID                             [def]
            - * RELIEF
            - * &NOSUCH                         [073]

            ---  PLEDGE  [057]  ---
            PLEDGE
            VOW  [170]
            """;

    private static PetrarchDictionaries.ImportResult<PetrarchVerbs.Verbs> read(String text) {
        return PetrarchVerbs.read(new BufferedReader(new StringReader(text)), "test.verbs");
    }

    private static EventPattern verb(String lemma, String particle, String object, List<String> targets,
                                     String code) {
        return new EventPattern(EventPattern.Kind.VERB, lemma, particle, CameoCode.of(code), targets, Set.of(),
                object);
    }

    @Test
    void mapsFormsPrepositionsAndObjects() {
        var result = read(SNIPPET);
        List<String> obj = List.of("obj");
        assertThat(result.entries().patterns()).containsExactly(
                verb("shut", "down", "", obj, "161"),
                verb("freeze", "", "relation", obj, "160"),
                verb("shut", "down", "relation", obj, "160"),
                verb("freeze", "", "bank account", obj, "163"),
                verb("shut", "down", "bank account", obj, "163"),
                verb("freeze", "", "cash", obj, "163"),
                verb("freeze", "", "dollar", obj, "163"),
                verb("shut", "down", "cash", obj, "163"),
                verb("shut", "down", "dollar", obj, "163"),
                verb("freeze", "", "", List.of("on"), "12"),
                verb("shut", "down", "", List.of("on"), "12"),
                verb("freeze", "", "", List.of("with"), "046"),
                verb("shut", "down", "", List.of("with"), "046"),
                verb("freeze", "down", "", List.of("from"), "013"),
                verb("pledge", "", "", obj, "057"),
                verb("vow", "", "", obj, "170"));
        assertThat(result.entries().verbs()).isEqualTo(4);
        assertThat(result.entries().unsupported()).isEqualTo(2);
        assertThat(result.problems()).containsExactly(
                "test.verbs:18: [def]: malformed CAMEO code: def; skipped",
                "test.verbs:19: pattern has no [code]; skipped",
                "test.verbs:20: synset &NOSUCH is not defined; skipped");
    }

    @Test
    void reportsLinesOutsideBlocksAndBadPatterns() {
        var result = read("GRANT [070]\n---  GIVE [070] ---\nGIVE {GAVE}\n- AID [071]\n- * {AID [071]\n- * * [072]\n");
        assertThat(result.entries().patterns()).containsExactly(verb("give", "", "", List.of("obj"), "070"));
        assertThat(result.problems()).containsExactly(
                "test.verbs:1: 'GRANT [070]' outside a verb block (no '--- VERB [code] ---' before it)",
                "test.verbs:4: pattern needs one '*' for the verb: 'AID'; skipped",
                "test.verbs:5: unbalanced braces or parentheses in '* {AID'; skipped",
                "test.verbs:6: pattern needs one '*' for the verb: '* *'; skipped");
    }

    @Test
    void mergeKeepsBuiltInsFirstUnlessReplacedAndLooksUpByObject() {
        EventPatterns builtIn = EventPatterns.load();
        List<EventPattern> imported = List.of(verb("condemn", "", "relation", List.of("obj"), "160"),
                verb("condemn", "", "", List.of("obj"), "162"), verb("mumble", "", "", List.of("obj"), "010"));

        EventPatterns merged = builtIn.withImported(imported, false);
        assertThat(merged.verb("condemn")).extracting(p -> p.code().value()).containsExactly("111", "162", "160");
        assertThat(merged.verb("condemn", "Relation")).extracting(p -> p.code().value())
                .containsExactly("160", "111", "162");
        assertThat(merged.verb("condemn", "asset")).extracting(p -> p.code().value()).containsExactly("111", "162");
        assertThat(merged.verb("mumble", "")).extracting(p -> p.code().value()).containsExactly("010");
        assertThat(merged.verb("meet")).isEqualTo(builtIn.verb("meet"));
        assertThat(builtIn.verb("mumble")).isEmpty();

        EventPatterns replaced = builtIn.withImported(imported, true);
        assertThat(replaced.verb("condemn")).extracting(p -> p.code().value()).containsExactly("162", "160");
        assertThat(replaced.verb("meet")).isEqualTo(builtIn.verb("meet"));
    }

    @Test
    void singularMakesRegularPluralsLemmas() {
        assertThat(List.of("rallies", "ties", "sanctions", "crisis", "news", "boxes", "talks", "asset"))
                .map(PetrarchVerbs::singular)
                .containsExactly("rally", "tie", "sanction", "crisis", "news", "box", "talk", "asset");
    }

    @Test
    void emptyAndRandomInputGiveNoPatternsAndNeverThrow() {
        assertThat(read("").entries().patterns()).isEmpty();
        assertThat(read("").problems()).isEmpty();
        Random random = new Random(7);
        String alphabet = "-*+$%&{}()[]:_# \nABC019";
        for (int run = 0; run < 200; run++) {
            StringBuilder text = new StringBuilder("--- X [010] ---\n");
            for (int i = 0; i < 200; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var result = read(text.toString());
            assertThat(result.entries().patterns()).allSatisfy(p -> assertThat(p.lemma()).isNotBlank());
        }
    }

    @Test
    void phoenixCameoDictionary() throws IOException {
        assumeTrue(Files.exists(CAMEO), "shared/data not present");
        PetrarchDictionaries.ImportResult<PetrarchVerbs.Verbs> result;
        try (BufferedReader in = Files.newBufferedReader(CAMEO, StandardCharsets.UTF_8)) {
            result = PetrarchVerbs.read(in, "CAMEO.2.0.txt");
        }
        PetrarchVerbs.Verbs verbs = result.entries();
        EventPatterns merged = EventPatterns.load().withImported(verbs.patterns(), false);
        assertThat(merged.verb("freeze", "asset").get(0).code()).isEqualTo(CameoCode.of("163"));
        assertThat(merged.verb("freeze", "relation").get(0).code()).isEqualTo(CameoCode.of("160"));
        assertThat(merged.verb("freeze", "bank account").get(0).code()).isEqualTo(CameoCode.of("163"));
        assertThat(verbs.verbs()).isEqualTo(1533);
        assertThat(verbs.patterns()).hasSize(133410);
        assertThat(verbs.unsupported()).isEqualTo(1435);
        assertThat(result.problems()).containsExactly(
                "CAMEO.2.0.txt:2369: unbalanced braces or parentheses in '* VENTURE (WITH VISIT) VISIT)'; skipped",
                "CAMEO.2.0.txt:5792: [080!]: malformed CAMEO code: 080!; skipped",
                "CAMEO.2.0.txt:7611: unbalanced braces or parentheses in 'STRONGLY * ATTACK (ON ^) ^)'; skipped");
        assertThat(merged.verb("freeze", "")).extracting(EventPattern::code).containsExactly(CameoCode.of("163"));
        assertThat(merged.verb("huddle", "")).contains(
                verb("huddle", "", "", List.of("with"), "046"));
    }
}
