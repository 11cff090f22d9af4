package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    private static final String ENGLISH = "The foreign ministers of both countries met in Geneva on Tuesday and agreed "
            + "to resume talks on the release of prisoners held since the war began.";
    private static final String FRENCH = "Les ministres des affaires étrangères des deux pays se sont rencontrés mardi "
            + "à Genève et ont convenu de reprendre les négociations sur la libération des prisonniers.";

    @Test
    void englishIsKeptOtherLanguagesAreNamed() {
        assertThat(Languages.ENGLISH.problem(ENGLISH)).isEmpty();
        assertThat(Languages.ENGLISH.problem(FRENCH))
                .contains("in French (fr), not en: use --lang fr or --lang any to keep it");
    }

    @Test
    void allowedLanguagesAndAnyKeepThem() {
        assertThat(Languages.parse("en,fr").problem(FRENCH)).isEmpty();
        assertThat(Languages.parse("any").problem(FRENCH)).isEmpty();
        assertThat(Languages.parse("any").any()).isTrue();
        assertThat(Languages.parse(" EN ")).isSameAs(Languages.ENGLISH);
    }

    @Test
    void undecidableTextIsKept() {
        assertThat(Languages.ENGLISH.problem("12345 !!! 678")).isEmpty();
        assertThat(Languages.ENGLISH.problem("")).isEmpty();
        assertThat(Languages.ENGLISH.problem("Les ministres se sont rencontrés mardi à Genève.")).isEmpty();
    }

    @Test
    void badCodesFailWithTheCode() {
        assertThatThrownBy(() -> Languages.parse("english")).hasMessageContaining("english");
        assertThatThrownBy(() -> Languages.parse("en,xx")).hasMessageContaining("xx");
    }
}
