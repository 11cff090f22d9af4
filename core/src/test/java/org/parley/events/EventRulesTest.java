package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.testing.SharedPipeline;

/**
 * The event rules added for recall, each on a sentence of the kind it handles, parsed by the real CoreNLP
 * models (one shared parser per test JVM). Articles are dated Wednesday 2024-03-06.
 */
class EventRulesTest {
    private static final String WEDNESDAY = "2024-03-06";

    /** "SOURCE TARGET CODE MODALITY" per event, in text order. */
    private static List<String> events(String text) {
        CodedArticle coded = SharedPipeline.code(WEDNESDAY, text);
        return coded.events().stream().map(EventRulesTest::line).toList();
    }

    private static String line(Event e) {
        return e.source().code() + " " + e.target().code() + " " + e.code().value() + " "
                + e.modality().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theObjectDecidesTheCode() {
        assertThat(events("Germany expressed condolences to Turkey after the earthquake."))
                .containsExactly("DEU TUR 018 asserted");
        assertThat(events("Poland threatened sanctions against Belarus.")).containsExactly("POL BLR 1312 asserted");
    }

    @Test
    void anObjectPatternWinsOverALightVerb() {
        assertThat(events("Hezbollah fired rockets at Israel on Tuesday.")).containsExactly("LBNREB ISR 194 past");
    }

    @Test
    void receivingFromTheGiverIsTheGiversAct() {
        assertThat(events("Ukraine received weapons from Germany.")).containsExactly("DEU UKR 072 asserted");
    }

    @Test
    void anAppealIsCodedByTheActAskedFor() {
        assertThat(events("Washington called on Beijing to release the detained journalists."))
                .containsExactly("USAGOV CHNGOV 0253 asserted");
        assertThat(events("France urged Russia to agree to a ceasefire.")).containsExactly("FRA RUS 0256 asserted");
        assertThat(events("Israel wants Washington to supply more weapons."))
                .containsExactly("ISR USAGOV 0232 asserted");
    }

    @Test
    void pageFurnitureReportsNoEvent() {
        assertThat(events("SEE ALSO: Israel and Hamas agree to a ceasefire.")).isEmpty();
        assertThat(events("Hide Caption 7 of 14 Photos: Israel and Hamas agree to a ceasefire.")).isEmpty();
        assertThat(events("Israel and Hamas agree to a ceasefire.")).isNotEmpty();
    }

    @Test
    void aWarningToOnesOwnPeopleIsNoThreat() {
        assertThat(events("The State Department warned Americans against travel to the region.")).isEmpty();
        assertThat(events("North Korea warned the United States on Wednesday.")).containsExactly("PRK USA 130 asserted");
    }

    @Test
    void anActFailedOrNotYetReachedDidNotHappen() {
        assertThat(events("Germany was unable to offer Ukraine more weapons.")).containsExactly("DEU UKR 030 negated");
        assertThat(events("Germany failed to send weapons to Ukraine.")).containsExactly("DEU UKR 072 negated");
        assertThat(events("Russia took a step toward talks with Ukraine.")).containsExactly("RUS UKR 046 hypothetical");
    }

    @Test
    void aVisitAtHomeHasNoCounterpart() {
        assertThat(events("President Biden will make a trip to New York next week.")).isEmpty();
        assertThat(events("President Biden will make a trip to Japan next week.")).containsExactly("USAGOV JPN 036 intended");
    }

    @Test
    void anAttackOrProtestWithoutTargetIsAgainstThePlace() {
        assertThat(events("Boko Haram militants launched attacks in northeastern Nigeria on Sunday."))
                .containsExactly("NGAREB NGA 190 past");
        assertThat(events("Iranian protesters rallied in Tehran.")).containsExactly("IRNOPP IRNGOV 141 asserted");
    }

    @Test
    void aGovernmentProtestsInWordsAndProtestersInTheStreet() {
        assertThat(events("Beijing expressed strong dissatisfaction and protested against the US action."))
                .containsExactly("CHNGOV USA 111 asserted");
        assertThat(events("The European Union protested against the Russian decision."))
                .containsExactly("IGOEU RUS 111 asserted");
        assertThat(events("Students protested against the Serbian government."))
                .allMatch(e -> e.contains(" 141 "));
    }

    @Test
    void aTargetWithARelativeClauseIsStillTheTarget() {
        assertThat(events("Beijing imposed sanctions on two American organizations that had hosted the president."))
                .containsExactly("CHNGOV USA 163 asserted");
    }

    @Test
    void theSameEventInALaterSentenceIsAFurtherMentionNotAnotherEvent() {
        CodedArticle coded = SharedPipeline.code(WEDNESDAY, "China imposed sanctions on Lithuania on Monday. "
                + "Vilnius called the step unjustified. China imposed the sanctions on Lithuania on Monday over Taiwan.");
        assertThat(coded.events()).extracting(EventRulesTest::line).containsExactly("CHN LTU 163 past");
        assertThat(coded.repeats()).hasSize(1);
        assertThat(coded.repeats().get(0).event()).isZero();
        assertThat(coded.repeats().get(0).sentence()).isEqualTo(2);
        assertThat(coded.repeats().get(0).evidence()).startsWith("China imposed the sanctions");
    }

    @Test
    void theObjectOfAnInvestigationOrAcceptanceDecidesTheCode() {
        assertThat(events("The United Nations investigated the Israeli strike on the convoy."))
                .containsExactly("IGOUNO ISR 093 asserted");
        assertThat(events("Armenia accepted mediation from the European Union."))
                .containsExactly("ARM IGOEU 038 asserted");
        assertThat(events("Kenya deployed police to the Haitian capital.")).containsExactly("KEN HTI 153 asserted");
        assertThat(events("Ukraine rallied support against Russia.")).containsExactly("UKR RUS 113 asserted");
    }

    @Test
    void protestersWhoDestroyRiot() {
        assertThat(events("Kenyan protesters torched a police station in Nairobi."))
                .containsExactly("KENOPP KENCOP 145 asserted");
    }

    @Test
    void aReportedAttackIsTheReportersAccusationButAClosingAttributionIsNot() {
        assertThat(events("Ukraine said Russian forces shelled Kharkiv."))
                .containsExactly("RUSMIL UKR 194 asserted", "UKR RUSMIL 112 asserted");
        assertThat(events("Russian forces shelled Kharkiv, Ukrainian officials said."))
                .containsExactly("RUSMIL UKR 194 asserted");
    }

    @Test
    void claimingResponsibilityTargetsTheCountryStruck() {
        assertThat(events("The Islamic State claimed responsibility for a bombing in Kabul."))
                .containsExactly("IMGREB AFG 015 asserted");
        assertThat(events("Hamas claimed that it had fired rockets at Israel."))
                .contains("PSEREB ISR 015 asserted");
    }

    @Test
    void theAttackerOfAnAgentlessKillingIsTheStrikesOwner() {
        assertThat(events("Three civilians were killed in an Israeli air strike in Gaza."))
                .anyMatch(e -> e.startsWith("ISR ") && e.endsWith(" 190 asserted"))
                .contains("ISR PSE 195 asserted");
    }

    @Test
    void anUndatedPluperfectIsBackgroundWithoutDate() {
        CodedArticle coded = SharedPipeline.code(WEDNESDAY, "Egypt said it had sent aid to Sudan.");
        assertThat(coded.events()).singleElement().satisfies(e -> {
            assertThat(line(e)).isEqualTo("EGY SDN 070 past");
            assertThat(e.date()).isEmpty();
        });
        CodedArticle dated = SharedPipeline.code(WEDNESDAY, "Egypt said it had sent aid to Sudan on Monday.");
        assertThat(dated.events()).singleElement().satisfies(e -> assertThat(e.date().map(Object::toString))
                .contains("2024-03-04"));
    }

    @Test
    void aRefusedPermissionIsARejectionAndItsActHasNotHappened() {
        assertThat(events("Sudan's army said it would not give permission to the UN to inspect the camps."))
                .containsExactly("SDNMIL IGOUNO 1245 asserted");
    }

    @Test
    void aThreatIsCodedByTheActThreatened() {
        assertThat(events("Poland threatened to impose sanctions on Belarus."))
                .containsExactly("POL BLR 1312 asserted");
    }

    @Test
    void tradingFireIsFightingBothWays() {
        assertThat(events("Israel and Hamas traded fire on Tuesday."))
                .containsExactly("ISR PSEREB 190 past", "PSEREB ISR 190 past");
    }

    @Test
    void anAttackNamedAsACauseIsNotTheSubjectsAct() {
        assertThat(events("Britain expelled Russian diplomats to punish Moscow for the nerve-agent attack on a "
                + "former spy in Salisbury.")).noneMatch(e -> e.contains(" 190 ") || e.contains(" 19"));
    }

    @Test
    void rarerCodesHaveTheirOwnRows() {
        assertThat(events("The European Union is considering sanctions against Belarus."))
                .containsExactly("IGOEU BLR 014 asserted");
        assertThat(events("Boko Haram fighters ambushed a Nigerian army convoy on Monday."))
                .containsExactly("NGAREB NGAMIL 180 past");
        assertThat(events("Qatar suspended its mediation between Israel and Hamas."))
                .containsExactly("QAT ISR 165 asserted", "QAT PSEREB 165 asserted");
    }

    @Test
    void wantingToActIsAnIntent() {
        List<Event> coded = SharedPipeline.code("2015-06-09", "Obama wants to attack Switzerland.").events();
        assertThat(coded).extracting(EventRulesTest::line).containsExactly("USAGOV CHE 138 asserted");
        assertThat(coded.get(0).modality()).isEqualTo(Modality.ASSERTED);
    }
}
