package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.testing.Parses;

/**
 * One test per actor rule of {@link ActorResolver}, each on a small hand-made parse whose rows are copied from
 * CoreNLP's lean parse of the sentence (so the NER tags are what the resolver really sees).
 */
class ActorRulesTest {
    private static final ActorResolver RESOLVER = new ActorResolver(Knowledge.load());

    private static Optional<Mention> mentionOf(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static String codeOf(List<Mention> mentions, String text) {
        return mentionOf(mentions, text).map(m -> m.actor().code()).orElse("<no mention '" + text + "'>");
    }

    private static List<Mention> inSentence(List<Mention> mentions, int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    // ---- office holders on the article's date ------------------------------------------------------------

    private static ParsedArticle putinVisitedBeijing(String date) {
        return Parses.article(date, "Vladimir Putin visited Beijing.",
                "0 Vladimir Vladimir NNP PERSON 1 compound",
                "1 Putin Putin NNP PERSON 2 nsubj",
                "2 visited visit VBD O -1 root",
                "3 Beijing Beijing NNP LOCATION 2 obj",
                "4 . . . O 2 punct");
    }

    @Test
    void samePersonHoldsTheOfficeOfTheArticleDate() {
        Mention in2009 = mentionOf(RESOLVER.resolve(putinVisitedBeijing("2009-06-01")), "Vladimir Putin").orElseThrow();
        Mention in2023 = mentionOf(RESOLVER.resolve(putinVisitedBeijing("2023-06-01")), "Vladimir Putin").orElseThrow();
        assertThat(in2009.actor()).isEqualTo(new Actor("RUSGOV", "Vladimir Putin"));
        assertThat(in2023.actor()).isEqualTo(new Actor("RUSGOV", "Vladimir Putin"));
        assertThat(in2009.evidence()).contains("Prime Minister").contains("2009-06-01").doesNotContain("President");
        assertThat(in2023.evidence()).contains("President").contains("2023-06-01").doesNotContain("Prime Minister");
    }

    @Test
    void formerLeaderOnALaterDateIsAnElite() {
        ParsedArticle pa = Parses.article("2023-06-01", "Boris Johnson visited Kyiv.",
                "0 Boris Boris NNP PERSON 1 compound",
                "1 Johnson Johnson NNP PERSON 2 nsubj",
                "2 visited visit VBD O -1 root",
                "3 Kyiv Kyiv NNP LOCATION 2 obj",
                "4 . . . O 2 punct");
        Mention johnson = mentionOf(RESOLVER.resolve(pa), "Boris Johnson").orElseThrow();
        assertThat(johnson.actor().code()).isEqualTo("GBRELI");
        assertThat(johnson.evidence()).contains("former").contains("Prime Minister");
    }

    @Test
    void officeHolderTaggedAsAnOrganisationIsStillTheOfficeHolder() {
        ParsedArticle pa = Parses.article("2022-11-14", "Xi Jinping met Joe Biden in Bali.",
                "0 Xi Xi NNP ORGANIZATION 1 compound",
                "1 Jinping Jinping NNP ORGANIZATION 2 nsubj",
                "2 met meet VBD O -1 root",
                "3 Joe Joe NNP PERSON 4 compound",
                "4 Biden Biden NNP PERSON 2 obj",
                "5 in in IN O 6 case",
                "6 Bali Bali NNP LOCATION 2 obl",
                "7 . . . O 2 punct");
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(codeOf(ms, "Joe Biden")).isEqualTo("USAGOV");
        assertThat(codeOf(ms, "Xi Jinping")).isEqualTo("CHNGOV");
    }

    @Test
    void fullTableNameIsOneMentionEvenWhenNerMissesItsFirstWord() {
        ParsedArticle pa = Parses.article("2023-06-01", "Vladimir Putin met Recep Tayyip Erdogan in Sochi.",
                "0 Vladimir Vladimir NNP PERSON 1 compound",
                "1 Putin Putin NNP PERSON 2 nsubj",
                "2 met meet VBD O -1 root",
                "3 Recep Recep NNP O 5 compound",
                "4 Tayyip Tayyip NNP PERSON 5 compound",
                "5 Erdogan Erdogan NNP PERSON 2 obj",
                "6 in in IN O 7 case",
                "7 Sochi Sochi NNP LOCATION 2 obl",
                "8 . . . O 2 punct");
        assertThat(codeOf(RESOLVER.resolve(pa), "Recep Tayyip Erdogan")).isEqualTo("TURGOV");
    }

    // ---- agent + nationality -----------------------------------------------------------------------------

    @Test
    void demonymAndAgentNounMakeTheCountrysAgent() {
        ParsedArticle forces = Parses.article("2023-06-01", "Russian forces shelled the town.",
                "0 Russian Russian JJ MISC 1 amod",
                "1 forces force NNS O 2 nsubj",
                "2 shelled shell VBD O -1 root",
                "3 the the DT O 4 det",
                "4 town town NN O 2 obj",
                "5 . . . O 2 punct");
        ParsedArticle officials = Parses.article("2023-06-01", "Ukrainian officials said the dam was destroyed.",
                "0 Ukrainian ukrainian JJ MISC 1 amod",
                "1 officials official NNS O 2 nsubj",
                "2 said say VBD O -1 root",
                "3 the the DT O 4 det",
                "4 dam dam NN O 6 nsubj:pass",
                "5 was be VBD O 6 aux:pass",
                "6 destroyed destroy VBN O 2 ccomp",
                "7 . . . O 2 punct");
        ParsedArticle protesters = Parses.article("2023-06-01", "Iranian protesters marched in Tehran.",
                "0 Iranian Iranian JJ MISC 1 amod",
                "1 protesters protester NNS O 2 nsubj",
                "2 marched march VBD O -1 root",
                "3 in in IN O 4 case",
                "4 Tehran Tehran NNP LOCATION 2 obl",
                "5 . . . O 2 punct");
        Mention russian = mentionOf(RESOLVER.resolve(forces), "Russian forces").orElseThrow();
        assertThat(russian.actor().code()).isEqualTo("RUSMIL");
        assertThat(russian.head()).isEqualTo(1);
        assertThat(russian.evidence()).contains("forces").contains("RUS");
        assertThat(codeOf(RESOLVER.resolve(officials), "Ukrainian officials")).isEqualTo("UKRGOV");
        List<Mention> ms = RESOLVER.resolve(protesters);
        assertThat(codeOf(ms, "Iranian protesters")).isEqualTo("IRNOPP");
        assertThat(codeOf(ms, "Tehran")).isEqualTo("IRN");
    }

    // ---- seats of power and armed groups -------------------------------------------------------------------

    @Test
    void seatsOfPowerStandForTheirGovernmentOrMilitary() {
        ParsedArticle kremlin = Parses.article("2023-06-01", "The Kremlin rejected the claim.",
                "0 The the DT O 1 det",
                "1 Kremlin Kremlin NNP LOCATION 2 nsubj",
                "2 rejected reject VBD O -1 root",
                "3 the the DT O 4 det",
                "4 claim claim NN O 2 obj",
                "5 . . . O 2 punct");
        ParsedArticle pentagon = Parses.article("2023-06-01", "The Pentagon said it would send more troops.",
                "0 The the DT O 1 det",
                "1 Pentagon Pentagon NNP ORGANIZATION 2 nsubj",
                "2 said say VBD O -1 root",
                "3 it it PRP O 5 nsubj",
                "4 would would MD O 5 aux",
                "5 send send VB O 2 ccomp",
                "6 more more JJR O 7 amod",
                "7 troops troops NNS O 5 obj",
                "8 . . . O 2 punct");
        Mention theKremlin = mentionOf(RESOLVER.resolve(kremlin), "The Kremlin").orElseThrow();
        assertThat(theKremlin.actor().code()).isEqualTo("RUSGOV");
        assertThat(theKremlin.evidence()).contains("Kremlin");
        List<Mention> ms = RESOLVER.resolve(pentagon);
        assertThat(codeOf(ms, "The Pentagon")).isEqualTo("USAMIL");
        assertThat(codeOf(ms, "it")).isEqualTo("USAMIL");
    }

    @Test
    void armedGroupsAreRebelsOfTheirCountry() {
        ParsedArticle hamas = Parses.article("2023-06-01", "Hamas fired rockets at Israel.",
                "0 Hamas Hamas NNP ORGANIZATION 1 nsubj",
                "1 fired fire VBD O -1 root",
                "2 rockets rocket NNS O 1 obj",
                "3 at at IN O 4 case",
                "4 Israel Israel NNP LOCATION 1 obl",
                "5 . . . O 1 punct");
        ParsedArticle houthis = Parses.article("2023-06-01", "The Houthis attacked a ship.",
                "0 The the DT O 1 det",
                "1 Houthis Houthis NNP PERSON 2 nsubj",
                "2 attacked attack VBD O -1 root",
                "3 a a DT O 4 det",
                "4 ship ship NN O 2 obj",
                "5 . . . O 2 punct");
        List<Mention> ms = RESOLVER.resolve(hamas);
        assertThat(codeOf(ms, "Hamas")).isEqualTo("PSEREB");
        assertThat(codeOf(ms, "Israel")).isEqualTo("ISR");
        assertThat(codeOf(ms, "rockets")).startsWith("<no mention");
        assertThat(codeOf(RESOLVER.resolve(houthis), "The Houthis")).isEqualTo("YEMREB");
    }

    // ---- discourse: later mentions, pronouns, groups, descriptions ---------------------------------------

    @Test
    void honorificLaterMentionIsTheNamedPerson() {
        ParsedArticle pa = Parses.paragraph("2023-06-01",
                Parses.sentence("Antony Blinken arrived in Beijing on Sunday.",
                        "0 Antony Antony NNP PERSON 1 compound",
                        "1 Blinken Blinken NNP PERSON 2 nsubj",
                        "2 arrived arrive VBD O -1 root",
                        "3 in in IN O 4 case",
                        "4 Beijing Beijing NNP LOCATION 2 obl",
                        "5 on on IN O 6 case",
                        "6 Sunday Sunday NNP O 2 obl",
                        "7 . . . O 2 punct"),
                Parses.sentence("Mr. Blinken met Chinese officials.",
                        "0 Mr. Mr. NNP O 1 compound",
                        "1 Blinken Blinken NNP PERSON 2 nsubj",
                        "2 met meet VBD O -1 root",
                        "3 Chinese Chinese JJ MISC 4 amod",
                        "4 officials official NNS O 2 obj",
                        "5 . . . O 2 punct"));
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(codeOf(ms, "Antony Blinken")).isEqualTo("USAGOV");
        Mention mr = mentionOf(ms, "Mr. Blinken").orElseThrow();
        assertThat(mr.sentence()).isEqualTo(1);
        assertThat(mr.firstToken()).isZero();
        assertThat(mr.actor()).isEqualTo(new Actor("USAGOV", "Antony Blinken"));
        assertThat(mr.evidence()).contains("Antony Blinken");
    }

    @Test
    void pronounSubjectTakesTheNamedPersonBefore() {
        ParsedArticle pa = Parses.paragraph("2023-06-01",
                Parses.sentence("Volodymyr Zelensky visited Washington.",
                        "0 Volodymyr Volodymyr NNP PERSON 1 compound",
                        "1 Zelensky Zelensky NNP PERSON 2 nsubj",
                        "2 visited visit VBD O -1 root",
                        "3 Washington Washington NNP LOCATION 2 obj",
                        "4 . . . O 2 punct"),
                Parses.sentence("He said Ukraine needed more air defence.",
                        "0 He he PRP O 1 nsubj",
                        "1 said say VBD O -1 root",
                        "2 Ukraine Ukraine NNP LOCATION 3 nsubj",
                        "3 needed need VBD O 1 ccomp",
                        "4 more more JJR O 6 amod",
                        "5 air air NN O 6 compound",
                        "6 defence defence NN O 3 obj",
                        "7 . . . O 1 punct"));
        List<Mention> ms = RESOLVER.resolve(pa);
        Mention he = mentionOf(ms, "He").orElseThrow();
        assertThat(he.sentence()).isEqualTo(1);
        assertThat(he.actor()).isEqualTo(new Actor("UKRGOV", "Volodymyr Zelensky"));
        assertThat(he.evidence()).contains("Volodymyr Zelensky");
        assertThat(codeOf(ms, "Ukraine")).isEqualTo("UKR");
    }

    @Test
    void pronounSubjectPrefersThePreviousSentencesSubjectToItsLastPerson() {
        ParsedArticle pa = Parses.paragraph("2023-06-01",
                Parses.sentence("Emmanuel Macron met Olaf Scholz in Paris.",
                        "0 Emmanuel Emmanuel NNP PERSON 1 compound",
                        "1 Macron Macron NNP PERSON 2 nsubj",
                        "2 met meet VBD O -1 root",
                        "3 Olaf Olaf NNP PERSON 4 compound",
                        "4 Scholz Scholz NNP PERSON 2 obj",
                        "5 in in IN O 6 case",
                        "6 Paris Paris NNP LOCATION 2 obl",
                        "7 . . . O 2 punct"),
                Parses.sentence("He will also visit Berlin.",
                        "0 He he PRP O 3 nsubj",
                        "1 will will MD O 3 aux",
                        "2 also also RB O 3 advmod",
                        "3 visit visit VB O -1 root",
                        "4 Berlin Berlin NNP LOCATION 3 obj",
                        "5 . . . O 3 punct"),
                Parses.sentence("Scholz thanked him.",
                        "0 Scholz Scholz NNP PERSON 1 nsubj",
                        "1 thanked thank VBD O -1 root",
                        "2 him he PRP O 1 obj",
                        "3 . . . O 1 punct"));
        List<Mention> ms = RESOLVER.resolve(pa);
        Mention he = mentionOf(ms, "He").orElseThrow();
        assertThat(he.actor()).isEqualTo(new Actor("FRAGOV", "Emmanuel Macron"));
        Mention him = mentionOf(ms, "him").orElseThrow();
        assertThat(him.actor()).isEqualTo(new Actor("FRAGOV", "Emmanuel Macron"));
    }

    @Test
    void pronounPassesOverAPersonOfTheOtherSex() {
        ParsedArticle pa = Parses.paragraph("2019-06-01",
                Parses.sentence("Ms. Merkel met Mr. Macron.",
                        "0 Ms. Ms. NNP O 1 compound",
                        "1 Merkel Merkel NNP PERSON 2 nsubj",
                        "2 met meet VBD O -1 root",
                        "3 Mr. Mr. NNP O 4 compound",
                        "4 Macron Macron NNP PERSON 2 obj",
                        "5 . . . O 2 punct"),
                Parses.sentence("He thanked her.",
                        "0 He he PRP O 1 nsubj",
                        "1 thanked thank VBD O -1 root",
                        "2 her she PRP O 1 obj",
                        "3 . . . O 1 punct"));
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(mentionOf(ms, "He").orElseThrow().actor()).isEqualTo(new Actor("FRAGOV", "Emmanuel Macron"));
        assertThat(mentionOf(ms, "her").orElseThrow().actor()).isEqualTo(new Actor("DEUGOV", "Angela Merkel"));
    }

    @Test
    void aNamesakeWithAnotherGivenNameIsNotTheSamePerson() {
        ParsedArticle pa = Parses.paragraph("2019-12-28",
                Parses.sentence("Donald Trump and Melania Trump arrived.",
                        "0 Donald Donald NNP PERSON 1 compound",
                        "1 Trump Trump NNP PERSON 5 nsubj",
                        "2 and and CC O 4 cc",
                        "3 Melania Melania NNP PERSON 4 compound",
                        "4 Trump Trump NNP PERSON 1 conj",
                        "5 arrived arrive VBD O -1 root",
                        "6 . . . O 5 punct"),
                Parses.sentence("Mr. Trump spoke.",
                        "0 Mr. Mr. NNP O 1 compound",
                        "1 Trump Trump NNP PERSON 2 nsubj",
                        "2 spoke speak VBD O -1 root",
                        "3 . . . O 2 punct"));
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(codeOf(ms, "Donald Trump")).isEqualTo("USAGOV");
        assertThat(mentionOf(ms, "Melania Trump")).isEmpty();
        assertThat(mentionOf(ms, "Mr. Trump").orElseThrow().actor()).isEqualTo(new Actor("USAGOV", "Donald Trump"));
    }

    @Test
    void theTwoLeadersAreBothLeaders() {
        ParsedArticle pa = Parses.paragraph("2023-06-01",
                Parses.sentence("Emmanuel Macron met Olaf Scholz in Paris.",
                        "0 Emmanuel Emmanuel NNP PERSON 1 compound",
                        "1 Macron Macron NNP PERSON 2 nsubj",
                        "2 met meet VBD O -1 root",
                        "3 Olaf Olaf NNP PERSON 4 compound",
                        "4 Scholz Scholz NNP PERSON 2 obj",
                        "5 in in IN O 6 case",
                        "6 Paris Paris NNP LOCATION 2 obl",
                        "7 . . . O 2 punct"),
                Parses.sentence("The two leaders discussed Ukraine.",
                        "0 The the DT O 2 det",
                        "1 two two CD O 2 nummod",
                        "2 leaders leader NNS O 3 nsubj",
                        "3 discussed discuss VBD O -1 root",
                        "4 Ukraine Ukraine NNP LOCATION 3 obj",
                        "5 . . . O 3 punct"));
        List<Mention> group = RESOLVER.resolve(pa).stream().filter(m -> m.text().equals("The two leaders")).toList();
        assertThat(group).extracting(Mention::actor).containsExactlyInAnyOrder(
                new Actor("FRAGOV", "Emmanuel Macron"), new Actor("DEUGOV", "Olaf Scholz"));
        assertThat(group).allSatisfy(m -> {
            assertThat(m.sentence()).isEqualTo(1);
            assertThat(m.firstToken()).isZero();
            assertThat(m.lastToken()).isEqualTo(3);
            assertThat(m.head()).isEqualTo(2);
            assertThat(m.evidence()).startsWith("group reference");
        });
    }

    @Test
    void definiteDescriptionOfACountryIsTheLastCountryNamed() {
        ParsedArticle pa = Parses.paragraph("2023-06-01",
                Parses.sentence("Australia signed a security pact with Tuvalu.",
                        "0 Australia Australia NNP LOCATION 1 nsubj",
                        "1 signed sign VBD O -1 root",
                        "2 a a DT O 4 det",
                        "3 security security NN O 4 compound",
                        "4 pact pact NN O 1 obj",
                        "5 with with IN O 6 case",
                        "6 Tuvalu Tuvalu NNP LOCATION 4 nmod",
                        "7 . . . O 1 punct"),
                Parses.sentence("The Pacific nation has about 11,000 people.",
                        "0 The the DT O 2 det",
                        "1 Pacific Pacific NNP LOCATION 2 compound",
                        "2 nation nation NN O 3 nsubj",
                        "3 has have VBZ O -1 root",
                        "4 about about RB O 5 advmod",
                        "5 11,000 11000 CD O 6 nummod",
                        "6 people person NNS O 3 obj",
                        "7 . . . O 3 punct"));
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(codeOf(ms, "Australia")).isEqualTo("AUS");
        assertThat(codeOf(ms, "Tuvalu")).isEqualTo("TUV");
        Mention nation = mentionOf(ms, "The Pacific nation").orElseThrow();
        assertThat(nation.actor().code()).isEqualTo("TUV");
        assertThat(nation.head()).isEqualTo(2);
        assertThat(nation.evidence()).contains("definite description");
    }

    // ---- places ------------------------------------------------------------------------------------------

    @Test
    void placeInsideAPhraseAndAGazetteerCityStandForTheirCountry() {
        ParsedArticle targets = Parses.article("2023-06-01", "Israel struck targets in Syria.",
                "0 Israel Israel NNP LOCATION 1 nsubj",
                "1 struck strike VBD O -1 root",
                "2 targets target NNS O 1 obj",
                "3 in in IN O 4 case",
                "4 Syria Syria NNP LOCATION 2 nmod",
                "5 . . . O 1 punct");
        ParsedArticle mariupol = Parses.article("2023-06-01", "Mariupol came under heavy shelling.",
                "0 Mariupol Mariupol NNP ORGANIZATION 1 nsubj",
                "1 came come VBD O -1 root",
                "2 under under IN O 4 case",
                "3 heavy heavy JJ O 4 dep",
                "4 shelling shell VBG O 1 obl",
                "5 . . . O 1 punct");
        List<Mention> ms = RESOLVER.resolve(targets);
        assertThat(codeOf(ms, "Israel")).isEqualTo("ISR");
        assertThat(codeOf(ms, "Syria")).isEqualTo("SYR");
        assertThat(codeOf(ms, "targets in Syria")).isEqualTo("SYR");
        Mention city = mentionOf(RESOLVER.resolve(mariupol), "Mariupol").orElseThrow();
        assertThat(city.actor().code()).isEqualTo("UKR");
        assertThat(city.evidence()).contains("gazetteer");
    }

    @Test
    void lowerCaseTitleBeforeANameMakesTheCountrysGovernmentPerson() {
        ParsedArticle pa = Parses.article("2023-06-01", "Lithuania's president Gitanas Nauseda called for more troops.",
                "0 Lithuania Lithuania NNP LOCATION 2 nmod:poss",
                "1 's 's POS O 0 case",
                "2 president president NN O 5 nsubj",
                "3 Gitanas Gitanas NNP PERSON 4 compound",
                "4 Nauseda Nauseda NNP PERSON 2 dep",
                "5 called call VBD O -1 root",
                "6 for for IN O 8 case",
                "7 more more JJR O 8 amod",
                "8 troops troops NNS O 5 obl",
                "9 . . . O 5 punct");
        List<Mention> ms = RESOLVER.resolve(pa);
        Mention nauseda = mentionOf(ms, "Gitanas Nauseda").orElseThrow();
        assertThat(nauseda.actor().code()).isEqualTo("LTUGOV");
        assertThat(nauseda.head()).isEqualTo(4);
        assertThat(codeOf(ms, "Lithuania's president")).isEqualTo("LTUGOV");
        assertThat(codeOf(ms, "Lithuania")).isEqualTo("LTU");
        assertThat(codeOf(ms, "troops")).startsWith("<no mention");
    }

    // ---- no evidence, no code ----------------------------------------------------------------------------

    @Test
    void unknownPersonStaysUncodedAndThePronounAfterDoesNotJumpBack() {
        ParsedArticle pa = Parses.paragraph("2023-06-01",
                Parses.sentence("Antony Blinken arrived in Paris.",
                        "0 Antony Antony NNP PERSON 1 compound",
                        "1 Blinken Blinken NNP PERSON 2 nsubj",
                        "2 arrived arrive VBD O -1 root",
                        "3 in in IN O 4 case",
                        "4 Paris Paris NNP LOCATION 2 obl",
                        "5 . . . O 2 punct"),
                Parses.sentence("Later, Jacob Orlund spoke to reporters.",
                        "0 Later later RB O 4 advmod",
                        "1 , , , O 4 punct",
                        "2 Jacob Jacob NNP PERSON 3 compound",
                        "3 Orlund Orlund NNP PERSON 4 nsubj",
                        "4 spoke speak VBD O -1 root",
                        "5 to to IN O 6 case",
                        "6 reporters reporter NNS O 4 obl",
                        "7 . . . O 4 punct"),
                Parses.sentence("He said the talks were productive.",
                        "0 He he PRP O 1 nsubj",
                        "1 said say VBD O -1 root",
                        "2 the the DT O 3 det",
                        "3 talks talk NNS O 5 nsubj",
                        "4 were be VBD O 5 cop",
                        "5 productive productive JJ O 1 ccomp",
                        "6 . . . O 1 punct"));
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(codeOf(ms, "Antony Blinken")).isEqualTo("USAGOV");
        assertThat(codeOf(ms, "Paris")).isEqualTo("FRA");
        assertThat(inSentence(ms, 1)).isEmpty();
        assertThat(inSentence(ms, 2)).isEmpty();
        assertThat(RESOLVER.resolveAll(pa).unresolved()).extracting(u -> u.text(), u -> u.sentence())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jacob Orlund", 1));
    }
}
