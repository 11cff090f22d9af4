package org.parley.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class BenchCorpusTest {
    private static final List<Article> EXAMPLES = List.of(
            Article.of("One", "China warned Japan over the islands.\\nRussian troops shelled Kharkiv.\\nIndia and Iran"
                    + " signed a deal.", "", "", Optional.of(LocalDate.of(2024, 1, 2))),
            Article.of("Two", "Germany sent aid to Ukraine.\\nThe French president met Brazilian officials.", "", "",
                    Optional.of(LocalDate.of(2024, 3, 4))));

    @Test
    void distinctArticlesUpToTheTokenCount() {
        List<Article> corpus = BenchCorpus.generate(EXAMPLES, 2_000, 8);
        int tokens = corpus.stream().mapToInt(a -> BenchCorpus.estimateTokens(a.text())).sum();
        assertThat(tokens).isGreaterThanOrEqualTo(2_000);
        assertThat(new HashSet<>(corpus.stream().map(Article::text).toList())).hasSameSizeAs(corpus);
        assertThat(new HashSet<>(corpus.stream().map(Article::id).toList())).hasSameSizeAs(corpus);
        assertThat(corpus.get(0).title()).isEqualTo("One");
        assertThat(corpus.get(1).published()).contains(LocalDate.of(2024, 3, 4));
        assertThat(BenchCorpus.generate(EXAMPLES, 2_000, 8)).isEqualTo(corpus);
    }

    @Test
    void tokensAreWordsAndMarks() {
        assertThat(BenchCorpus.estimateTokens("China's two-day U.S. visit, 2.5 units.")).isEqualTo(9);
        assertThat(BenchCorpus.estimateTokens("")).isZero();
    }

    @Test
    void tooFewExamplesFailWithTheReason() {
        assertThatThrownBy(() -> BenchCorpus.generate(List.of(), 10, 1)).hasMessage("no example articles to make a corpus from");
        List<Article> plain = List.of(Article.of("", "Nothing to swap here.", "", "", Optional.empty()));
        assertThatThrownBy(() -> BenchCorpus.generate(plain, 1_000, 1))
                .hasMessageStartingWith("the examples are too alike to make 1000 tokens of distinct articles");
        assertThatThrownBy(() -> BenchCorpus.generate(EXAMPLES, 0, 1)).hasMessage("minTokens must be at least 1: 0");
    }
}
