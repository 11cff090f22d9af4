package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.nlp.NlpParser;
import org.parley.testing.SharedPipeline;

/**
 * The whole chain on a bundled example article, with the real CoreNLP models. The parser (15-25 s to load) is
 * built once, lazily, and shared by every test here: the pipeline is {@link Pipeline#standard()}'s composition
 * over that one parser.
 */
class PipelineIntegrationTest {
    private static final Path EXAMPLE = Path.of("../examples/01-us-china-blinken-beijing.txt");

    /** One parser and pipeline per JVM, and the example coded once. */
    private static final class Shared {
        static final NlpParser PARSER = SharedPipeline.parser();
        static final Pipeline PIPELINE = SharedPipeline.pipeline();
        static final Article ARTICLE = SharedPipeline.readExample(EXAMPLE);
        static final CodedArticle CODED = PIPELINE.code(ARTICLE);
    }

    private static Optional<Mention> mention(String text) {
        return Shared.CODED.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void exampleHeaderIsRead() {
        assertThat(Shared.ARTICLE.title()).startsWith("Blinken meets Xi in Beijing");
        assertThat(Shared.ARTICLE.published()).contains(LocalDate.of(2024, 4, 26));
        assertThat(Shared.ARTICLE.text()).startsWith("US Secretary of State Antony Blinken met");
        assertThat(Shared.CODED.warnings()).isEmpty();
    }

    @Test
    void knownActorsResolve() {
        assertThat(mention("Antony Blinken").map(Mention::actor)).contains(new Actor("USAGOV", "Antony Blinken"));
        assertThat(mention("Xi Jinping").map(m -> m.actor().code())).contains("CHNGOV");
        assertThat(mention("Mr. Blinken").map(Mention::actor)).contains(new Actor("USAGOV", "Antony Blinken"));
        assertThat(mention("Wang Yi").map(m -> m.actor().code())).contains("CHNGOV");
        assertThat(mention("Joe Biden").map(m -> m.actor().code())).contains("USAGOV");
        String text = Shared.ARTICLE.text();
        assertThat(Shared.CODED.mentions()).allSatisfy(m -> assertThat(text.substring(m.begin(), m.end()))
                .isEqualTo(m.text()));
    }

    @Test
    void theMeetingIsAUsaChinaConsultation() {
        assertThat(Shared.CODED.events()).anySatisfy(e -> {
            assertThat(e.dyad()).isEqualTo("USA-CHN");
            assertThat(e.code().root()).isEqualTo("04");
            assertThat(e.sentence()).isZero();
            assertThat(e.modality().happened()).isTrue();
            assertThat(e.date().map(Object::toString)).contains("2024-04-26");
        });
        assertThat(Shared.CODED.events()).anySatisfy(e -> {
            assertThat(e.source().code()).isEqualTo("USAGOV");
            assertThat(e.code().value()).isEqualTo("046");
        });
    }

    @Test
    void issuesAndToneOfTheExample() {
        CodedArticle coded = Shared.CODED;
        assertThat(coded.issues().codes()).contains("DIPLOMATIC_RELATIONS", "TAIWAN");
        for (org.parley.model.IssueTag tag : coded.issues().article()) {
            assertThat(coded.article().text().substring(tag.start(), tag.end())).isEqualTo(tag.evidence());
        }
        assertThat(coded.issues().events()).hasSameSizeAs(coded.events());
        assertThat(coded.tone().wordCount()).isGreaterThan(100);
        assertThat(coded.tone().polarity()).isGreaterThan(0);
    }

    @Test
    void everyEventsEvidenceIsItsSpanOfTheText() {
        String text = Shared.ARTICLE.text();
        assertThat(Shared.CODED.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.start()).isBetween(0, text.length());
            assertThat(e.end()).isBetween(e.start(), text.length());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.evidence());
            assertThat(e.evidence()).contains(e.trigger().split(" ")[0]);
        });
        assertThat(Shared.CODED.events()).extracting(Event::sentence).isSorted();
    }

    @Test
    void quotesHaveSpeakers() {
        String text = Shared.ARTICLE.text();
        assertThat(Shared.CODED.quotes()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(q -> {
            assertThat(q.speaker()).isPresent();
            assertThat(q.speakerName()).isNotEmpty();
            assertThat(text.substring(q.begin(), q.end())).isEqualTo(q.text());
        });
        assertThat(Shared.CODED.quotes()).filteredOn(q -> q.text().startsWith("China and the United States should"))
                .singleElement().satisfies(q -> assertThat(q.speaker()).contains(new Actor("CHNGOV", "Xi Jinping")));
        assertThat(Shared.CODED.quotes()).filteredOn(q -> q.text().startsWith("We see China"))
                .singleElement().extracting(Quote::speakerName).isEqualTo("Antony Blinken");
    }

    @Test
    void partialQuoteInARelativeClauseIsItsSubjects() {
        assertThat(Shared.CODED.quotes()).filteredOn(q -> q.text().equals("red lines")).singleElement()
                .extracting(Quote::speakerName).isEqualTo("Wang Yi");
    }

    @Test
    void partOfABuildingNameIsNoActor() {
        assertThat(mention("the People")).isEmpty();
    }

    @Test
    void parserTokenOffsetsMapBackToTheText() {
        String text = "US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Friday.\n"
                + "\u201CWe want peace,\u201D Mr. Blinken said.";
        ParsedArticle pa = Shared.PARSER.parse(Article.of("", text, "", "", Optional.empty()));
        assertThat(pa.sentences()).hasSize(2);
        for (Sentence s : pa.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
            }
            assertThat(s.dependencies()).hasSize(s.size());
            assertThat(s.dependencies()).filteredOn(d -> d.governor() == -1).hasSize(1);
        }
        Sentence first = pa.sentences().get(0);
        Token blinken = first.token(5);
        assertThat(blinken.word()).isEqualTo("Blinken");
        assertThat(blinken.ner()).isEqualTo("PERSON");
        Token met = first.token(6);
        assertThat(met.lemma()).isEqualTo("meet");
        assertThat(met.isVerb()).isTrue();
        assertThat(first.parentArc(5).map(d -> d.governor())).contains(6);
        assertThat(first.children(6, "obl")).anySatisfy(d -> assertThat(d.marker()).isEqualTo("in"));
        assertThat(pa.sentences().get(1).token(0).word()).isEqualTo("\u201C");
    }
}
