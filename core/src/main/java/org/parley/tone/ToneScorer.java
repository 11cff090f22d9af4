package org.parley.tone;

import java.util.Objects;
import java.util.OptionalInt;
import org.parley.knowledge.SentimentLexicon;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.model.Tone;
import org.parley.model.Token;

/**
 * The tone stage: GDELT-style document tone from a sentiment word list.
 *
 * <p>As GDELT's GKG and event tables define tone (GDELT 2.0 Event Codebook, "AvgTone"; GKG 2.1 codebook, "V1.5TONE"):
 * words are counted, a word is positive or negative by its valence in the list (its form first, then its lemma),
 * and each figure is a percentage of all words: positive score, negative score, tone = positive - negative,
 * polarity = positive + negative. Activity density is the share of verbs and self/group reference density the share
 * of personal and possessive pronouns (from the part-of-speech tags; GDELT's own word lists are not published).
 * A word is a token with a letter or digit; punctuation does not count. Sentiment words are counted without regard
 * to negation, as GDELT does.
 */
public final class ToneScorer {
    private final SentimentLexicon lexicon;

    /** A scorer over a sentiment list (usually {@link SentimentLexicon#load()}). */
    public ToneScorer(SentimentLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The tone of a parsed article; {@link Tone#NONE} when it has no words. */
    public Tone score(ParsedArticle parsed) {
        int words = 0;
        int positive = 0;
        int negative = 0;
        int verbs = 0;
        int pronouns = 0;
        for (Sentence s : parsed.sentences()) {
            for (Token t : s.tokens()) {
                if (t.word().chars().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                words++;
                OptionalInt v = lexicon.valence(t.word());
                if (v.isEmpty()) {
                    v = lexicon.valence(t.lemma());
                }
                if (v.isPresent()) {
                    positive += v.getAsInt() > 0 ? 1 : 0;
                    negative += v.getAsInt() < 0 ? 1 : 0;
                }
                verbs += t.isVerb() ? 1 : 0;
                pronouns += t.pos().equals("PRP") || t.pos().equals("PRP$") ? 1 : 0;
            }
        }
        if (words == 0) {
            return Tone.NONE;
        }
        double pos = 100.0 * positive / words;
        double neg = 100.0 * negative / words;
        return new Tone(pos - neg, pos, neg, pos + neg, 100.0 * verbs / words, 100.0 * pronouns / words, words);
    }
}
