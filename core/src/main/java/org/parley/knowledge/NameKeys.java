package org.parley.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lookup keys for names and phrases: lower case (ROOT locale), diacritics removed ("Erdoğan" →
 * "erdogan", "Łukasz" → "lukasz"), hyphens and dashes read as spaces ("Kim Jong-un" = "Kim Jong Un"),
 * typographic apostrophes as ASCII, whitespace collapsed and trimmed.
 */
final class NameKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKeys() {
    }

    /** Lower case, whitespace-normalised; diacritics kept. */
    static String phrase(String text) {
        return isPlain(text, false) ? text.toLowerCase(Locale.ROOT) : phraseByRules(text);
    }

    /** {@link #phrase} by its rules, without the shortcut for plain text. */
    static String phraseByRules(String text) {
        return SPACES.matcher(text.replace('\u2019', '\'').replace('\u00A0', ' ')).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
    }

    /** Lower case, diacritics removed, dashes as spaces, whitespace-normalised. */
    static String folded(String text) {
        return isPlain(text, true) ? text.toLowerCase(Locale.ROOT) : foldedByRules(text);
    }

    /** {@link #folded} by its rules, without the shortcut for plain text. */
    static String foldedByRules(String text) {
        String s = text.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i').replace("ß", "ss")
                .replace("æ", "ae").replace("Æ", "Ae").replace('\u2019', '\'').replace('\u00A0', ' ');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = DASHES.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether normalising would change nothing but case, so that lower-casing alone gives the key (the common
     * case, checked without regular expressions): no white space but single inner spaces, no typographic apostrophe
     * or no-break space and, for {@link #folded}, only printable ASCII without hyphens.
     */
    static boolean isPlain(String text, boolean asciiOnly) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (asciiOnly ? c < 0x21 || c > 0x7E || c == '-'
                    : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u2019') {
                return false;
            }
        }
        return true;
    }

    /** Number of space-separated words in a key ({@code 0} for an empty key). */
    static int words(String key) {
        return key.isEmpty() ? 0 : key.split(" ").length;
    }
}
