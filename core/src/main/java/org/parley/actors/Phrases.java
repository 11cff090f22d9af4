package org.parley.actors;

import java.util.Locale;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** Noun-phrase geometry over a parsed sentence: heads, left edges and word runs. */
final class Phrases {
    /** Relations that attach pre-modifiers inside a noun phrase. */
    private static final Set<String> PREMODIFIERS = Set.of("det", "amod", "compound", "nmod:poss", "nummod",
            "flat", "det:poss", "advmod", "det:predet", "obl:npmod", "punct", "cc:preconj");
    /** Relations by which a token is part of a larger name or compound rather than a phrase head. */
    private static final Set<String> NON_HEAD = Set.of("compound", "flat", "fixed", "goeswith", "case", "det");

    static final Set<String> HONORIFICS = Set.of("mr.", "mr", "ms.", "ms", "mrs.", "mrs", "dr.", "dr");

    private Phrases() {
    }

    /** True when token {@code i} heads a nominal phrase (a noun or pronoun not inside a compound). */
    static boolean isHead(Sentence s, int i) {
        Token t = s.token(i);
        String rel = s.parentArc(i).map(Dependency::relation).orElse("root");
        boolean argumentAdjective = (t.pos().startsWith("JJ") || t.pos().equals("VBN") && rel.equals("root"))
                && (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod")
                || rel.startsWith("conj") || rel.equals("root"));
        if (!(t.isNoun() || t.pos().equals("PRP") || t.pos().equals("PRP$") || t.pos().startsWith("JJ")
                && t.ner().equals("MISC") || argumentAdjective)) {
            return false;
        }
        return !NON_HEAD.contains(rel);
    }

    /** The leftmost token of the pre-modifier part of the phrase headed by {@code head}. */
    static int leftEdge(Sentence s, int head) {
        int left = head;
        for (Dependency d : s.children(head)) {
            if (d.dependent() < left && premodifier(d.relation()) && !s.token(d.dependent()).pos().equals("VBG")) {
                left = Math.min(left, leftmostDescendant(s, d.dependent()));
            }
        }
        while (left < head && isPunct(s.token(left))) {
            left++;
        }
        return left;
    }

    private static boolean premodifier(String relation) {
        return PREMODIFIERS.contains(relation) || relation.startsWith("nmod:poss");
    }

    static int leftmostDescendant(Sentence s, int i) {
        int left = i;
        for (Dependency d : s.children(i)) {
            if (d.dependent() < left) {
                left = Math.min(left, leftmostDescendant(s, d.dependent()));
            }
        }
        return left;
    }

    static int rightmostDescendant(Sentence s, int i) {
        int right = i;
        for (Dependency d : s.children(i)) {
            if (d.dependent() > right) {
                right = Math.max(right, rightmostDescendant(s, d.dependent()));
            }
        }
        return right;
    }

    static boolean isPunct(Token t) {
        return !Character.isLetterOrDigit(t.word().charAt(0));
    }

    /** The lower-case lemma, with "'s" and punctuation normalised. */
    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    static boolean isPerson(Token t) {
        return t.ner().equals("PERSON");
    }

    static boolean isHonorific(Token t) {
        return HONORIFICS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
