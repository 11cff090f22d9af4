package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue lexicon, the wars table and the sentiment list load and cover what ISSUES.md requires. */
class IssueLexiconTest {
    private static final List<String> ISSUES_MD = List.of("TAIWAN", "SOUTH_CHINA_SEA", "TERRITORIAL_DISPUTE",
            "TRADE_DISPUTE", "SANCTIONS", "EXPORT_CONTROLS", "ESPIONAGE", "CYBER", "HUMAN_RIGHTS", "DEMOCRACY",
            "NUCLEAR", "ARMED_CONFLICT", "MILITARY_POSTURE", "REGIONAL_INFLUENCE", "TERRORISM", "MIGRATION", "CLIMATE",
            "ENERGY", "HEALTH", "DRUGS", "ECONOMY", "DIPLOMATIC_RELATIONS");

    @Test
    void everyCodeOfIssuesMdHasPhrases() {
        IssueLexicon lexicon = IssueLexicon.load();
        assertThat(lexicon.codes()).containsAll(ISSUES_MD);
        for (String code : ISSUES_MD) {
            assertThat(lexicon.entries()).filteredOn(e -> e.code().equals(code) && e.phrase().isPresent())
                    .as(code).isNotEmpty();
        }
    }

    @Test
    void phraseSyntax() {
        IssuePhrase p = IssuePhrase.parse("Restrict/curb _ export*");
        assertThat(p.slots()).containsExactly(List.of("restrict", "curb"), List.of("_"), List.of("export*"));
        assertThat(IssuePhrase.accepts(p.slots().get(2), "export", "exports")).isTrue();
        assertThat(IssuePhrase.accepts(List.of("*-led"), "russian-led", "russian-led")).isTrue();
        assertThat(IssuePhrase.accepts(List.of("war"), "warn", "warned")).isFalse();
        assertThatThrownBy(() -> IssuePhrase.parse("_ export")).hasMessageContaining("'_ export'");
        assertThatThrownBy(() -> IssuePhrase.parse("a//b")).hasMessageContaining("empty alternative");
        assertThatThrownBy(() -> IssuePhrase.parse("  ")).hasMessageContaining("empty issue phrase");
    }

    @Test
    void warsAreDatedAndSided() {
        Wars wars = Wars.load();
        List<War> on = wars.ongoing(LocalDate.of(2023, 6, 19));
        assertThat(on).anyMatch(w -> w.opposes("UKR", "RUS"));
        assertThat(wars.ongoing(LocalDate.of(2021, 6, 19))).noneMatch(w -> w.opposes("UKR", "RUS"));
        assertThatThrownBy(() -> new War("x", List.of("RUS"), List.of("UKR"), LocalDate.of(2022, 2, 24),
                java.util.Optional.of(LocalDate.of(2022, 1, 1)))).hasMessageContaining("before it starts");
    }

    @Test
    void sentimentListHasAfinnValences() {
        SentimentLexicon afinn = SentimentLexicon.load();
        assertThat(afinn.valences()).hasSizeGreaterThan(3000);
        assertThat(afinn.valence("Abandon")).hasValue(-2);
        assertThat(afinn.valence("teapot")).isEmpty();
        assertThatThrownBy(() -> new SentimentLexicon(java.util.Map.of("x", 9))).hasMessageContaining("'x'");
    }
}
