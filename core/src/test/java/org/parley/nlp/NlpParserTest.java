package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.testing.SharedPipeline;

/**
 * parley runs the dependency parser itself and builds only the basic graph; its sentences must be those of CoreNLP's
 * own depparse annotator, arc for arc. Checked with the floor configuration (no NER) to keep the second set of models
 * small.
 */
class NlpParserTest {
    @Test
    void ownParseGivesCoreNlpsBasicDependencies() {
        NlpParser own = NlpParser.withProperties(NlpConfigurations.floor());
        NlpParser coreNlp = NlpParser.asCoreNlp(NlpConfigurations.floor());
        List<Article> examples = SharedPipeline.examples();
        int sentences = 0;
        for (Article article : examples) {
            ParsedArticle mine = own.parse(article);
            ParsedArticle theirs = coreNlp.parse(article);
            assertThat(mine.sentences()).as(article.title()).isEqualTo(theirs.sentences());
            sentences += mine.sentences().size();
        }
        assertThat(sentences).isGreaterThan(100);
    }

    @Test
    void ownParseHasOneRootAndAHeadForEveryOtherToken() {
        ParsedArticle parsed = SharedPipeline.parser().parse(Article.of("", "China and Russia signed a trade deal"
                + " in Moscow on Tuesday, the foreign ministry said.", "", "test", java.util.Optional.empty()));
        Sentence s = parsed.sentences().get(0);
        List<Dependency> arcs = s.dependencies();
        assertThat(arcs).filteredOn(d -> d.relation().equals("root")).hasSize(1);
        assertThat(arcs).hasSize(s.size());
        assertThat(arcs).extracting(Dependency::dependent).doesNotHaveDuplicates();
    }
}
