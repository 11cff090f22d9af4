package org.parley.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.SentimentLexicon;
import org.parley.model.ParsedArticle;
import org.parley.model.Tone;
import org.parley.testing.Parses;
import org.parley.testing.RandomParses;

/** The tone stage: GDELT's percentages over a hand-made parse. */
class ToneScorerTest {
    private static final ToneScorer SCORER = new ToneScorer(SentimentLexicon.load());

    @Test
    void percentagesOfWordsAsGdeltDefinesThem() {
        ParsedArticle pa = Parses.article("2023-06-19", "We condemn the brutal attack and welcome peace.",
                "0 We we PRP O 1 nsubj",
                "1 condemn condemn VBP O -1 root",
                "2 the the DT O 4 det",
                "3 brutal brutal JJ O 4 amod",
                "4 attack attack NN O 1 obj",
                "5 and and CC O 6 cc",
                "6 welcome welcome VBP O 1 conj",
                "7 peace peace NN O 6 obj",
                "8 . . . O 1 punct");
        Tone tone = SCORER.score(pa);
        assertThat(tone.wordCount()).isEqualTo(8);
        // AFINN-165: condemn -2, brutal -3, attack -1; welcome +2, peace +2
        assertThat(tone.negative()).isCloseTo(100.0 * 3 / 8, within(1e-9));
        assertThat(tone.positive()).isCloseTo(100.0 * 2 / 8, within(1e-9));
        assertThat(tone.tone()).isCloseTo(-12.5, within(1e-9));
        assertThat(tone.polarity()).isCloseTo(62.5, within(1e-9));
        assertThat(tone.activity()).isCloseTo(25.0, within(1e-9));
        assertThat(tone.selfGroup()).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void lemmaIsTriedWhenTheFormIsNotListed() {
        SentimentLexicon tiny = new SentimentLexicon(Map.of("threat", -2));
        ParsedArticle pa = Parses.article("2023-06-19", "Threatening.", "0 Threatening threat NN O -1 root",
                "1 . . . O 0 punct");
        assertThat(new ToneScorer(tiny).score(pa).negative()).isEqualTo(100.0);
    }

    @Test
    void noWordsIsNoTone() {
        ParsedArticle pa = Parses.article("2023-06-19", "...", "0 ... ... : O -1 root");
        assertThat(SCORER.score(pa)).isEqualTo(Tone.NONE);
    }

    @Test
    void randomInputStaysWithinBounds() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Tone t = SCORER.score(RandomParses.article(random));
            assertThat(t.polarity()).isCloseTo(t.positive() + t.negative(), within(1e-9));
            assertThat(t.tone()).isBetween(-100.0, 100.0);
        }
    }
}
