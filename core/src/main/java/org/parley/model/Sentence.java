package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed sentence: tokens and their basic UD dependency tree.
 *
 * @param index        0-based sentence index in the article
 * @param begin        character offset of the sentence start in the article text
 * @param end          character offset one past the sentence end
 * @param tokens       tokens in order, token i at position i
 * @param dependencies the arcs of the basic dependency tree (one per token)
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i) {
                throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
            }
        }
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Dependents of token {@code head}, in token order. */
    public List<Dependency> children(int head) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == head) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** Dependents of {@code head} whose relation is {@code relation} or a subtype of it ("obl" matches "obl:tmod"). */
    public List<Dependency> children(int head, String relation) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : children(head)) {
            if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
                out.add(d);
            }
        }
        return out;
    }

    /** The arc that attaches token {@code i} to its head, if any. */
    public Optional<Dependency> parentArc(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The text of tokens [from, to) joined by single spaces, as tokenised. */
    public String words(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).word());
        }
        return sb.toString();
    }
}
