package org.parley.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.IssueLexicon;
import org.parley.knowledge.Wars;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.IssueTag;
import org.parley.model.Issues;
import org.parley.model.Mention;
import org.parley.model.Modality;
import org.parley.model.ParsedArticle;
import org.parley.testing.Parses;
import org.parley.testing.RandomParses;

/** The issues stage on hand-made parses, mentions and events. */
class IssueTaggerTest {
    private static final IssueTagger TAGGER = new IssueTagger(IssueLexicon.load(), Wars.load());

    private static Event event(String source, String target, String code, int sentence, int start, int end,
                               String evidence) {
        CameoCode c = CameoCode.of(code);
        return new Event(new Actor(source, source), new Actor(target, target), c, "test", c.quadClass(), 0.0, "",
                Modality.ASSERTED, Optional.of(EventDate.ofDay(LocalDate.of(2023, 6, 19))), "", sentence, start, end,
                evidence, "test");
    }

    /** "Beijing warned Washington over arms sales to Taiwan." */
    private static ParsedArticle taiwanArms() {
        return Parses.article("2023-06-19", "Beijing warned Washington over arms sales to Taiwan.",
                "0 Beijing Beijing NNP LOCATION 1 nsubj",
                "1 warned warn VBD O -1 root",
                "2 Washington Washington NNP LOCATION 1 obj",
                "3 over over IN O 5 case",
                "4 arms arm NNS O 5 compound",
                "5 sales sale NNS O 1 obl",
                "6 to to IN O 7 case",
                "7 Taiwan Taiwan NNP LOCATION 5 nmod",
                "8 . . . O 1 punct");
    }

    @Test
    void aPhraseGivesItsIssueWithEvidenceAndOffsets() {
        ParsedArticle pa = taiwanArms();
        Issues issues = TAGGER.tag(pa, List.of(), List.of());
        assertThat(issues.codes()).containsExactly("TAIWAN");
        IssueTag tag = issues.article().get(0);
        assertThat(tag.evidence()).isEqualTo("Taiwan");
        assertThat(pa.span(tag.start(), tag.end())).isEqualTo("Taiwan");
        assertThat(tag.start()).isEqualTo(45);
        assertThat(tag.sentence()).isZero();
        assertThat(tag.rule()).startsWith("lexicon 'taiwan");
    }

    @Test
    void anEventTakesTheIssuesOfItsSentence() {
        ParsedArticle pa = taiwanArms();
        Event warn = event("CHNGOV", "USAGOV", "130", 0, 0, 14, "Beijing warned");
        Issues issues = TAGGER.tag(pa, List.of(), List.of(warn));
        assertThat(issues.codesOfEvent(0)).containsExactly("TAIWAN");
    }

    @Test
    void multiwordPhraseMatchesOnLemmasAcrossAGap() {
        ParsedArticle pa = Parses.article("2023-07-04", "China will restrict its exports of gallium.",
                "0 China China NNP LOCATION 2 nsubj",
                "1 will will MD O 2 aux",
                "2 restrict restrict VB O -1 root",
                "3 its its PRP$ O 4 nmod:poss",
                "4 exports export NNS O 2 obj",
                "5 of of IN O 6 case",
                "6 gallium gallium NN O 4 nmod",
                "7 . . . O 2 punct");
        Issues issues = TAGGER.tag(pa, List.of(), List.of());
        assertThat(issues.codes()).containsExactly("EXPORT_CONTROLS");
        assertThat(issues.article().get(0).evidence()).isEqualTo("restrict its exports");
    }

    @Test
    void hyphenatedTermsMatchWhenTheTokenizerSplitsThem() {
        ParsedArticle pa = Parses.article("2023-07-04", "Cross-strait ties worsened.",
                "0 Cross Cross NNP O 2 compound",
                "1 - - HYPH O 2 punct",
                "2 strait strait NN O 3 compound",
                "3 ties tie NNS O 4 nsubj",
                "4 worsened worsen VBD O -1 root",
                "5 . . . O 4 punct");
        Issues issues = TAGGER.tag(pa, List.of(), List.of());
        assertThat(issues.codes()).contains("TAIWAN");
        assertThat(issues.article().get(0).evidence()).isEqualTo("Cross-strait");
    }

    @Test
    void aNegativeContextBlocksTheMatch() {
        ParsedArticle pa = Parses.article("2023-07-04", "The trade war hurt exports.",
                "0 The the DT O 2 det",
                "1 trade trade NN O 2 compound",
                "2 war war NN O 3 nsubj",
                "3 hurt hurt VBD O -1 root",
                "4 exports export NNS O 3 obj",
                "5 . . . O 3 punct");
        Issues issues = TAGGER.tag(pa, List.of(), List.of());
        assertThat(issues.codes()).containsExactly("TRADE_DISPUTE");
    }

    @Test
    void aWordThatNeedsContextIsNotEnoughAlone() {
        ParsedArticle pa = Parses.article("2023-07-04", "Diplomats said the talks went well.",
                "0 Diplomats diplomat NNS O 1 nsubj",
                "1 said say VBD O -1 root",
                "2 the the DT O 3 det",
                "3 talks talk NNS O 4 nsubj",
                "4 went go VBD O 1 ccomp",
                "5 well well RB O 4 advmod",
                "6 . . . O 1 punct");
        assertThat(TAGGER.tag(pa, List.of(), List.of()).codes()).isEmpty();
    }

    @Test
    void eventCodesGiveIssuesAndAMeetingAloneIsAboutTheRelationship() {
        ParsedArticle pa = Parses.article("2023-06-19", "Biden met Xi.",
                "0 Biden Biden NNP PERSON 1 nsubj",
                "1 met meet VBD O -1 root",
                "2 Xi Xi NNP PERSON 1 obj",
                "3 . . . O 1 punct");
        Event meet = event("USAGOV", "CHNGOV", "040", 0, 0, 12, "Biden met Xi");
        Issues issues = TAGGER.tag(pa, List.of(), List.of(meet));
        assertThat(issues.codes()).containsExactly("DIPLOMATIC_RELATIONS");
        assertThat(issues.article().get(0).rule()).contains("040");
        Event strike = event("USAMIL", "CHNMIL", "190", 0, 0, 12, "Biden met Xi");
        assertThat(TAGGER.tag(pa, List.of(), List.of(strike)).codes()).containsExactly("ARMED_CONFLICT");
        assertThat(TAGGER.tag(pa, List.of(), List.of(meet, strike)).codes())
                .as("the meeting rule applies only when nothing else tagged the article")
                .containsExactly("ARMED_CONFLICT");
    }

    /** "Russia and Ukraine traded accusations." published on {@code date}. */
    private static ParsedArticle russiaAndUkraine(String date) {
        return Parses.article(date, "Russia and Ukraine traded accusations.",
                "0 Russia Russia NNP LOCATION 3 nsubj",
                "1 and and CC O 2 cc",
                "2 Ukraine Ukraine NNP LOCATION 0 conj",
                "3 traded trade VBD O -1 root",
                "4 accusations accusation NNS O 3 obj",
                "5 . . . O 3 punct");
    }

    @Test
    void bothSidesOfAnOngoingWarMakeItAboutTheWar() {
        ParsedArticle pa = russiaAndUkraine("2023-06-19");
        List<Mention> mentions = List.of(Parses.mention(pa, 0, 0, "RUS"), Parses.mention(pa, 0, 2, "UKR"));
        Issues issues = TAGGER.tag(pa, mentions, List.of());
        assertThat(issues.codes()).containsExactly("ARMED_CONFLICT");
        assertThat(issues.article().get(0).evidence()).isEqualTo("Ukraine");
        ParsedArticle before = russiaAndUkraine("2021-06-19");
        assertThat(TAGGER.tag(before, List.of(Parses.mention(before, 0, 0, "RUS"),
                Parses.mention(before, 0, 2, "UKR")), List.of()).codes()).as("before the war began").isEmpty();
    }

    @Test
    void aidToASideOfAWarIsAboutTheWarButOtherCooperationWithItIsNot() {
        ParsedArticle pa = Parses.article("2023-06-19", "Norway sent aid.",
                "0 Norway Norway NNP LOCATION 1 nsubj",
                "1 sent send VBD O -1 root",
                "2 aid aid NN O 1 obj",
                "3 . . . O 1 punct");
        Event aid = event("NORGOV", "UKRGOV", "072", 0, 0, 11, "Norway sent");
        assertThat(TAGGER.tag(pa, List.of(), List.of(aid)).codes()).containsExactly("ARMED_CONFLICT");
        Event patrol = event("PHLMIL", "USAMIL", "062", 0, 0, 11, "Norway sent");
        assertThat(TAGGER.tag(pa, List.of(), List.of(patrol)).codes()).as("the US is a side in the Red Sea")
                .doesNotContain("ARMED_CONFLICT");
    }

    @Test
    void aHijackingIsNoWarButABombingIsTerrorism() {
        ParsedArticle pa = Parses.article("2025-03-12", "Gunmen seized it.",
                "0 Gunmen gunman NNS O 1 nsubj",
                "1 seized seize VBD O -1 root",
                "2 it it PRP O 1 obj",
                "3 . . . O 1 punct");
        Event hijack = event("PAKSEP", "PAKCVL", "181", 0, 0, 13, "Gunmen seized");
        assertThat(TAGGER.tag(pa, List.of(), List.of(hijack)).codes()).isEmpty();
        Event bombing = event("PAKSEP", "PAKCVL", "183", 0, 0, 13, "Gunmen seized");
        assertThat(TAGGER.tag(pa, List.of(), List.of(bombing)).codes()).containsExactly("TERRORISM");
    }

    @Test
    void attacksOnAStatesTerritoryAreATerritorialDispute() {
        ParsedArticle pa = Parses.article("2022-11-23", "They condemned attacks on Armenian territory.",
                "0 They they PRP O 1 nsubj",
                "1 condemned condemn VBD O -1 root",
                "2 attacks attack NNS O 1 obj",
                "3 on on IN O 5 case",
                "4 Armenian Armenian JJ MISC 5 amod",
                "5 territory territory NN O 2 nmod",
                "6 . . . O 1 punct");
        Issues issues = TAGGER.tag(pa, List.of(), List.of());
        assertThat(issues.codes()).containsExactly("TERRITORIAL_DISPUTE");
        assertThat(issues.article().get(0).evidence()).isEqualTo("attacks on Armenian territory");
    }

    @Test
    void memberStatesAreNoBlocMembership() {
        ParsedArticle pa = Parses.article("2024-08-30", "EU member states were opposed.",
                "0 EU EU NNP ORGANIZATION 2 compound",
                "1 member member NN O 2 compound",
                "2 states state NNS O 4 nsubj:pass",
                "3 were be VBD O 4 aux:pass",
                "4 opposed oppose VBN O -1 root",
                "5 . . . O 4 punct");
        assertThat(TAGGER.tag(pa, List.of(), List.of()).codes()).isEmpty();
    }

    @Test
    void emptyArticleHasNoIssues() {
        ParsedArticle pa = Parses.article("2023-06-19", "Hello.", "0 Hello hello UH O -1 root", "1 . . . O 0 punct");
        assertThat(TAGGER.tag(pa, List.of(), List.of())).isEqualTo(Issues.none(0));
    }

    @Test
    void randomInputNeverFailsAndKeepsOffsetsInsideTheText() {
        Random random = new Random(6);
        for (int i = 0; i < 300; i++) {
            ParsedArticle pa = RandomParses.article(random);
            List<Mention> mentions = RandomParses.mentions(pa, random);
            assertThatCode(() -> {
                Issues issues = TAGGER.tag(pa, mentions, List.of());
                for (IssueTag t : issues.article()) {
                    assertThat(pa.span(t.start(), t.end())).isEqualTo(t.evidence());
                }
            }).doesNotThrowAnyException();
        }
    }
}
