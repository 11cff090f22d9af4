package org.parley.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;

/**
 * The benchmark's corpus: the articles every configuration codes, in the same order.
 *
 * <p>{@link #generate} makes distinct articles from example articles, so that no cache keyed on content (a
 * sentence's or an article's text) can make a configuration look faster than it is: article {@code i} keeps the
 * title and date of example {@code i mod n}, takes its paragraphs, puts in every other place a paragraph of
 * another example (seeded choice), and swaps the names of the countries and their people in the whole article by
 * a seeded permutation. No two generated articles have the same text.
 */
public final class BenchCorpus {
    /** The size of the default corpus, in tokens as counted by {@link #estimateTokens}: 50,000. */
    public static final int DEFAULT_TOKENS = 50_000;

    /** Country names and demonyms swapped as pairs (the n-th name goes with the n-th demonym). */
    private static final List<String> COUNTRIES = List.of("China", "Russia", "India", "Iran", "Israel", "Ukraine",
            "Japan", "Germany", "France", "Brazil", "Turkey", "Egypt", "Pakistan", "Poland", "Mexico", "Canada");
    private static final List<String> DEMONYMS = List.of("Chinese", "Russian", "Indian", "Iranian", "Israeli",
            "Ukrainian", "Japanese", "German", "French", "Brazilian", "Turkish", "Egyptian", "Pakistani", "Polish",
            "Mexican", "Canadian");
    private static final Pattern NAME = Pattern.compile("\\b(" + String.join("|", COUNTRIES) + "|"
            + String.join("|", DEMONYMS) + ")\\b");
    private static final int MAX_REPEATS = 1000;
    private static final Pattern TOKEN =
            Pattern.compile("(?:[A-Za-z]\\.){2,}|\\d+(?:[.,]\\d+)+|\\w+(?:-\\w+)*|'\\w*|[^\\w\\s]");

    private BenchCorpus() {
    }

    /**
     * At least {@code minTokens} tokens (by {@link #estimateTokens}) of distinct articles made from
     * {@code examples}, the same for the same arguments.
     *
     * @throws IllegalArgumentException when there are no examples, {@code minTokens < 1}, or the examples are too
     *                                  alike to give that many distinct articles
     */
    public static List<Article> generate(List<Article> examples, int minTokens, long seed) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no example articles to make a corpus from");
        }
        if (minTokens < 1) {
            throw new IllegalArgumentException("minTokens must be at least 1: " + minTokens);
        }
        Random random = new Random(seed);
        List<List<String>> paragraphs = examples.stream().map(a -> paragraphs(a.text())).toList();
        List<Article> corpus = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int tokens = 0;
        int repeats = 0;
        for (int i = 0; tokens < minTokens; i++) {
            Article base = examples.get(i % examples.size());
            List<String> own = paragraphs.get(i % examples.size());
            List<String> body = new ArrayList<>();
            for (int p = 0; p < own.size(); p++) {
                List<String> other = paragraphs.get(random.nextInt(paragraphs.size()));
                body.add(p % 2 == 1 && !other.isEmpty() ? other.get(random.nextInt(other.size())) : own.get(p));
            }
            String text = swapCountries(String.join("\n", body), random);
            if (!texts.add(text)) {
                if (++repeats > MAX_REPEATS) {
                    throw new IllegalArgumentException("the examples are too alike to make " + minTokens
                            + " tokens of distinct articles (made " + tokens + ")");
                }
                continue;
            }
            corpus.add(Article.of(base.title(), text, "", "bench:" + corpus.size(), base.published()));
            tokens += estimateTokens(text);
        }
        return List.copyOf(corpus);
    }

    /**
     * Tokens about as CoreNLP counts them, or fewer: abbreviations with dots ("U.S."), numbers with decimal or
     * thousands marks, words with their hyphens ("two-day"), clitics ("'s", "'t") and single other non-space
     * characters each count one.
     */
    public static int estimateTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String swapCountries(String text, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Matcher m = NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int country = COUNTRIES.indexOf(m.group(1));
            String swapped = country >= 0 ? COUNTRIES.get(order.get(country))
                    : DEMONYMS.get(order.get(DEMONYMS.indexOf(m.group(1))));
            m.appendReplacement(sb, swapped);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
