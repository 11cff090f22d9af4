package org.parley.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Hand-made parses for stage tests: builds the {@link ParsedArticle} the nlp stage would give, from a compact
 * CoNLL-like description, so that a stage after nlp is tested without loading CoreNLP.
 *
 * <p>One row per token, fields separated by spaces:
 * <pre>index word lemma pos ner head relation [marker]</pre>
 * {@code head} is the governor's token index, -1 for the root (whose relation should be "root"). The optional
 * {@code marker} is the enhanced-form case marker; when omitted it is derived as {@code NlpParser} derives it:
 * the lower-cased word of the token's first {@code case} or {@code mark} dependent, else "".
 *
 * <p>Character offsets are computed from the sentence text: each token's word must appear next in the text,
 * after optional whitespace ("China's" holds the tokens "China" and "'s"). Several sentences are joined with
 * a space ({@link #paragraph}) or a newline ({@link #lines}); offsets index into the joined article text.
 *
 * <p>Copy the rows from a real CoreNLP parse of the sentence so that tests feed the stage what it will see.
 */
public final class Parses {
    private Parses() {
    }

    /** One sentence's text and token rows, not yet placed in an article. */
    public record Part(String text, List<String> rows) {
        public Part {
            rows = List.copyOf(rows);
        }
    }

    /** A sentence description for {@link #paragraph} and {@link #lines}. */
    public static Part sentence(String text, String... rows) {
        return new Part(text, List.of(rows));
    }

    /**
     * A one-sentence article.
     *
     * @param date the publication day "yyyy-mm-dd", or "" for an undated article
     */
    public static ParsedArticle article(String date, String text, String... rows) {
        return build(date, "", List.of(sentence(text, rows)));
    }

    /** An article whose sentences are joined by one space (one paragraph). */
    public static ParsedArticle paragraph(String date, Part... sentences) {
        return build(date, " ", List.of(sentences));
    }

    /** An article whose sentences are joined by a newline (one paragraph each). */
    public static ParsedArticle lines(String date, Part... sentences) {
        return build(date, "\n", List.of(sentences));
    }

    private static ParsedArticle build(String date, String separator, List<Part> parts) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (Part p : parts) {
            if (!sentences.isEmpty()) {
                text.append(separator);
            }
            sentences.add(parse(sentences.size(), text.length(), p));
            text.append(p.text());
        }
        Optional<LocalDate> published = date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        return new ParsedArticle(Article.of("", text.toString(), "", "test", published), sentences);
    }

    private static Sentence parse(int index, int base, Part p) {
        List<String[]> fields = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String row : p.rows()) {
            String[] f = row.trim().split("\\s+");
            if (f.length < 7 || f.length > 8) {
                throw new IllegalArgumentException("row needs 7 or 8 fields, has " + f.length + ": " + row);
            }
            int i = Integer.parseInt(f[0]);
            if (i != tokens.size()) {
                throw new IllegalArgumentException("row " + tokens.size() + " has index " + i + ": " + row);
            }
            while (pos < p.text().length() && Character.isWhitespace(p.text().charAt(pos))) {
                pos++;
            }
            if (!p.text().startsWith(f[1], pos)) {
                throw new IllegalArgumentException("token " + i + " '" + f[1] + "' is not at offset " + pos
                        + " of: " + p.text());
            }
            tokens.add(new Token(i, f[1], f[2], f[3], f[4], base + pos, base + pos + f[1].length()));
            pos += f[1].length();
            fields.add(f);
        }
        List<Dependency> arcs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String[] f = fields.get(i);
            int head = Integer.parseInt(f[5]);
            String marker = f.length == 8 ? f[7] : derivedMarker(fields, i, tokens);
            arcs.add(new Dependency(head, i, f[6], head < 0 ? "" : marker));
        }
        int begin = tokens.isEmpty() ? base : tokens.get(0).begin();
        int end = tokens.isEmpty() ? base : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, arcs);
    }

    private static String derivedMarker(List<String[]> fields, int dependent, List<Token> tokens) {
        for (int j = 0; j < fields.size(); j++) {
            String[] f = fields.get(j);
            if (Integer.parseInt(f[5]) == dependent && (f[6].equals("case") || f[6].equals("mark"))) {
                return tokens.get(j).word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * A hand-made actor mention over tokens [first, last) of a sentence, with its offsets and text taken from
     * the article; the actor's name is the mention text.
     */
    public static Mention mention(ParsedArticle pa, int sentence, int first, int last, int head, String code) {
        Sentence s = pa.sentences().get(sentence);
        int begin = s.token(first).begin();
        int end = s.token(last - 1).end();
        String text = pa.span(begin, end);
        return new Mention(sentence, first, last, head, begin, end, text, new Actor(code, text), "hand-made");
    }

    /** A one-token hand-made mention. */
    public static Mention mention(ParsedArticle pa, int sentence, int token, String code) {
        return mention(pa, sentence, token, token + 1, token, code);
    }
}
