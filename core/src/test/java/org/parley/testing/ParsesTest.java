package org.parley.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Dependency;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** The hand-made parse builder: offsets, markers and article assembly as the nlp stage gives them. */
class ParsesTest {
    @Test
    void offsetsFollowTheTextAndMarkersComeFromCaseDependents() {
        ParsedArticle pa = Parses.article("2023-06-19", "China's visit to Kyiv.",
                "0 China China NNP LOCATION 2 nmod:poss",
                "1 's 's POS O 0 case",
                "2 visit visit NN O -1 root",
                "3 to to IN O 4 case",
                "4 Kyiv Kyiv NNP LOCATION 2 nmod",
                "5 . . . O 2 punct");
        Sentence s = pa.sentences().get(0);
        for (Token t : s.tokens()) {
            assertThat(pa.span(t.begin(), t.end())).isEqualTo(t.word());
        }
        assertThat(s.token(1).begin()).isEqualTo(5);
        assertThat(s.parentArc(4)).contains(new Dependency(2, 4, "nmod", "to"));
        assertThat(s.parentArc(0)).contains(new Dependency(2, 0, "nmod:poss", "'s"));
        assertThat(s.parentArc(2)).contains(new Dependency(-1, 2, "root", ""));
        assertThat(pa.article().published()).contains(LocalDate.of(2023, 6, 19));
    }

    @Test
    void sentencesAreJoinedAndOffsetIntoTheArticle() {
        Parses.Part one = Parses.sentence("Hi .", "0 Hi hi UH O -1 root", "1 . . . O 0 punct");
        Parses.Part two = Parses.sentence("Bye .", "0 Bye bye UH O -1 root", "1 . . . O 0 punct yes");
        ParsedArticle pa = Parses.lines("", one, two);
        assertThat(pa.article().text()).isEqualTo("Hi .\nBye .");
        assertThat(pa.article().published()).isEmpty();
        Sentence second = pa.sentences().get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(pa.span(second.begin(), second.end())).isEqualTo("Bye .");
        assertThat(second.parentArc(1).orElseThrow().marker()).isEqualTo("yes");
        assertThat(Parses.paragraph("", one, two).article().text()).isEqualTo("Hi . Bye .");
        assertThat(Parses.mention(pa, 1, 0, "USA").text()).isEqualTo("Bye");
    }

    @Test
    void aTokenMissingFromTheTextIsNamed() {
        assertThatThrownBy(() -> Parses.article("", "Hi there", "0 Hi hi UH O -1 root", "1 here here RB O 0 advmod"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'here'");
    }
}
