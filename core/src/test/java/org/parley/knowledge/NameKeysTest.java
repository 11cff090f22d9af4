package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    private static final String ALPHABET = "aZ e'.-  \t\n\u00A0\u2019\u2013\u0142\u00DF\u00E6\u011F\u0301\u2007Q9";

    @Test
    void keysFollowTheRules() {
        assertThat(NameKeys.folded("Recep Tayyip Erdo\u011Fan")).isEqualTo("recep tayyip erdogan");
        assertThat(NameKeys.folded(" Kim  Jong-un ")).isEqualTo("kim jong un");
        assertThat(NameKeys.folded("\u0141ukasz")).isEqualTo("lukasz");
        assertThat(NameKeys.folded("")).isEmpty();
        assertThat(NameKeys.phrase("Foreign\u00A0Minister\u2019s  office")).isEqualTo("foreign minister's office");
        assertThat(NameKeys.phrase("S\u00E3o Paulo")).isEqualTo("s\u00E3o paulo");
        assertThat(NameKeys.phrase("")).isEmpty();
    }

    @Test
    void plainTextShortcutGivesWhatTheRulesGive() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            assertThat(NameKeys.folded(text)).as("folded '%s'", text).isEqualTo(NameKeys.foldedByRules(text));
            assertThat(NameKeys.phrase(text)).as("phrase '%s'", text).isEqualTo(NameKeys.phraseByRules(text));
        }
    }
}
