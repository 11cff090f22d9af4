package org.parley.app.bench;

import java.util.Objects;
import java.util.Optional;
import org.parley.app.eval.Ratio;

/**
 * parley's event scores on a gold file with one NLP configuration, and its speed on the gold texts.
 *
 * @param name           short name: "lean NER", "default NER"
 * @param properties     the CoreNLP properties, one line
 * @param cases          gold cases scored
 * @param tokensPerSecond tokens of the gold texts coded per second, one thread, warm
 * @param precision      event precision (FORMAT.md matching)
 * @param recall         event recall
 */
public record Accuracy(String name, String properties, int cases, double tokensPerSecond, Ratio precision,
                       Ratio recall) {
    public Accuracy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(recall, "recall");
    }

    /** Event F1, empty when precision or recall has no value. */
    public Optional<Double> f1() {
        return Ratio.f1(precision, recall);
    }
}
