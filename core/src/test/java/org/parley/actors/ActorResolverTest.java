package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.testing.Parses;
import org.parley.testing.RandomParses;

/** The actor stage on hand-made parses (rows copied from CoreNLP's lean parse of each sentence). */
class ActorResolverTest {
    private static final Knowledge KNOWLEDGE = Knowledge.load();
    private static final ActorResolver RESOLVER = new ActorResolver(KNOWLEDGE);

    private static Optional<Mention> mentionOf(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static String codeOf(List<Mention> mentions, String text) {
        return mentionOf(mentions, text).map(m -> m.actor().code()).orElse("<no mention '" + text + "'>");
    }

    @Test
    void countriesAndTheUnitedStates() {
        ParsedArticle pa = Parses.article("2023-06-21", "The United States and France criticized Iran.",
                "0 The the DT O 2 det",
                "1 United United NNP LOCATION 2 compound",
                "2 States States NNP LOCATION 5 nsubj",
                "3 and and CC O 4 cc",
                "4 France France NNP LOCATION 2 conj",
                "5 criticized criticize VBD O -1 root",
                "6 Iran Iran NNP LOCATION 5 obj",
                "7 . . . O 5 punct");
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(ms).extracting(Mention::text).containsExactly("The United States", "France", "Iran");
        assertThat(ms).extracting(m -> m.actor().code()).containsExactly("USA", "FRA", "IRN");
        Mention us = ms.get(0);
        assertThat(us.firstToken()).isZero();
        assertThat(us.lastToken()).isEqualTo(3);
        assertThat(us.head()).isEqualTo(2);
        assertThat(pa.span(us.begin(), us.end())).isEqualTo("The United States");
        assertThat(us.evidence()).isEqualTo("country name");
    }

    @Test
    void demonymWithAgentNounIsThatCountrysAgent() {
        ParsedArticle pa = Parses.article("2023-06-19", "Russian missiles hit Kyiv on Monday.",
                "0 Russian Russian JJ MISC 1 amod",
                "1 missiles missile NNS O 2 nsubj",
                "2 hit hit VBD O -1 root",
                "3 Kyiv Kyiv NNP MISC 2 obj",
                "4 on on IN O 5 case",
                "5 Monday Monday NNP O 2 obl",
                "6 . . . O 2 punct");
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(codeOf(ms, "Russian missiles")).isEqualTo("RUSMIL");
        assertThat(mentionOf(ms, "Russian missiles").orElseThrow().head()).isEqualTo(1);
    }

    @Test
    void possessiveCountryWithAgentNoun() {
        ParsedArticle pa = Parses.article("2023-06-21", "China's military held drills near Taiwan.",
                "0 China China NNP LOCATION 2 nmod:poss",
                "1 's 's POS O 0 case",
                "2 military military NN O 3 nsubj",
                "3 held hold VBD O -1 root",
                "4 drills drill NNS O 3 obj",
                "5 near near IN O 6 case",
                "6 Taiwan Taiwan NNP LOCATION 3 obl",
                "7 . . . O 3 punct");
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(codeOf(ms, "China's military")).isEqualTo("CHNMIL");
        assertThat(codeOf(ms, "Taiwan")).isEqualTo("TWN");
        assertThat(codeOf(ms, "drills")).startsWith("<no mention");
    }

    private static ParsedArticle blinkenArticle() {
        return Parses.paragraph("2023-06-21",
                Parses.sentence("US Secretary of State Antony Blinken arrived in Beijing.",
                        "0 US US NNP O 1 compound",
                        "1 Secretary Secretary NNP O 5 compound",
                        "2 of of IN O 3 case",
                        "3 State State NNP O 1 nmod",
                        "4 Antony Antony NNP PERSON 5 compound",
                        "5 Blinken Blinken NNP PERSON 6 nsubj",
                        "6 arrived arrive VBD O -1 root",
                        "7 in in IN O 8 case",
                        "8 Beijing Beijing NNP LOCATION 6 obl",
                        "9 . . . O 6 punct"),
                Parses.sentence("Mr. Blinken met Chinese officials.",
                        "0 Mr. Mr. NNP O 1 compound",
                        "1 Blinken Blinken NNP PERSON 2 nsubj",
                        "2 met meet VBD O -1 root",
                        "3 Chinese Chinese JJ MISC 4 amod",
                        "4 officials official NNS O 2 obj",
                        "5 . . . O 2 punct"));
    }

    @Test
    void titleAndNationalityBeforeANameMakeAGovernmentPerson() {
        List<Mention> ms = RESOLVER.resolve(blinkenArticle());
        Mention blinken = mentionOf(ms, "Antony Blinken").orElseThrow();
        assertThat(blinken.actor()).isEqualTo(new Actor("USAGOV", "Antony Blinken"));
        assertThat(blinken.sentence()).isZero();
        assertThat(blinken.firstToken()).isEqualTo(4);
        assertThat(blinken.head()).isEqualTo(5);
        assertThat(blinken.evidence()).contains("secretary of state").contains("USA");
    }

    @Test
    void laterHonorificMentionIsTheSamePersonWithCanonicalName() {
        List<Mention> ms = RESOLVER.resolve(blinkenArticle());
        Mention mr = mentionOf(ms, "Mr. Blinken").orElseThrow();
        assertThat(mr.sentence()).isEqualTo(1);
        assertThat(mr.actor()).isEqualTo(new Actor("USAGOV", "Antony Blinken"));
        assertThat(mr.evidence()).contains("Antony Blinken");
        assertThat(codeOf(ms, "Chinese officials")).isEqualTo("CHNGOV");
    }

    @Test
    void capitalAfterPlacePrepositionIsThePlace() {
        List<Mention> ms = RESOLVER.resolve(blinkenArticle());
        assertThat(codeOf(ms, "Beijing")).isEqualTo("CHN");
        ParsedArticle visit = Parses.article("2023-06-21", "The minister ended his visit to Beijing.",
                "0 The the DT O 1 det",
                "1 minister minister NN O 2 nsubj",
                "2 ended end VBD O -1 root",
                "3 his he PRP$ O 4 nmod:poss",
                "4 visit visit NN O 2 obj",
                "5 to to IN O 6 case",
                "6 Beijing Beijing NNP LOCATION 4 nmod",
                "7 . . . O 2 punct");
        Mention beijing = mentionOf(RESOLVER.resolve(visit), "Beijing").orElseThrow();
        assertThat(beijing.actor().code()).isEqualTo("CHN");
        assertThat(beijing.evidence()).isEqualTo("capital as a place");
    }

    @Test
    void capitalThatActsIsItsGovernment() {
        ParsedArticle pa = Parses.article("2023-06-21", "Beijing said the talks were useful.",
                "0 Beijing Beijing NNP LOCATION 1 nsubj",
                "1 said say VBD O -1 root",
                "2 the the DT O 3 det",
                "3 talks talk NNS O 5 nsubj",
                "4 were be VBD O 5 cop",
                "5 useful useful JJ O 1 ccomp",
                "6 . . . O 1 punct");
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).actor()).isEqualTo(new Actor("CHNGOV", "Beijing"));
    }

    @Test
    void struckCapitalIsAPlaceInBothVoices() {
        ParsedArticle pa = Parses.paragraph("2023-06-21",
                Parses.sentence("Russian missiles hit Kyiv.",
                        "0 Russian Russian JJ MISC 1 amod",
                        "1 missiles missile NNS O 2 nsubj",
                        "2 hit hit VBD O -1 root",
                        "3 Kyiv Kyiv NNP LOCATION 2 obj",
                        "4 . . . O 2 punct"),
                Parses.sentence("Kyiv was hit by Russian missiles.",
                        "0 Kyiv Kyiv NNP LOCATION 2 nsubj:pass",
                        "1 was be VBD O 2 aux:pass",
                        "2 hit hit VBN O -1 root",
                        "3 by by IN O 5 case",
                        "4 Russian Russian JJ MISC 5 amod",
                        "5 missiles missile NNS O 2 obl",
                        "6 . . . O 2 punct"));
        List<Mention> kyiv = RESOLVER.resolve(pa).stream().filter(m -> m.text().equals("Kyiv")).toList();
        assertThat(kyiv).extracting(m -> m.actor().code()).containsExactly("UKR", "UKR");
    }

    private static ParsedArticle visitedKyiv(String date, String first, String last) {
        String text = first + " " + last + " visited Kyiv.";
        return Parses.article(date, text,
                "0 " + first + " " + first + " NNP PERSON 1 compound",
                "1 " + last + " " + last + " NNP PERSON 2 nsubj",
                "2 visited visit VBD O -1 root",
                "3 Kyiv Kyiv NNP LOCATION 2 obj",
                "4 . . . O 2 punct");
    }

    @Test
    void officeHoldersResolveOnTheArticleDate() {
        Mention pm = RESOLVER.resolve(visitedKyiv("2009-06-01", "Vladimir", "Putin")).get(0);
        Mention president = RESOLVER.resolve(visitedKyiv("2023-06-21", "Vladimir", "Putin")).get(0);
        assertThat(pm.actor()).isEqualTo(new Actor("RUSGOV", "Vladimir Putin"));
        assertThat(president.actor()).isEqualTo(new Actor("RUSGOV", "Vladimir Putin"));
        assertThat(pm.evidence()).contains("Prime Minister").doesNotContain("President");
        assertThat(president.evidence()).contains("President");
    }

    @Test
    void formerLeaderIsAnElite() {
        Mention inOffice = RESOLVER.resolve(visitedKyiv("2022-04-09", "Boris", "Johnson")).get(0);
        Mention former = RESOLVER.resolve(visitedKyiv("2023-06-21", "Boris", "Johnson")).get(0);
        assertThat(inOffice.actor().code()).isEqualTo("GBRGOV");
        assertThat(former.actor()).isEqualTo(new Actor("GBRELI", "Boris Johnson"));
        assertThat(former.evidence()).contains("former Prime Minister");
        Mention before = RESOLVER.resolve(visitedKyiv("2010-01-01", "Boris", "Johnson")).get(0);
        assertThat(before.text()).isEqualTo("Kyiv");
    }

    @Test
    void pronounItTakesTheLastCountry() {
        ParsedArticle pa = Parses.article("2023-06-21", "Russia said it would meet Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 said say VBD O -1 root",
                "2 it it PRP O 4 nsubj",
                "3 would would MD O 4 aux",
                "4 meet meet VB O 1 ccomp",
                "5 Ukraine Ukraine NNP LOCATION 4 obj",
                "6 . . . O 1 punct");
        List<Mention> ms = RESOLVER.resolve(pa);
        assertThat(ms).extracting(Mention::text).containsExactly("Russia", "it", "Ukraine");
        assertThat(ms.get(1).actor().code()).isEqualTo("RUS");
    }

    @Test
    void tableScannerTakesTheLongestMatch() {
        Sentence s = Parses.article("2023-06-21", "The United States and France criticized Iran.",
                "0 The the DT O 2 det",
                "1 United United NNP LOCATION 2 compound",
                "2 States States NNP LOCATION 5 nsubj",
                "3 and and CC O 4 cc",
                "4 France France NNP LOCATION 2 conj",
                "5 criticized criticize VBD O -1 root",
                "6 Iran Iran NNP LOCATION 5 obj",
                "7 . . . O 5 punct").sentences().get(0);
        List<Hit> hits = new TableScanner(KNOWLEDGE).scan(s);
        assertThat(hits).extracting(Hit::start, Hit::end, Hit::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 3, "USA"),
                        org.assertj.core.groups.Tuple.tuple(4, 5, "FRA"),
                        org.assertj.core.groups.Tuple.tuple(6, 7, "IRN"));
        assertThat(Phrases.leftEdge(s, 2)).isZero();
        assertThat(Phrases.isHead(s, 1)).isFalse();
        assertThat(Phrases.isHead(s, 2)).isTrue();
    }

    @Test
    void discourseFindsAPersonByAnyPartOfTheName() {
        Discourse d = new Discourse(word -> word.equalsIgnoreCase("president"));
        Actor xi = new Actor("CHNGOV", "Xi Jinping");
        d.person("Xi Jinping", xi, "test");
        assertThat(d.person("Xi")).contains(xi);
        assertThat(d.person("xi jinping")).contains(xi);
        assertThat(d.person("President Jinping")).contains(xi);
        assertThat(d.person("Wen Jinping")).isEmpty();
        assertThat(d.person("Wang")).isEmpty();
    }

    @Test
    void punctuationOnlyArticleHasNoMentions() {
        ParsedArticle pa = Parses.article("2023-06-21", ".", "0 . . . O -1 root");
        assertThat(RESOLVER.resolve(pa)).isEmpty();
    }

    @Test
    void randomParsesNeverThrowAndMentionsStayInTheirSentence() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            ParsedArticle pa = RandomParses.article(random);
            List<Mention> ms = assertNoThrow(pa);
            for (Mention m : ms) {
                Sentence s = pa.sentences().get(m.sentence());
                assertThat(m.lastToken()).isLessThanOrEqualTo(s.size());
                assertThat(pa.span(m.begin(), m.end())).isEqualTo(m.text());
            }
        }
    }

    private static List<Mention> assertNoThrow(ParsedArticle pa) {
        List<List<Mention>> out = new ArrayList<>();
        assertThatCode(() -> out.add(RESOLVER.resolve(pa))).as(pa.article().text()).doesNotThrowAnyException();
        return out.get(0);
    }
}
