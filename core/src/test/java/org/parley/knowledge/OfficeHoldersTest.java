package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OfficeHoldersTest {
    private static final OfficeHolders HOLDERS = OfficeHolders.load();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void putinsOfficesDependOnTheDate() {
        assertThat(HOLDERS.holding("Vladimir Putin", d("2009-06-01"))).hasValueSatisfying(h -> {
            assertThat(h.role()).isEqualTo("Prime Minister");
            assertThat(h.code()).isEqualTo("RUSGOV");
        });
        assertThat(HOLDERS.holding("Vladimir Putin", d("2023-06-01")).map(OfficeHolder::role)).contains("President");
        assertThat(HOLDERS.holding("Putin", d("2000-05-07")).map(OfficeHolder::role)).contains("President");
        assertThat(HOLDERS.holding("Vladimir Putin", d("1995-01-01"))).isEmpty();
        assertThat(HOLDERS.byName("Vladimir Putin")).extracting(OfficeHolder::start)
                .isSorted().startsWith(d("1999-08-16"));
    }

    @Test
    void blinkenWasSecretaryOfState() {
        OfficeHolder blinken = HOLDERS.holding("Antony Blinken", d("2023-06-19")).orElseThrow();
        assertThat(blinken.role()).isEqualTo("Secretary of State");
        assertThat(blinken.code()).isEqualTo("USAGOV");
        assertThat(blinken.endDate()).contains(d("2025-01-20"));
        assertThat(HOLDERS.holding("Tony Blinken", d("2023-06-19"))).contains(blinken);
    }

    @Test
    void surnamesResolveWhenUnique() {
        assertThat(HOLDERS.bySurname("Biden", d("2024-11-16"))).hasValueSatisfying(h -> {
            assertThat(h.name()).isEqualTo("Joe Biden");
            assertThat(h.role()).isEqualTo("President");
            assertThat(h.code()).isEqualTo("USAGOV");
        });
        assertThat(HOLDERS.bySurname("Xi", d("2023-06-19")).map(OfficeHolder::name)).contains("Xi Jinping");
        assertThat(HOLDERS.bySurname("Erdogan", d("2016-06-28")).map(OfficeHolder::role)).contains("President");
        assertThat(HOLDERS.bySurname("von der Leyen", d("2024-01-01")).map(OfficeHolder::code)).contains("IGOEU");
        assertThat(HOLDERS.bySurname("Kim", d("2023-07-11"))).isEmpty();
        assertThat(HOLDERS.bySurname("Biden", d("2030-01-01"))).isEmpty();
    }

    @Test
    void namesMatchWithoutDiacriticsOrHyphens() {
        assertThat(HOLDERS.byName("Erdogan")).isNotEmpty().allSatisfy(h -> assertThat(h.name())
                .isEqualTo("Recep Tayyip Erdoğan"));
        assertThat(HOLDERS.byName("recep tayyip erdogan")).hasSize(2);
        assertThat(HOLDERS.holding("Kim Jong-un", d("2023-07-11")).map(OfficeHolder::code)).contains("PRKGOV");
        assertThat(HOLDERS.holding("Kim Yo Jong", d("2023-07-11")).map(OfficeHolder::code)).contains("PRKGOV");
    }

    @Test
    void organisationLeadersCarryIgoCodes() {
        assertThat(HOLDERS.holding("António Guterres", d("2023-10-19")).map(OfficeHolder::code)).contains("IGOUNO");
        assertThat(HOLDERS.holding("Josep Borrell", d("2024-08-30")).map(OfficeHolder::code)).contains("IGOEU");
        assertThat(HOLDERS.holding("Rafael Grossi", d("2023-03-05")).map(OfficeHolder::code)).contains("IGOIAEA");
        assertThat(HOLDERS.holding("Karim Khan", d("2022-03-03")).map(OfficeHolder::code)).contains("IGOICC");
    }

    @Test
    void formerLeadersHaveNoHoldingButALastOffice() {
        LocalDate date = d("2022-12-21");
        assertThat(HOLDERS.holding("Angela Merkel", date)).isEmpty();
        assertThat(HOLDERS.lastOffice("Angela Merkel", date)).hasValueSatisfying(h -> {
            assertThat(h.role()).isEqualTo("Chancellor");
            assertThat(h.code()).isEqualTo("DEUGOV");
        });
        assertThat(HOLDERS.lastOffice("Vladimir Putin", d("2009-06-01")).map(OfficeHolder::role)).contains("President");
        assertThat(HOLDERS.lastOffice("Mohamed Bazoum", d("2023-07-31")).map(OfficeHolder::code)).contains("NERGOV");
        assertThat(HOLDERS.lastOffice("Joe Biden", d("2020-01-01")).map(OfficeHolder::role)).contains("Vice President");
    }

    @Test
    void mostSeniorOfficeWinsWhenSeveralOverlap() {
        assertThat(HOLDERS.holding("Mohammed bin Salman", d("2023-01-01")).map(OfficeHolder::role))
                .contains("Prime Minister");
        assertThat(HOLDERS.holding("Yair Lapid", d("2022-08-01")).map(OfficeHolder::role)).contains("Prime Minister");
        assertThat(HOLDERS.holding("Scott Morrison", d("2022-10-01")).map(OfficeHolder::code)).contains("AUSLEG");
    }

    @Test
    void tableCoversTheRequiredCountries() {
        assertThat(HOLDERS.all()).hasSizeGreaterThanOrEqualTo(250);
        assertThat(HOLDERS.all()).extracting(OfficeHolder::country).contains("USA", "CHN", "RUS", "GBR", "FRA",
                "DEU", "JPN", "IND", "UKR", "ISR", "IRN", "TUR", "SAU", "PAK", "PRK", "KOR", "BRA", "CAN", "AUS",
                "ITA", "TWN", "EGY", "QAT", "ARE", "POL", "HUN", "PHL", "VNM", "MEX", "ZAF", "NGA", "ARM", "AZE",
                "BLR", "SRB", "XKX", "VEN", "SYR", "AFG", "COL", "KAZ", "NER", "IGOUNO", "IGONATO", "IGOEU");
    }

    @Test
    void emptyAndUnknownInputFindNothing() {
        assertThat(HOLDERS.byName("")).isEmpty();
        assertThat(HOLDERS.holding("", d("2020-01-01"))).isEmpty();
        assertThat(HOLDERS.bySurname("", d("2020-01-01"))).isEmpty();
        assertThat(HOLDERS.lastOffice("Nobody Known", d("2020-01-01"))).isEmpty();
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(3);
        for (int i = 0; i < 1000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(15);
            for (int j = 0; j < length; j++) {
                s.append((char) (' ' + random.nextInt(400)));
            }
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(30000));
            HOLDERS.holding(s.toString(), date);
            HOLDERS.bySurname(s.toString(), date);
            HOLDERS.lastOffice(s.toString(), date);
        }
        assertThat(HOLDERS.byName("qqq zzz")).isEmpty();
    }

    @Test
    void recordsRejectBadTerms() {
        assertThatThrownBy(() -> new OfficeHolder("A B", List.of(), "USA", "USAGOV", "President",
                d("2020-01-01"), d("2019-01-01"))).hasMessageContaining("2019-01-01");
        assertThatThrownBy(() -> new OfficeHolder("A B", List.of(), "USA", "RUSGOV", "President",
                d("2020-01-01"), LocalDate.MAX)).hasMessageContaining("RUSGOV");
        OfficeHolder open = new OfficeHolder("A B", List.of(), "USA", "USAGOV", "President", d("2020-01-01"),
                LocalDate.MAX);
        assertThat(open.endDate()).isEmpty();
        assertThat(open.inOffice(d("2099-01-01"))).isTrue();
    }
}
