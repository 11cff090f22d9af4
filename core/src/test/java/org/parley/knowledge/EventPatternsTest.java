package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.EventPattern.Flag;
import org.parley.model.CameoCode;

/** The bundled event pattern, intent-code and reject-code tables. */
class EventPatternsTest {
    private static final EventPatterns PATTERNS = EventPatterns.load();

    @Test
    void meetIsSymmetricConsult() {
        List<EventPattern> meet = PATTERNS.verb("meet");
        assertThat(meet).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(CameoCode.of("040"));
            assertThat(p.has(Flag.SYM)).isTrue();
            assertThat(p.kind()).isEqualTo(EventPattern.Kind.VERB);
            assertThat(p.targets()).contains("obj", "with");
        });
        assertThat(PATTERNS.verb("MEET")).isEqualTo(meet);
    }

    @Test
    void flagsAndNouns() {
        assertThat(PATTERNS.verb("refuse")).anyMatch(p -> p.has(Flag.REFUSE));
        assertThat(PATTERNS.verb("agree")).anyMatch(p -> p.has(Flag.CONTROL));
        assertThat(PATTERNS.verb("hold")).anyMatch(p -> p.has(Flag.LIGHT));
        assertThat(PATTERNS.noun("talk")).extracting(EventPattern::code).contains(CameoCode.of("046"));
        assertThat(PATTERNS.noun("visit")).allSatisfy(p -> assertThat(p.targets()).contains("to"));
    }

    @Test
    void intentCodesTakeTheLongestPrefix() {
        assertThat(PATTERNS.intentOf(CameoCode.of("072"))).isEqualTo(CameoCode.of("0332"));
        assertThat(PATTERNS.intentOf(CameoCode.of("070"))).isEqualTo(CameoCode.of("033"));
        assertThat(PATTERNS.intentOf(CameoCode.of("046"))).isEqualTo(CameoCode.of("036"));
        assertThat(PATTERNS.intentOf(CameoCode.of("111"))).isEqualTo(CameoCode.of("111"));
    }

    @Test
    void rejectCodesFallBackTo120() {
        assertThat(PATTERNS.rejectOf(CameoCode.of("057"))).isEqualTo(CameoCode.of("127"));
        assertThat(PATTERNS.rejectOf(CameoCode.of("040"))).isEqualTo(CameoCode.of("125"));
        assertThat(PATTERNS.rejectOf(CameoCode.of("190"))).isEqualTo(CameoCode.of("120"));
    }

    @Test
    void appealsAndDemandsFollowTheActAskedFor() {
        assertThat(PATTERNS.appealOf(CameoCode.of("0841"))).isEqualTo(CameoCode.of("0253"));
        assertThat(PATTERNS.appealOf(CameoCode.of("0871"))).isEqualTo(CameoCode.of("0256"));
        assertThat(PATTERNS.appealOf(CameoCode.of("046"))).isEqualTo(CameoCode.of("026"));
        assertThat(PATTERNS.appealOf(CameoCode.of("111"))).isEqualTo(CameoCode.of("020"));
        assertThat(PATTERNS.demandOf(CameoCode.of("0841"))).isEqualTo(CameoCode.of("1053"));
        assertThat(PATTERNS.demandOf(CameoCode.of("045"))).isEqualTo(CameoCode.of("108"));
        assertThat(PATTERNS.demandOf(CameoCode.of("111"))).isEqualTo(CameoCode.of("100"));
    }

    @Test
    void threatsFollowTheActThreatened() {
        assertThat(PATTERNS.threatOf(CameoCode.of("163"))).isEqualTo(CameoCode.of("1312"));
        assertThat(PATTERNS.threatOf(CameoCode.of("161"))).isEqualTo(CameoCode.of("1313"));
        assertThat(PATTERNS.threatOf(CameoCode.of("164"))).isEqualTo(CameoCode.of("134"));
        assertThat(PATTERNS.threatOf(CameoCode.of("173"))).isEqualTo(CameoCode.of("137"));
        assertThat(PATTERNS.threatOf(CameoCode.of("195"))).isEqualTo(CameoCode.of("138"));
        assertThat(PATTERNS.threatOf(CameoCode.of("040"))).isEqualTo(CameoCode.of("130"));
    }

    @Test
    void objectConditionedRowsComeFirstForTheirObjectOnly() {
        assertThat(PATTERNS.verb("express", List.of("condolence")).get(0).code()).isEqualTo(CameoCode.of("018"));
        assertThat(PATTERNS.verb("engage", List.of("peacekeeper", "in:firefight")).get(0).code())
                .isEqualTo(CameoCode.of("193"));
        assertThat(PATTERNS.verb("lift", List.of("sanction")).get(0).code()).isEqualTo(CameoCode.of("085"));
        assertThat(PATTERNS.verb("lift", List.of("ban")).get(0).code()).isEqualTo(CameoCode.of("081"));
        assertThat(PATTERNS.verb("receive", List.of("weapon")).get(0).has(Flag.REVERSE)).isTrue();
    }

    @Test
    void unknownLemmaHasNoPatterns() {
        assertThat(PATTERNS.verb("frobnicate")).isEmpty();
        assertThat(PATTERNS.noun("frobnication")).isEmpty();
        assertThat(PATTERNS.verb("")).isEmpty();
    }

    /**
     * Every three-digit code of the CAMEO codebook can be produced: by a verb or noun pattern, or as the intent,
     * reject, appeal, threat or state reading of an act (demands, root 10, are numbered as appeals). Only 151
     * (police alert) is left: no phrase in news says it without also fitting 152 (military alert).
     */
    @Test
    void thePatternTablesReachEveryThreeDigitCameoCodeButOne() throws IOException {
        Set<String> reachable = new TreeSet<>();
        for (String[] row : rows("patterns.tsv")) {
            reachable.add(row[2].substring(0, 3));
        }
        for (String table : List.of("intent-codes.tsv", "reject-codes.tsv", "appeal-codes.tsv", "threat-codes.tsv",
                "state-codes.tsv")) {
            for (String[] row : rows(table)) {
                reachable.add(row[1].substring(0, 3));
                if (table.startsWith("appeal")) {
                    reachable.add("10" + row[1].charAt(2));
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String[] row : rows("cameo-codebook.tsv")) {
            if (row[0].length() == 3 && !reachable.contains(row[0])) {
                missing.add(row[0]);
            }
        }
        assertThat(missing).containsExactly("151");
    }

    /** The data rows of a knowledge table (comments and the header left out), split on tabs. */
    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = EventPatterns.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .skip(1)
                    .map(l -> l.split("\t"))
                    .filter(r -> r.length > 1)
                    .toList();
        }
    }
}
