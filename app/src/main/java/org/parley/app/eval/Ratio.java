package org.parley.app.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * A score with the counts behind it.
 *
 * @param hits  the numerator, 0..total
 * @param total the denominator, 0 or more; with 0 the ratio has no value
 */
public record Ratio(int hits, int total) {
    public Ratio {
        if (total < 0 || hits < 0 || hits > total) {
            throw new IllegalArgumentException("bad ratio " + hits + "/" + total);
        }
    }

    /** hits / total, or empty when total is 0. */
    public Optional<Double> value() {
        return total == 0 ? Optional.empty() : Optional.of((double) hits / total);
    }

    /** The F1 (harmonic mean) of a precision and a recall; empty when either is, 0 when both are 0. */
    public static Optional<Double> f1(Ratio precision, Ratio recall) {
        if (precision.value().isEmpty() || recall.value().isEmpty()) {
            return Optional.empty();
        }
        double p = precision.value().get();
        double r = recall.value().get();
        return Optional.of(p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }

    /** Two decimals, or "n/a" without a value. */
    static String format(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("n/a");
    }

    /** "0.71 (42/59)". */
    @Override
    public String toString() {
        return format(value()) + " (" + hits + "/" + total + ")";
    }
}
