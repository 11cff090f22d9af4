package org.parley.app;

import org.parley.model.Article;
import org.parley.model.CodedArticle;

/** Codes one article: what a command needs from the pipeline, so tests can hand in canned output. */
@FunctionalInterface
public interface Coder {
    /** Codes {@code article} into events, mentions and quotes. */
    CodedArticle code(Article article);
}
