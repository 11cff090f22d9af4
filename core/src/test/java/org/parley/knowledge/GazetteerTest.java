package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static String country(String name) {
        return GAZETTEER.byName(name).map(Place::country).orElse("none");
    }

    private static Gazetteer.Row city(String name, String country, long population) {
        return new Gazetteer.Row(new Place(name, country, Place.Kind.CITY, 1.0, 2.0, population), List.of());
    }

    private static Gazetteer.Row region(String name, String country) {
        return new Gazetteer.Row(new Place(name, country, Place.Kind.REGION, Double.NaN, Double.NaN, 0), List.of());
    }

    @Test
    void loadsCitiesAndRegions() {
        long cities = GAZETTEER.all().stream().filter(p -> p.kind() == Place.Kind.CITY).count();
        long regions = GAZETTEER.all().stream().filter(p -> p.kind() == Place.Kind.REGION).count();
        assertThat(cities).isGreaterThanOrEqualTo(5_000);
        assertThat(regions).isGreaterThanOrEqualTo(2_000);
        assertThat(GAZETTEER.all()).allSatisfy(p -> assertThat(p.hasCoordinates()).isEqualTo(p.kind() == Place.Kind.CITY));
        assertThat(GAZETTEER.maxWords()).isBetween(3, 12);
    }

    @Test
    void citiesFindTheirCountry() {
        Place mariupol = GAZETTEER.byName("Mariupol").orElseThrow();
        assertThat(mariupol.country()).isEqualTo("UKR");
        assertThat(mariupol.kind()).isEqualTo(Place.Kind.CITY);
        assertThat(mariupol.latitude()).isBetween(47.0, 47.2);
        assertThat(mariupol.population()).isPositive();
        assertThat(country("Pristina")).isEqualTo("XKX");
        assertThat(country("Kyiv")).isEqualTo("UKR");
        assertThat(country("Kiev")).isEqualTo("UKR");
        assertThat(country("Astana")).isEqualTo("KAZ");
        assertThat(country("Gaza")).isEqualTo("PSE");
    }

    @Test
    void sharedNamesGoToTheMostPopulousCity() {
        assertThat(country("Paris")).isEqualTo("FRA");
        assertThat(country("Sydney")).isEqualTo("AUS");
        assertThat(country("Alexandria")).isEqualTo("EGY");
        assertThat(country("Manchester")).isEqualTo("GBR");
    }

    @Test
    void diacriticsAreIgnoredButExactSpellingsComeFirst() {
        assertThat(country("Bogota")).isEqualTo("COL");
        assertThat(country("Bogotá")).isEqualTo("COL");
        assertThat(GAZETTEER.byName("Bogota").orElseThrow().name()).isEqualTo("Bogotá");
        assertThat(country("Bali")).isEqualTo("IDN");
    }

    @Test
    void regionsAndDisputedTerritories() {
        Place bali = GAZETTEER.byName("Bali").orElseThrow();
        assertThat(bali.kind()).isEqualTo(Place.Kind.REGION);
        assertThat(bali.hasCoordinates()).isFalse();
        assertThat(country("Balochistan")).isEqualTo("PAK");
        assertThat(country("Abkhazia")).isEqualTo("GEO");
        assertThat(country("South Ossetia")).isEqualTo("GEO");
        assertThat(country("Transnistria")).isEqualTo("MDA");
        assertThat(country("Nagorno-Karabakh")).isEqualTo("AZE");
        assertThat(country("Nagorno Karabakh")).isEqualTo("AZE");
        assertThat(country("Northern Cyprus")).isEqualTo("CYP");
        assertThat(country("Crimea")).isEqualTo("UKR");
        assertThat(country("Donbas")).isEqualTo("UKR");
        assertThat(country("Somaliland")).isEqualTo("SOM");
        assertThat(country("West Bank")).isEqualTo("PSE");
        assertThat(country("Ontario")).isEqualTo("CAN");
        assertThat(country("Florida")).isEqualTo("none");
        assertThat(GAZETTEER.byName("Rafah").map(Place::kind)).contains(Place.Kind.CITY);
        assertThat(country("Kashmir")).isEqualTo("none");
    }

    @Test
    void stopwordsNeverMatch() {
        for (String word : List.of("Reading", "Split", "Mobile", "Nice", "Of", "Victoria", "Lincoln", "Jackson",
                "Washington", "WASHINGTON", "Central", "North")) {
            assertThat(GAZETTEER.byName(word)).as(word).isEmpty();
        }
    }

    @Test
    void firstLetterMustBeWrittenAsInTheTableUnlessAllCaps() {
        assertThat(GAZETTEER.byName("mariupol")).isEmpty();
        assertThat(country("MARIUPOL")).isEqualTo("UKR");
        assertThat(country("MariuPOL")).isEqualTo("UKR");
        assertThat(GAZETTEER.byName("bali")).isEmpty();
        assertThat(country("BOGOTA")).isEqualTo("COL");
    }

    @Test
    void regionsOfSeveralCountriesAreAmbiguous() {
        Gazetteer g = Gazetteer.of(List.of(region("Punjab", "IND"), region("Punjab", "PAK"),
                region("Florida", "USA"), region("Florida", "URY"), city("Florida", "CUB", 60_000),
                region("Colon", "PAN"), region("Colon", "HND"), city("Colon", "PAN", 70_000)), Set.of());
        assertThat(g.byName("Punjab")).isEmpty();
        assertThat(g.byName("Florida")).isEmpty();
        assertThat(g.byName("Colon")).isEmpty();
    }

    @Test
    void largeCitiesOutrankRegionsSmallOnesDoNot() {
        Gazetteer g = Gazetteer.of(List.of(region("Bali", "IDN"), city("Bali", "CMR", 72_000),
                region("Manchester", "JAM"), city("Manchester", "GBR", 400_000),
                region("Lagos", "NGA"), city("Lagos", "NGA", 100_000), city("Lagos", "PRT", 150_000)), Set.of("Of"));
        assertThat(g.byName("Bali").map(Place::country)).contains("IDN");
        assertThat(g.byName("Manchester").map(Place::country)).contains("GBR");
        Optional<Place> lagos = g.byName("Lagos");
        assertThat(lagos.map(Place::country)).contains("NGA");
        assertThat(lagos.map(Place::kind)).contains(Place.Kind.CITY);
    }

    @Test
    void emptyAndRandomInputNeverThrow() {
        assertThat(GAZETTEER.byName("")).isEmpty();
        assertThat(GAZETTEER.byName("   ")).isEmpty();
        assertThat(GAZETTEER.byName("'")).isEmpty();
        assertThat(GAZETTEER.byName("No Such Place Anywhere")).isEmpty();
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append((char) random.nextInt(0x3000));
            }
            GAZETTEER.byName(s.toString());
        }
    }

    @Test
    void placesRejectBadValues() {
        assertThatThrownBy(() -> new Place("X", "usa", Place.Kind.CITY, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usa");
        assertThatThrownBy(() -> new Place("X", "USA", Place.Kind.CITY, 91, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("91");
        assertThatThrownBy(() -> new Place(" ", "USA", Place.Kind.REGION, Double.NaN, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Place("X", "USA", Place.Kind.REGION, 1, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
