package org.parley.app.eval;

import java.util.Objects;
import java.util.Set;
import org.parley.model.CodedArticle;

/**
 * A gold case with what the product made of its text.
 *
 * @param gold            the gold case
 * @param coded           the product's output for {@code gold.text()}
 * @param predictedIssues issue codes the product assigns to the text ({@code coded.issues().codes()} in eval)
 */
public record CodedCase(GoldCase gold, CodedArticle coded, Set<String> predictedIssues) {
    public CodedCase {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(coded, "coded");
        predictedIssues = Set.copyOf(predictedIssues);
    }

    /** A case whose product assigns no issues. */
    public CodedCase(GoldCase gold, CodedArticle coded) {
        this(gold, coded, Set.of());
    }
}
