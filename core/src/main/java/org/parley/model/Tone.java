package org.parley.model;

/**
 * A document's tone, as GDELT's tone fields define it: every figure is a percentage of the document's words
 * (so an article of 200 words with 6 positive and 10 negative words has positive 3.0, negative 5.0, tone -2.0,
 * polarity 8.0).
 *
 * @param tone       positive minus negative, -100..100 (GDELT: "Tone"; typically -10..10 for news)
 * @param positive   share of words with a positive sentiment value, 0..100 ("Positive Score")
 * @param negative   share of words with a negative sentiment value, 0..100 ("Negative Score")
 * @param polarity   positive plus negative, 0..100 ("Polarity": how emotionally charged the text is)
 * @param activity   share of words that are verbs, 0..100 (parley's proxy for GDELT's "Activity Reference
 *                   Density", whose word list is not published)
 * @param selfGroup  share of words that are personal or possessive pronouns, 0..100 ("Self/Group Reference
 *                   Density")
 * @param wordCount  number of words (tokens with a letter or digit)
 */
public record Tone(double tone, double positive, double negative, double polarity, double activity,
                   double selfGroup, int wordCount) {
    /** The tone of a text without words: every figure 0. */
    public static final Tone NONE = new Tone(0, 0, 0, 0, 0, 0, 0);

    public Tone {
        check("tone", tone, -100);
        check("positive", positive, 0);
        check("negative", negative, 0);
        check("polarity", polarity, 0);
        check("activity", activity, 0);
        check("selfGroup", selfGroup, 0);
        if (wordCount < 0) {
            throw new IllegalArgumentException("negative word count: " + wordCount);
        }
    }

    private static void check(String name, double value, double min) {
        if (Double.isNaN(value) || value < min - 1e-9 || value > 100 + 1e-9) {
            throw new IllegalArgumentException(name + " out of " + (int) min + "..100: " + value);
        }
    }
}
