package org.parley.model;

import java.util.List;

/**
 * An article after language processing.
 *
 * @param article   the input article; token offsets index into {@code article.text()}
 * @param sentences the sentences in order
 */
public record ParsedArticle(Article article, List<Sentence> sentences) {
    public ParsedArticle {
        sentences = List.copyOf(sentences);
    }

    /** The article text between two character offsets. */
    public String span(int begin, int end) {
        return article.text().substring(begin, end);
    }
}
