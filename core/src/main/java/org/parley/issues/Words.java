package org.parley.issues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.IssuePhrase;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * A sentence as the issue lexicon sees it: words, where tokens glued by a hyphen ("cross", "-", "strait") are
 * one word again ("cross-strait"), each with its lemma and lower-cased form and its character offsets.
 */
final class Words {
    /** One word: lower-cased lemma and form, and its character offsets in the article text. */
    record Word(String lemma, String form, int begin, int end) {
    }

    /** A match of a phrase: the first and one-past-last word. */
    record Span(int from, int to) {
    }

    private final List<Word> words;
    /** Every lemma and lower-cased form of the sentence, to rule out most phrases without trying each position. */
    private final Set<String> vocabulary = new HashSet<>();

    Words(Sentence sentence) {
        List<Word> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lemma = lower(t.lemma());
            String form = lower(t.word());
            int begin = t.begin();
            int end = t.end();
            while (i + 1 < tokens.size() && tokens.get(i + 1).begin() == end
                    && (tokens.get(i + 1).word().equals("-") || tokens.get(i).word().equals("-"))) {
                Token next = tokens.get(++i);
                String nextForm = lower(next.word());
                form = form + nextForm;
                lemma = form.endsWith("-") ? form : lemmaOfCompound(form, lower(next.lemma()), nextForm);
                end = next.end();
            }
            out.add(new Word(lemma, form, begin, end));
            vocabulary.add(lemma);
            vocabulary.add(form);
        }
        this.words = List.copyOf(out);
    }

    /** "drone-strikes" with last lemma "strike" is "drone-strike": the compound's lemma inflects its last part. */
    private static String lemmaOfCompound(String form, String lastLemma, String lastForm) {
        return form.substring(0, form.length() - lastForm.length()) + lastLemma;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    int size() {
        return words.size();
    }

    Word get(int i) {
        return words.get(i);
    }

    /** The first match of {@code phrase} at or after word {@code from}, if any. */
    Optional<Span> find(IssuePhrase phrase, int from) {
        if (!mayOccur(phrase)) {
            return Optional.empty();
        }
        for (int start = from; start < words.size(); start++) {
            int end = matchAt(phrase.slots(), 0, start);
            if (end >= 0) {
                return Optional.of(new Span(start, end));
            }
        }
        return Optional.empty();
    }

    /**
     * False when the phrase cannot occur: one of its word slots has only whole-word alternatives ("sanction/embargo",
     * no {@code *}) and none of them is a lemma or form of the sentence.
     */
    private boolean mayOccur(IssuePhrase phrase) {
        for (List<String> slot : phrase.slots()) {
            if (IssuePhrase.isGap(slot) || slot.stream().anyMatch(alt -> alt.indexOf('*') >= 0)) {
                continue;
            }
            if (slot.stream().noneMatch(vocabulary::contains)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code phrase} occurs anywhere in the sentence. */
    boolean contains(IssuePhrase phrase) {
        return find(phrase, 0).isPresent();
    }

    /** The end (exclusive) of a match of slots[slot..] starting at word {@code at}, or -1. */
    private int matchAt(List<List<String>> slots, int slot, int at) {
        if (slot == slots.size()) {
            return at;
        }
        List<String> s = slots.get(slot);
        if (IssuePhrase.isGap(s)) {
            for (int skip = 0; skip <= IssuePhrase.MAX_GAP && at + skip <= words.size(); skip++) {
                int end = matchAt(slots, slot + 1, at + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= words.size()) {
            return -1;
        }
        Word w = words.get(at);
        return IssuePhrase.accepts(s, w.lemma(), w.form()) ? matchAt(slots, slot + 1, at + 1) : -1;
    }
}
