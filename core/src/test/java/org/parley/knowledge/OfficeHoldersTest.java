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

    @Test
    void holdersFrom2000OnAndDefenceMinistersDependOnTheDate() {
        assertThat(HOLDERS.holding("George W. Bush", d("2005-06-01"))).hasValueSatisfying(h -> {
            assertThat(h.role()).isEqualTo("President");
            assertThat(h.code()).isEqualTo("USAGOV");
        });
        assertThat(HOLDERS.holding("Condoleezza Rice", d("2003-06-01")).map(OfficeHolder::role))
                .contains("National Security Adviser");
        assertThat(HOLDERS.holding("Condoleezza Rice", d("2006-06-01")).map(OfficeHolder::role))
                .contains("Secretary of State");
        assertThat(HOLDERS.bySurname("Rumsfeld", d("2005-03-01")).map(OfficeHolder::role))
                .contains("Secretary of Defense");
        assertThat(HOLDERS.bySurname("Schröder", d("2003-01-01")).map(OfficeHolder::code)).contains("DEUGOV");
        assertThat(HOLDERS.bySurname("Chirac", d("2005-01-01")).map(OfficeHolder::name)).contains("Jacques Chirac");
        assertThat(HOLDERS.bySurname("Vajpayee", d("2002-01-01")).map(OfficeHolder::role)).contains("Prime Minister");
        assertThat(HOLDERS.holding("Gordon Brown", d("2005-01-01")).map(OfficeHolder::role))
                .contains("Chancellor of the Exchequer");
        // the same office in 2005 and in 2020
        assertThat(HOLDERS.holding("Sergei Ivanov", d("2005-01-01")).map(OfficeHolder::role)).contains("Defence Minister");
        assertThat(HOLDERS.holding("Sergei Ivanov", d("2020-01-01"))).isEmpty();
        assertThat(HOLDERS.holding("Sergei Shoigu", d("2020-01-01")).map(OfficeHolder::role)).contains("Defence Minister");
        assertThat(HOLDERS.holding("Sergei Shoigu", d("2005-01-01"))).isEmpty();
        assertThat(HOLDERS.bySurname("Akar", d("2020-06-01")).map(OfficeHolder::code)).contains("TURGOV");
        assertThat(HOLDERS.bySurname("Akar", d("2017-06-01")).map(OfficeHolder::code)).contains("TURMIL");
        assertThat(HOLDERS.bySurname("Musharraf", d("2004-01-01")).map(OfficeHolder::role)).contains("President");
    }

    @Test
    void intelligenceChiefsAndArmyChiefsCarrySpyAndMilitaryCodes() {
        assertThat(HOLDERS.holding("William Burns", d("2023-01-01")).map(OfficeHolder::code)).contains("USASPY");
        assertThat(HOLDERS.holding("Gina Haspel", d("2019-01-01")).map(OfficeHolder::code)).contains("USASPY");
        assertThat(HOLDERS.holding("Alexander Bortnikov", d("2022-03-01")).map(OfficeHolder::code)).contains("RUSSPY");
        assertThat(HOLDERS.holding("David Barnea", d("2024-01-01")).map(OfficeHolder::code)).contains("ISRSPY");
        assertThat(HOLDERS.holding("Richard Moore", d("2023-01-01")).map(OfficeHolder::code)).contains("GBRSPY");
        assertThat(HOLDERS.holding("Muhoozi Kainerugaba", d("2024-06-01")).map(OfficeHolder::code)).contains("UGAMIL");
        assertThat(HOLDERS.holding("Qamar Javed Bajwa", d("2020-01-01")).map(OfficeHolder::code)).contains("PAKMIL");
    }

    @Test
    void moreCountriesHaveTheirLeaders() {
        assertThat(HOLDERS.holding("Ukhnaa Khurelsukh", d("2023-01-01")).map(OfficeHolder::code)).contains("MNGGOV");
        assertThat(HOLDERS.bySurname("Ndayishimiye", d("2023-01-01")).map(OfficeHolder::code)).contains("BDIGOV");
        assertThat(HOLDERS.bySurname("Traoré", d("2024-01-01")).map(OfficeHolder::code)).contains("BFAGOV");
        assertThat(HOLDERS.holding("Kais Saied", d("2022-01-01")).map(OfficeHolder::code)).contains("TUNGOV");
        assertThat(HOLDERS.holding("Riek Machar", d("2015-01-01")).map(OfficeHolder::code)).contains("SSDREB");
        assertThat(HOLDERS.holding("Riek Machar", d("2021-01-01")).map(OfficeHolder::code)).contains("SSDGOV");
        assertThat(HOLDERS.holding("Sheikh Hasina", d("2024-09-01"))).isEmpty();
        assertThat(HOLDERS.lastOffice("Sheikh Hasina", d("2024-09-01")).map(OfficeHolder::role))
                .contains("Prime Minister");
        // new rows must not make well-known surnames ambiguous
        assertThat(HOLDERS.bySurname("Zuma", d("2015-01-01")).map(OfficeHolder::name)).contains("Jacob Zuma");
        assertThat(HOLDERS.bySurname("Santos", d("2015-01-01")).map(OfficeHolder::name)).contains("Juan Manuel Santos");
        assertThat(HOLDERS.bySurname("Harris", d("2024-06-01")).map(OfficeHolder::name)).contains("Kamala Harris");
        assertThat(HOLDERS.bySurname("Sharif", d("2015-01-01")).map(OfficeHolder::name)).contains("Nawaz Sharif");
    }
}
