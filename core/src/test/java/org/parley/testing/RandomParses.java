package org.parley.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;

/**
 * Random but well-formed parses for the random-input case of each stage: 1-3 sentences of 1-14 tokens drawn
 * from words the tables know (countries, capitals, titles, honorifics, event verbs and nouns, time words,
 * quote marks), with random tags and a random dependency tree (every token has one head, no cycles).
 */
public final class RandomParses {
    private static final String[][] WORDS = {
        {"Russia", "Russia", "NNP", "LOCATION"}, {"China", "China", "NNP", "LOCATION"},
        {"Beijing", "Beijing", "NNP", "LOCATION"}, {"Kyiv", "Kyiv", "NNP", "MISC"},
        {"Chinese", "Chinese", "JJ", "MISC"}, {"United", "United", "NNP", "LOCATION"},
        {"States", "States", "NNP", "LOCATION"}, {"NATO", "NATO", "NNP", "ORGANIZATION"},
        {"Mr.", "Mr.", "NNP", "O"}, {"Xi", "Xi", "NNP", "PERSON"}, {"Blinken", "Blinken", "NNP", "PERSON"},
        {"Putin", "Putin", "NNP", "PERSON"}, {"President", "President", "NNP", "O"},
        {"minister", "minister", "NN", "O"}, {"leaders", "leader", "NNS", "O"}, {"two", "two", "CD", "O"},
        {"military", "military", "NN", "O"}, {"missiles", "missile", "NNS", "O"}, {"the", "the", "DT", "O"},
        {"met", "meet", "VBD", "O"}, {"attacked", "attack", "VBD", "O"}, {"agreed", "agree", "VBD", "O"},
        {"refused", "refuse", "VBD", "O"}, {"held", "hold", "VBD", "O"}, {"said", "say", "VBD", "O"},
        {"told", "tell", "VBD", "O"}, {"will", "will", "MD", "O"}, {"not", "not", "RB", "O"},
        {"could", "could", "MD", "O"}, {"to", "to", "TO", "O"}, {"with", "with", "IN", "O"},
        {"by", "by", "IN", "O"}, {"on", "on", "IN", "O"}, {"if", "if", "IN", "O"}, {"talks", "talk", "NNS", "O"},
        {"visit", "visit", "NN", "O"}, {"Monday", "Monday", "NNP", "O"}, {"November", "November", "NNP", "O"},
        {"last", "last", "JJ", "O"}, {"ago", "ago", "RB", "O"}, {"days", "day", "NNS", "O"},
        {"2022", "2022", "CD", "O"}, {"14", "14", "CD", "O"}, {"he", "he", "PRP", "O"}, {"it", "it", "PRP", "O"},
        {"its", "its", "PRP$", "O"}, {"'s", "'s", "POS", "O"}, {"and", "and", "CC", "O"}, {",", ",", ",", "O"},
        {"\u201C", "\u201C", "``", "O"}, {"\u201D", "\u201D", "''", "O"}, {"\"", "\"", "``", "O"},
        {".", ".", ".", "O"}, {"year", "year", "NN", "O"}, {"morning", "morning", "NN", "O"},
    };
    private static final String[] RELATIONS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "nmod",
        "nmod:poss", "compound", "flat", "amod", "det", "case", "mark", "aux", "aux:pass", "advmod", "xcomp",
        "ccomp", "advcl", "conj", "cc", "appos", "acl", "acl:relcl", "nummod", "punct", "cop", "dep",
        "obl:npmod", "compound:prt", "parataxis"};

    private RandomParses() {
    }

    /** A random article dated 2023-06-21 (or undated one time in five). */
    public static ParsedArticle article(Random random) {
        int n = 1 + random.nextInt(3);
        Parses.Part[] parts = new Parses.Part[n];
        for (int i = 0; i < n; i++) {
            parts[i] = sentence(random);
        }
        String date = random.nextInt(5) == 0 ? "" : "2023-06-21";
        return random.nextBoolean() ? Parses.paragraph(date, parts) : Parses.lines(date, parts);
    }

    private static Parses.Part sentence(Random random) {
        int size = 1 + random.nextInt(14);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        int[] heads = new int[size];
        heads[order.get(0)] = -1;
        for (int k = 1; k < size; k++) {
            heads[order.get(k)] = order.get(random.nextInt(k));
        }
        StringBuilder text = new StringBuilder();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String[] w = WORDS[random.nextInt(WORDS.length)];
            text.append(i > 0 ? " " : "").append(w[0]);
            String rel = heads[i] < 0 ? "root" : RELATIONS[random.nextInt(RELATIONS.length)];
            rows.add(i + " " + w[0] + " " + w[1] + " " + w[2] + " " + w[3] + " " + heads[i] + " " + rel);
        }
        return Parses.sentence(text.toString(), rows.toArray(new String[0]));
    }

    /** Random mentions over an article's tokens with actor codes drawn from a few countries and agents. */
    public static List<Mention> mentions(ParsedArticle pa, Random random) {
        String[] codes = {"RUS", "UKR", "CHN", "USAGOV", "RUSMIL", "IGONATO", "CHNGOV"};
        List<Mention> out = new ArrayList<>();
        for (Sentence s : pa.sentences()) {
            for (int k = random.nextInt(4); k > 0; k--) {
                int first = random.nextInt(s.size());
                int last = first + 1 + random.nextInt(Math.min(2, s.size() - first));
                int head = first + random.nextInt(last - first);
                out.add(Parses.mention(pa, s.index(), first, last, head, codes[random.nextInt(codes.length)]));
            }
        }
        return out;
    }
}
