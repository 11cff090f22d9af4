package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.testing.SharedPipeline;

/**
 * One shared pipeline on several threads gives exactly what it gives on one: every bundled example article, coded
 * twice over on three threads (so that two copies of an article may be parsed at the same time), equals its coding
 * on one thread, record for record.
 */
class ParallelCodingIntegrationTest {
    private static List<CodedArticle> code(List<Article> articles, int threads) {
        List<CodedArticle> coded = new ArrayList<>();
        new ParallelCoder<Article, CodedArticle>(threads, SharedPipeline.pipeline()::code).run(articles, outcome -> {
            assertThat(outcome).isInstanceOf(ParallelCoder.Outcome.Coded.class);
            coded.add(((ParallelCoder.Outcome.Coded<Article, CodedArticle>) outcome).output());
        });
        return coded;
    }

    @Test
    void threeThreadsGiveExactlyTheOutputOfOne() {
        List<Article> examples = SharedPipeline.examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        List<CodedArticle> one = code(examples, 1);
        List<Article> twice = new ArrayList<>(examples);
        twice.addAll(examples);
        List<CodedArticle> three = code(twice, 3);
        assertThat(three.subList(0, examples.size())).isEqualTo(one);
        assertThat(three.subList(examples.size(), twice.size())).isEqualTo(one);
        assertThat(one.stream().mapToInt(c -> c.events().size()).sum()).isGreaterThan(50);
    }
}
