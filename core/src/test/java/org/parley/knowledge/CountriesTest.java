package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private static final Countries COUNTRIES = Countries.load();

    private static String code(Optional<Country> country) {
        return country.map(Country::code).orElse("none");
    }

    @Test
    void loadsAllCountriesAndTheRegions() {
        assertThat(COUNTRIES.all()).hasSize(256);
        assertThat(COUNTRIES.all().stream().filter(c -> !c.region())).hasSize(250);
        assertThat(COUNTRIES.all().stream().filter(Country::region)).extracting(Country::code)
                .containsExactly("AFR", "ASA", "EUR", "LAM", "MEA", "WST");
        assertThat(COUNTRIES.byCode("GBR").orElseThrow().name()).isEqualTo("United Kingdom");
        assertThat(COUNTRIES.byCode("GBR").orElseThrow().alpha2()).isEqualTo("GB");
        assertThat(COUNTRIES.byCode("gbr")).isEmpty();
        assertThat(COUNTRIES.maxNameWords()).isEqualTo(11);
    }

    @Test
    void namesAndAliasesMatchWithOrWithoutThe() {
        assertThat(code(COUNTRIES.byName("the United States"))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byName("United States"))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byName("America"))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byName("U.S."))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byName("The Netherlands"))).isEqualTo("NLD");
        assertThat(code(COUNTRIES.byName("netherlands"))).isEqualTo("NLD");
        assertThat(code(COUNTRIES.byName("Britain"))).isEqualTo("GBR");
        assertThat(code(COUNTRIES.byName("Turkey"))).isEqualTo("TUR");
        assertThat(code(COUNTRIES.byName("Côte d’Ivoire"))).isEqualTo("CIV");
        assertThat(code(COUNTRIES.byName("DR Congo"))).isEqualTo("COD");
        assertThat(code(COUNTRIES.byName("Congo-Brazzaville"))).isEqualTo("COG");
        assertThat(code(COUNTRIES.byName("the West Bank"))).isEqualTo("PSE");
        assertThat(code(COUNTRIES.byName("  South   Korea "))).isEqualTo("KOR");
    }

    @Test
    void acronymsAndRegionsMatchOnlyAsWritten() {
        assertThat(code(COUNTRIES.byName("US"))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byName("the US"))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byName("UK"))).isEqualTo("GBR");
        assertThat(code(COUNTRIES.byName("UAE"))).isEqualTo("ARE");
        assertThat(COUNTRIES.byName("us")).isEmpty();
        assertThat(COUNTRIES.byName("Us")).isEmpty();
        assertThat(COUNTRIES.byName("uk")).isEmpty();
        assertThat(code(COUNTRIES.byName("the West"))).isEqualTo("WST");
        assertThat(COUNTRIES.byName("west")).isEmpty();
        assertThat(code(COUNTRIES.byName("the Middle East"))).isEqualTo("MEA");
    }

    @Test
    void kosovoIsXkx() {
        Country kosovo = COUNTRIES.byName("Kosovo").orElseThrow();
        assertThat(kosovo.code()).isEqualTo("XKX");
        assertThat(kosovo.alpha2()).isEqualTo("XK");
        assertThat(COUNTRIES.byCode("UNK")).isEmpty();
        assertThat(code(COUNTRIES.byDemonym("Kosovar"))).isEqualTo("XKX");
        assertThat(code(COUNTRIES.byName("Palestine"))).isEqualTo("PSE");
    }

    @Test
    void demonymsMatchWithTheFirstLetterAsWritten() {
        assertThat(code(COUNTRIES.byDemonym("Emirati"))).isEqualTo("ARE");
        assertThat(code(COUNTRIES.byDemonym("Emiratis"))).isEqualTo("ARE");
        assertThat(code(COUNTRIES.byDemonym("Chinese"))).isEqualTo("CHN");
        assertThat(code(COUNTRIES.byDemonym("CHINESE"))).isEqualTo("CHN");
        assertThat(COUNTRIES.byDemonym("chinese")).isEmpty();
        assertThat(code(COUNTRIES.byDemonym("Americans"))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byDemonym("Britons"))).isEqualTo("GBR");
        assertThat(code(COUNTRIES.byDemonym("South Korean"))).isEqualTo("KOR");
        assertThat(code(COUNTRIES.byDemonym("Saudis"))).isEqualTo("SAU");
        assertThat(code(COUNTRIES.byDemonym("Philippine"))).isEqualTo("PHL");
        assertThat(code(COUNTRIES.byDemonym("Dutch"))).isEqualTo("NLD");
        assertThat(code(COUNTRIES.byDemonym("Congolese"))).isEqualTo("COD");
        assertThat(code(COUNTRIES.byDemonym("French"))).isEqualTo("FRA");
        assertThat(code(COUNTRIES.byDemonym("Western"))).isEqualTo("WST");
    }

    @Test
    void capitalsAndSeatsOfGovernmentMatchExactly() {
        assertThat(code(COUNTRIES.byCapital("Beijing"))).isEqualTo("CHN");
        assertThat(COUNTRIES.byCapital("beijing")).isEmpty();
        assertThat(code(COUNTRIES.byCapital("Washington"))).isEqualTo("USA");
        assertThat(code(COUNTRIES.byCapital("The Hague"))).isEqualTo("NLD");
        assertThat(code(COUNTRIES.byCapital("Amsterdam"))).isEqualTo("NLD");
        assertThat(code(COUNTRIES.byCapital("Jerusalem"))).isEqualTo("ISR");
        assertThat(code(COUNTRIES.byCapital("Cape Town"))).isEqualTo("ZAF");
        assertThat(code(COUNTRIES.byCapital("Kingston"))).isEqualTo("JAM");
        assertThat(COUNTRIES.byName("Washington")).isEmpty();
        assertThat(COUNTRIES.byDemonym("Washington")).isEmpty();
    }

    @Test
    void ambiguousCountryNamesStayInTheTable() {
        assertThat(code(COUNTRIES.byName("Georgia"))).isEqualTo("GEO");
        assertThat(code(COUNTRIES.byName("Jordan"))).isEqualTo("JOR");
        assertThat(code(COUNTRIES.byName("Chad"))).isEqualTo("TCD");
    }

    @Test
    void emptyInputMatchesNothing() {
        assertThat(COUNTRIES.byName("")).isEmpty();
        assertThat(COUNTRIES.byName("the ")).isEmpty();
        assertThat(COUNTRIES.byDemonym("")).isEmpty();
        assertThat(COUNTRIES.byCapital(" ")).isEmpty();
        assertThat(COUNTRIES.byCode("")).isEmpty();
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(7);
        String alphabet = "aAbBtThHeEsSuU .'’-\t|éÇ中";
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = s.toString();
            COUNTRIES.byName(input);
            COUNTRIES.byDemonym(input);
            COUNTRIES.byCapital(input);
            COUNTRIES.byCode(input);
        }
    }

    @Test
    void rowsAreValidatedAndKeysUnique() {
        assertThatThrownBy(() -> new Country("US", "US", "United States", List.of(), List.of(), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'US'");
        assertThatThrownBy(() -> new Country("AFR", "", "Africa", List.of(""), List.of(), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AFR");
        Country a = new Country("AAA", "AA", "Alpha", List.of("Shared"), List.of(), List.of(), false);
        Country b = new Country("BBB", "BB", "Beta", List.of("shared"), List.of(), List.of(), false);
        assertThatThrownBy(() -> Countries.of(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AAA").hasMessageContaining("BBB");
    }
}
