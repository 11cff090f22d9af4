package org.parley.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A phrase of the issue lexicon: a sequence of word slots matched against consecutive tokens of one sentence.
 *
 * <p>Syntax (one slot per space-separated element): {@code word} matches a token whose lemma or lower-cased
 * form is {@code word}; {@code a/b} is either; {@code word*} matches a prefix and {@code *word} a suffix; a
 * hyphenated element ({@code cross-strait}) matches the hyphenated word however the tokenizer split it; {@code _}
 * is a gap of 0 to {@value #MAX_GAP} tokens. A phrase neither starts nor ends with a gap.
 *
 * @param slots the slots in order; a gap is the single alternative {@code "_"}
 */
public record IssuePhrase(List<List<String>> slots) {
    /** The most tokens a {@code _} gap may skip. */
    public static final int MAX_GAP = 3;

    public IssuePhrase {
        List<List<String>> copied = new ArrayList<>();
        slots.forEach(s -> copied.add(List.copyOf(s)));
        slots = List.copyOf(copied);
        if (slots.isEmpty() || isGap(slots.get(0)) || isGap(slots.get(slots.size() - 1))) {
            throw new IllegalArgumentException("an issue phrase needs a word first and last: " + slots);
        }
    }

    /**
     * Parses the syntax above (lower-cased).
     *
     * @throws IllegalArgumentException naming the phrase when it is empty, has an empty alternative or begins or
     *                                  ends with a gap
     */
    public static IssuePhrase parse(String text) {
        List<List<String>> slots = new ArrayList<>();
        for (String element : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (element.isEmpty()) {
                continue;
            }
            List<String> alternatives = List.of(element.split("/", -1));
            if (alternatives.stream().anyMatch(a -> a.isEmpty() || a.equals("*"))) {
                throw new IllegalArgumentException("empty alternative in issue phrase '" + text + "'");
            }
            slots.add(alternatives);
        }
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("empty issue phrase");
        }
        try {
            return new IssuePhrase(slots);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("issue phrase '" + text + "' begins or ends with a gap '_'");
        }
    }

    /** True when {@code slot} is a gap. */
    public static boolean isGap(List<String> slot) {
        return slot.size() == 1 && slot.get(0).equals("_");
    }

    /** True when the word slot {@code slot} accepts a token with this lemma and lower-cased word. */
    public static boolean accepts(List<String> slot, String lemma, String word) {
        for (String alt : slot) {
            if (alt.endsWith("*") && !alt.startsWith("*")) {
                String prefix = alt.substring(0, alt.length() - 1);
                if (lemma.startsWith(prefix) || word.startsWith(prefix)) {
                    return true;
                }
            } else if (alt.startsWith("*")) {
                String suffix = alt.substring(1);
                if (lemma.endsWith(suffix) || word.endsWith(suffix)) {
                    return true;
                }
            } else if (alt.equals(lemma) || alt.equals(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (List<String> slot : slots) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.join("/", slot));
        }
        return sb.toString();
    }
}
