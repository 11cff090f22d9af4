package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Modality;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.testing.Parses;
import org.parley.testing.RandomParses;

/** How a sentence presents an event trigger, on hand-made parses copied from CoreNLP. */
class ModalitiesTest {
    private static final Set<String> SPEECH = Set.of("say", "tell");

    private static Sentence s(String text, String... rows) {
        return Parses.article("2023-06-21", text, rows).sentences().get(0);
    }

    @Test
    void plainPastIsAsserted() {
        Sentence s = s("Russia attacked Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 attacked attack VBD O -1 root",
                "2 Ukraine Ukraine NNP LOCATION 1 obj",
                "3 . . . O 1 punct");
        assertThat(Modalities.of(s, 1, SPEECH)).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void neverNegates() {
        Sentence s = s("Russia never attacked Ukraine.",
                "0 Russia Russia NNP LOCATION 2 nsubj",
                "1 never never RB O 2 advmod",
                "2 attacked attack VBD O -1 root",
                "3 Ukraine Ukraine NNP LOCATION 2 obj",
                "4 . . . O 2 punct");
        assertThat(Modalities.of(s, 2, SPEECH)).isEqualTo(Modality.NEGATED);
    }

    @Test
    void mightIsHypothetical() {
        Sentence s = s("Russia might attack Ukraine.",
                "0 Russia Russia NNP LOCATION 2 nsubj",
                "1 might might MD O 2 aux",
                "2 attack attack VB O -1 root",
                "3 Ukraine Ukraine NNP LOCATION 2 obj",
                "4 . . . O 2 punct");
        assertThat(Modalities.of(s, 2, SPEECH)).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void attitudeVerbAboveMakesTheComplementHypothetical() {
        Sentence s = s("Russia expects to meet Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 expects expect VBZ O -1 root",
                "2 to to TO O 3 mark",
                "3 meet meet VB O 1 xcomp",
                "4 Ukraine Ukraine NNP LOCATION 3 obj",
                "5 . . . O 1 punct");
        assertThat(Modalities.of(s, 3, SPEECH)).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(Modalities.of(s, 1, SPEECH)).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void willIsAnIntentAndWillNotIsARefusal() {
        Sentence s = s("Russia will not meet Ukraine.",
                "0 Russia Russia NNP LOCATION 3 nsubj",
                "1 will will MD O 3 aux",
                "2 not not RB O 3 advmod",
                "3 meet meet VB O -1 root",
                "4 Ukraine Ukraine NNP LOCATION 3 obj",
                "5 . . . O 3 punct");
        assertThat(Modalities.of(s, 3, SPEECH)).isEqualTo(Modality.INTENDED);
        assertThat(Modalities.isRefusal(s, 3)).isTrue();
        Sentence did = s("Russia did not meet Ukraine.",
                "0 Russia Russia NNP LOCATION 3 nsubj",
                "1 did do VBD O 3 aux",
                "2 not not RB O 3 advmod",
                "3 meet meet VB O -1 root",
                "4 Ukraine Ukraine NNP LOCATION 3 obj",
                "5 . . . O 3 punct");
        assertThat(Modalities.isRefusal(did, 3)).isFalse();
    }

    @Test
    void negationAboveTheReportingVerbDoesNotReachTheReport() {
        Sentence s = s("Russia did not say it attacked Ukraine.",
                "0 Russia Russia NNP LOCATION 3 nsubj",
                "1 did do VBD O 3 aux",
                "2 not not RB O 3 advmod",
                "3 say say VB O -1 root",
                "4 it it PRP O 5 nsubj",
                "5 attacked attack VBD O 3 ccomp",
                "6 Ukraine Ukraine NNP LOCATION 5 obj",
                "7 . . . O 3 punct");
        assertThat(Modalities.of(s, 5, SPEECH)).isEqualTo(Modality.ASSERTED);
        assertThat(Modalities.of(s, 5, Set.of())).isNotEqualTo(Modality.NEGATED);
    }

    @Test
    void beGoingToIsAnIntent() {
        Sentence s = s("Russia is going to meet Ukraine.",
                "0 Russia Russia NNP LOCATION 2 nsubj",
                "1 is be VBZ O 2 aux",
                "2 going go VBG O -1 root",
                "3 to to TO O 4 mark",
                "4 meet meet VB O 2 xcomp",
                "5 Ukraine Ukraine NNP LOCATION 4 obj",
                "6 . . . O 2 punct");
        assertThat(Modalities.of(s, 4, SPEECH)).isEqualTo(Modality.INTENDED);
    }

    @Test
    void wouldWithAConditionIsHypothetical() {
        Sentence s = s("Russia would meet Ukraine if talks resumed.",
                "0 Russia Russia NNP LOCATION 2 nsubj",
                "1 would would MD O 2 aux",
                "2 meet meet VB O -1 root",
                "3 Ukraine Ukraine NNP LOCATION 2 obj",
                "4 if if IN O 6 mark",
                "5 talks talk NNS O 6 nsubj",
                "6 resumed resume VBD O 2 advcl",
                "7 . . . O 2 punct");
        assertThat(Modalities.of(s, 2, SPEECH)).isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void punctuationOnlySentenceIsAsserted() {
        assertThat(Modalities.of(s(".", "0 . . . O -1 root"), 0, SPEECH)).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void randomParsesNeverThrow() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            ParsedArticle pa = RandomParses.article(random);
            for (Sentence s : pa.sentences()) {
                for (int t = 0; t < s.size(); t++) {
                    int trigger = t;
                    assertThatCode(() -> {
                        Modalities.of(s, trigger, SPEECH);
                        Modalities.isRefusal(s, trigger);
                    }).as(pa.article().text()).doesNotThrowAnyException();
                }
            }
        }
    }
}
