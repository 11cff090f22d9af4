package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Quote;
import org.parley.testing.Parses;
import org.parley.testing.RandomParses;

/** The quote stage on hand-made parses (copied from CoreNLP) and hand-made mentions. */
class QuoteFinderTest {
    private static final QuoteFinder FINDER = new QuoteFinder(Knowledge.load());
    private static final Actor BLINKEN = new Actor("USAGOV", "Antony Blinken");

    private static Mention blinkenAt(ParsedArticle pa, int sentence, int token) {
        return Parses.mention(pa, sentence, token, "USAGOV").withActor(BLINKEN, "hand-made");
    }

    private static ParsedArticle saidBlinken(String open, String close) {
        String text = open + "We want peace," + close + " Blinken said.";
        return Parses.article("2023-06-21", text,
                "0 " + open + " " + open + " `` O 7 punct",
                "1 We we PRP O 2 nsubj",
                "2 want want VBP O 7 ccomp",
                "3 peace peace NN O 2 obj",
                "4 , , , O 7 punct",
                "5 " + close + " " + close + " '' O 7 punct",
                "6 Blinken Blinken NNP PERSON 7 nsubj",
                "7 said say VBD O -1 root",
                "8 . . . O 7 punct");
    }

    @Test
    void curlyQuoteWithSpeechVerbAfterIt() {
        ParsedArticle pa = saidBlinken("\u201C", "\u201D");
        List<Quote> quotes = FINDER.find(pa, List.of(blinkenAt(pa, 0, 6)));
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("We want peace,");
        assertThat(q.begin()).isEqualTo(1);
        assertThat(q.end()).isEqualTo(15);
        assertThat(pa.span(q.begin(), q.end())).isEqualTo(q.text());
        assertThat(q.sentence()).isZero();
        assertThat(q.speakerName()).isEqualTo("Antony Blinken");
        assertThat(q.speaker()).contains(BLINKEN);
    }

    @Test
    void straightQuoteMarksPairUp() {
        ParsedArticle pa = saidBlinken("\"", "\"");
        List<Quote> quotes = FINDER.find(pa, List.of(blinkenAt(pa, 0, 6)));
        assertThat(quotes).extracting(Quote::text, Quote::speakerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("We want peace,", "Antony Blinken"));
    }

    @Test
    void quoteSplitAroundTheSpeechVerbIsTwoQuotesBySameSpeaker() {
        ParsedArticle pa = Parses.article("2023-06-21",
                "\u201CWe want peace,\u201D Blinken said, \u201Cand we want it now.\u201D",
                "0 \u201C \u201C `` O 7 punct",
                "1 We we PRP O 2 nsubj",
                "2 want want VBP O 7 ccomp",
                "3 peace peace NN O 2 obj",
                "4 , , , O 7 punct",
                "5 \u201D \u201D '' O 7 punct",
                "6 Blinken Blinken NNP PERSON 7 nsubj",
                "7 said say VBD O -1 root",
                "8 , , , O 7 punct",
                "9 \u201C \u201C `` O 7 punct",
                "10 and and CC O 12 cc",
                "11 we we PRP O 12 nsubj",
                "12 want want VBP O 7 conj",
                "13 it it PRP O 12 obj",
                "14 now now RB O 12 advmod",
                "15 . . . O 7 punct",
                "16 \u201D \u201D '' O 7 punct");
        List<Quote> quotes = FINDER.find(pa, List.of(blinkenAt(pa, 0, 6)));
        assertThat(quotes).extracting(Quote::text).containsExactly("We want peace,", "and we want it now.");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).contains(BLINKEN));
    }

    @Test
    void partialQuoteTakesTheSubjectOfItsClause() {
        ParsedArticle pa = Parses.article("2023-06-21", "Pakistan condemned an \u201Cunprovoked violation\u201D of its airspace.",
                "0 Pakistan Pakistan NNP LOCATION 1 nsubj",
                "1 condemned condemn VBD O -1 root",
                "2 an a DT O 5 det",
                "3 \u201C \u201C `` O 5 punct",
                "4 unprovoked unprovoked JJ O 5 amod",
                "5 violation violation NN O 1 obj",
                "6 \u201D \u201D '' O 5 punct",
                "7 of of IN O 9 case",
                "8 its its PRP$ O 9 nmod:poss",
                "9 airspace airspace NN O 5 nmod",
                "10 . . . O 1 punct");
        Mention pakistan = Parses.mention(pa, 0, 0, "PAK").withActor(new Actor("PAK", "Pakistan"), "country name");
        List<Quote> quotes = FINDER.find(pa, List.of(pakistan));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("unprovoked violation");
        assertThat(quotes.get(0).speaker().map(Actor::code)).contains("PAK");
        assertThat(quotes.get(0).speakerName()).isEqualTo("Pakistan");
    }

    @Test
    void speakerThroughALaterMentionIsReportedByCanonicalName() {
        ParsedArticle pa = Parses.paragraph("2023-06-21",
                Parses.sentence("Chinese President Xi Jinping met Blinken.",
                        "0 Chinese Chinese JJ MISC 1 amod",
                        "1 President President NNP O 3 compound",
                        "2 Xi Xi NNP PERSON 3 compound",
                        "3 Jinping Jinping NNP PERSON 4 nsubj",
                        "4 met meet VBD O -1 root",
                        "5 Blinken Blinken NNP PERSON 4 obj",
                        "6 . . . O 4 punct"),
                Parses.sentence("\u201CWe are partners,\u201D Mr. Xi told Blinken.",
                        "0 \u201C \u201C `` O 8 punct",
                        "1 We we PRP O 3 nsubj",
                        "2 are be VBP O 3 cop",
                        "3 partners partner NNS O 8 ccomp",
                        "4 , , , O 8 punct",
                        "5 \u201D \u201D '' O 8 punct",
                        "6 Mr. Mr. NNP O 7 compound",
                        "7 Xi Xi NNP O 8 nsubj",
                        "8 told tell VBD O -1 root",
                        "9 Blinken Blinken NNP PERSON 8 obj",
                        "10 . . . O 8 punct"));
        Actor xi = new Actor("CHNGOV", "Xi Jinping");
        List<Mention> mentions = List.of(
                Parses.mention(pa, 0, 2, 4, 3, "CHNGOV").withActor(xi, "title"),
                blinkenAt(pa, 0, 5),
                Parses.mention(pa, 1, 6, 8, 7, "CHNGOV").withActor(xi, "same person as 'Xi Jinping' earlier"),
                blinkenAt(pa, 1, 9));
        List<Quote> quotes = FINDER.find(pa, mentions);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("We are partners,");
        assertThat(q.sentence()).isEqualTo(1);
        assertThat(pa.span(q.begin(), q.end())).isEqualTo("We are partners,");
        assertThat(q.speakerName()).isEqualTo("Xi Jinping");
        assertThat(q.speaker()).contains(xi);
    }

    @Test
    void quoteWithoutAttributionHasNoSpeaker() {
        ParsedArticle pa = Parses.article("2023-06-21", "\u201CNo comment.\u201D",
                "0 \u201C \u201C `` O 2 punct",
                "1 No no DT O 2 det",
                "2 comment comment NN O -1 root",
                "3 . . . O 2 punct",
                "4 \u201D \u201D '' O 2 punct");
        List<Quote> quotes = FINDER.find(pa, List.of());
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("No comment.");
        assertThat(quotes.get(0).speaker()).isEqualTo(Optional.empty());
        assertThat(quotes.get(0).speakerName()).isEmpty();
    }

    @Test
    void quoteMarksIgnoreAnUnclosedMark() {
        assertThat(QuoteMarks.spans("\u201CWe want peace, Blinken said.")).isEmpty();
        List<int[]> spans = QuoteMarks.spans("He said \"yes.\nThen \"no\" came.");
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0)).containsExactly(20, 22);
        assertThat(QuoteMarks.spans("a \u201C\u201D b \"\" c")).isEmpty();
        assertThat(QuoteMarks.spans("\u201Cone\npara\u201D")).hasSize(1);
    }

    @Test
    void noQuoteMarksNoQuotes() {
        ParsedArticle pa = Parses.article("2023-06-21", ".", "0 . . . O -1 root");
        assertThat(FINDER.find(pa, List.of())).isEmpty();
        assertThat(QuoteMarks.spans("")).isEmpty();
    }

    @Test
    void randomParsesNeverThrowAndQuotesAreTheirSpans() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            ParsedArticle pa = RandomParses.article(random);
            List<Mention> mentions = RandomParses.mentions(pa, random);
            assertThatCode(() -> {
                for (Quote q : FINDER.find(pa, mentions)) {
                    assertThat(pa.span(q.begin(), q.end())).isEqualTo(q.text());
                }
            }).as(pa.article().text()).doesNotThrowAnyException();
        }
    }

    @Test
    void speakerNoTableKnowsKeepsTheNameTheTextGives() {
        ParsedArticle pa = saidBlinken("\u201C", "\u201D");
        List<Quote> quotes = FINDER.find(pa, List.of());
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("Blinken");
        assertThat(quotes.get(0).speaker()).isEmpty();
    }

    @Test
    void aSubjectInsideTheQuotationIsNotItsSpeaker() {
        ParsedArticle pa = Parses.article("2023-06-21", "\u201CThe report\u201D said nothing new.",
                "0 \u201C \u201C `` O 2 punct",
                "1 The the DT O 2 det",
                "2 report report NN O 4 nsubj",
                "3 \u201D \u201D '' O 2 punct",
                "4 said say VBD O -1 root",
                "5 nothing nothing NN O 4 obj",
                "6 new new JJ O 5 amod",
                "7 . . . O 4 punct");
        List<Quote> quotes = FINDER.find(pa, List.of());
        assertThat(quotes).extracting(Quote::speakerName).containsExactly("");
    }

    @Test
    void theSpeechVerbWhoseClauseHoldsTheQuoteWinsOverANearerOne() {
        ParsedArticle pa = Parses.article("2022-09-07",
                "Erdogan warned that Turkey \u201Cmay come\u201D if Greece continued to arm .",
                "0 Erdogan Erdogan NNP PERSON 1 nsubj",
                "1 warned warn VBD O -1 root",
                "2 that that IN O 6 mark",
                "3 Turkey Turkey NNP LOCATION 6 nsubj",
                "4 \u201C \u201C `` O 6 punct",
                "5 may may MD O 6 aux",
                "6 come come VB O 1 ccomp",
                "7 \u201D \u201D '' O 6 punct",
                "8 if if IN O 10 mark",
                "9 Greece Greece NNP LOCATION 10 nsubj",
                "10 continued continue VBD O 6 advcl",
                "11 to to TO O 12 mark",
                "12 arm arm VB O 10 xcomp",
                "13 . . . O 1 punct");
        Mention erdogan = Parses.mention(pa, 0, 0, "TURGOV");
        Mention greece = Parses.mention(pa, 0, 9, "GRC");
        List<Quote> quotes = FINDER.find(pa, List.of(erdogan, greece));
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().map(Actor::code)).contains("TURGOV"));
    }
}
