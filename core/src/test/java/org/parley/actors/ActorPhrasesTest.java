package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.CodedArticle;
import org.parley.testing.SharedPipeline;

/**
 * Actor rules on the real parse of sentences of their kind (one shared parser per test JVM): what each
 * phrase resolves to, as "text -> CODE".
 */
class ActorPhrasesTest {
    private static List<String> mentions(String date, String text) {
        CodedArticle coded = SharedPipeline.code(date, text);
        return coded.mentions().stream().map(m -> m.text() + " -> " + m.actor().code()).toList();
    }

    @Test
    void aGroupFromACountryTakesThatCountry() {
        assertThat(mentions("2024-03-06", "The Kremlin met exiled dissidents from Belarus."))
                .contains("exiled dissidents from Belarus -> BLROPP");
    }

    @Test
    void coordinatedNationalitiesGiveOneActorEach() {
        assertThat(mentions("2024-03-06", "US and British diplomats met Iranian officials."))
                .contains("US and British diplomats -> USAGOV", "US and British diplomats -> GBRGOV");
    }

    @Test
    void theyInAReportedClauseIsTheReportingCountry() {
        assertThat(mentions("2015-06-09", "The US claimed that they had attacked Iraq."))
                .contains("they -> USA");
    }

    @Test
    void anArabicArticleStartsAName() {
        assertThat(mentions("2024-03-06", "Somalia condemned al-Shabab.")).contains("al-Shabab -> SOMREB");
    }

    @Test
    void aLowerCaseLastWordEndsNoName() {
        assertThat(mentions("2024-03-06", "The group seeks a strict Islamic state in Nigeria."))
                .noneMatch(m -> m.endsWith("IMGREB"));
        assertThat(mentions("2024-03-06", "The head of the UN nuclear watchdog visited Iran."))
                .contains("UN nuclear watchdog -> IGOIAEA");
    }

    @Test
    void aGovernmentNamedAfterItsLeaderIsThatLeadersGovernment() {
        assertThat(mentions("2022-10-08", "The Biden administration imposed restrictions on chip exports."))
                .contains("The Biden administration -> USAGOV");
        assertThat(mentions("2023-03-08", "Washington criticized the Netanyahu government."))
                .contains("the Netanyahu government -> ISRGOV");
    }

    @Test
    void aSpokespersonForABodyTakesTheBodysCodeAndLendsItToTheName() {
        assertThat(mentions("2023-10-18",
                "Mao Ning, a spokesperson for the Chinese foreign ministry, said the rules were unfair."))
                .contains("Mao Ning -> CHNGOV", "a spokesperson for the Chinese foreign ministry -> CHNGOV");
        assertThat(mentions("2023-10-18", "A US envoy for Iran met European diplomats."))
                .contains("A US envoy -> USAGOV").noneMatch(m -> m.endsWith("IRNGOV"));
    }

    @Test
    void itInAConjoinedOrReportedClauseIsTheSubjectAbove() {
        assertThat(mentions("2023-02-05",
                "Beijing protested against the US action, and it warned that China would respond."))
                .contains("it -> CHNGOV");
        assertThat(mentions("2023-02-05", "Beijing said it would defend the rights of its companies."))
                .contains("it -> CHNGOV", "its -> CHNGOV");
    }

    @Test
    void anAgentTaggedAsAnAdjectiveAfterACountrysPossessiveIsTheAgent() {
        assertThat(mentions("2024-03-06", "India's military staged large-scale drills near the border on Thursday."))
                .contains("India's military -> INDMIL").doesNotContain("India -> IND");
    }

    @Test
    void stateMediaBelongToTheStateTheirReportIsAbout() {
        assertThat(mentions("2023-07-11", "North Korea fired two ballistic missiles into the sea on Monday, state media said."))
                .contains("state media -> PRKMED");
        assertThat(mentions("2023-07-11", "State media said Beijing would retaliate against the new tariffs."))
                .contains("State media -> CHNMED");
    }

    @Test
    void anotherCountrysPossessiveMakesATableBodyThatCountrysAgent() {
        assertThat(mentions("2021-06-01", "Peru's Defense Department announced new patrols on the border."))
                .contains("Peru's Defense Department -> PERGOVMIL").noneMatch(m -> m.endsWith("USAMIL"));
        assertThat(mentions("2021-06-01", "The Defense Department announced new patrols."))
                .contains("The Defense Department -> USAMIL");
    }

    @Test
    void aMistypedCapitalStillNamesTheCountry() {
        assertThat(mentions("2015-06-09", "The United States wants to help iSrael.")).contains("iSrael -> ISR");
    }
}
