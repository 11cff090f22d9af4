package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.knowledge.AgentNoun;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.model.UnresolvedName;

/**
 * The resolution state of one sentence for {@link ActorResolver}, shared by its rule classes ({@link People},
 * {@link Nominals}): the table hits, the mentions found so far, the unresolved names, and the lookups of agent
 * phrases and countries that several rules use.
 */
final class SentenceState {
    final Knowledge knowledge;
    final ParsedArticle article;
    final Sentence s;
    final LocalDate date;
    final Discourse discourse;
    final List<Hit> hits;
    final List<Hit> knownPeople;
    final List<Mention> mentions = new ArrayList<>();
    final List<UnresolvedName> unresolved = new ArrayList<>();

    SentenceState(Knowledge knowledge, ParsedArticle article, Sentence s, LocalDate date, Discourse discourse,
            List<Hit> hits, List<Hit> knownPeople) {
        this.knowledge = knowledge;
        this.article = article;
        this.s = s;
        this.date = date;
        this.discourse = discourse;
        this.hits = hits;
        this.knownPeople = knownPeople;
    }

    Optional<Hit> hitAt(int token) {
        return hits.stream().filter(x -> x.covers(token)).findFirst();
    }

    void add(int first, int last, int head, Actor actor, String evidence) {
        int begin = s.token(first).begin();
        int end = s.token(last - 1).end();
        Mention m = new Mention(s.index(), first, last, head, begin, end, article.span(begin, end), actor,
                evidence);
        mentions.add(m);
        List<String> titleWords = first > 0 ? List.of(s.token(first - 1).word(), s.token(first).word())
                : List.of(s.token(first).word());
        discourse.add(m, s.parentArc(head).map(d -> d.relation().startsWith("nsubj")).orElse(false), titleWords);
    }

    Optional<Mention> mentionWithHead(int head) {
        return mentions.stream().filter(m -> m.head() == head).findFirst();
    }

    /** The longest agent phrase among tokens [from, to) (titles before a name). */
    Optional<AgentNoun> longestAgent(int from, int to) {
        Optional<AgentNoun> best = Optional.empty();
        int bestLength = 0;
        int max = knowledge.agents().maxWords();
        for (int i = from; i < to; i++) {
            for (int j = Math.min(to, i + max); j > i; j--) {
                if (j - i <= bestLength) {
                    break;
                }
                Optional<AgentNoun> hit = agentPhrase(i, j);
                if (hit.isPresent()) {
                    best = hit;
                    bestLength = j - i;
                }
            }
        }
        return best;
    }

    /** The longest agent phrase that ends at token {@code h}. */
    Optional<AgentNoun> agentEndingAt(int h) {
        int max = knowledge.agents().maxWords();
        for (int i = Math.max(0, h - max + 1); i <= h; i++) {
            if (hitAt(i).isPresent() && i < h) {
                continue;
            }
            Optional<AgentNoun> hit = agentPhrase(i, h + 1);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private Optional<AgentNoun> agentPhrase(int from, int to) {
        String words = TableScanner.text(s, from, to);
        Optional<AgentNoun> hit = knowledge.agents().lookup(words);
        if (hit.isPresent() || to - from > 3) {
            return hit;
        }
        StringBuilder lemmas = new StringBuilder();
        for (int i = from; i < to; i++) {
            lemmas.append(i > from ? " " : "").append(i == to - 1 ? Phrases.lemma(s.token(i)) : s.token(i).word());
        }
        return knowledge.agents().lookup(lemmas.toString());
    }

    /** A country or IGO named among tokens [from, to): a name, demonym, capital, or possessive. */
    Optional<String> countryIn(int from, int to) {
        for (Hit x : hits) {
            if (x.start() >= from && x.end() <= to) {
                if (x.kind() == Hit.Kind.NAMED) {
                    if (x.code().startsWith("IGO")) {
                        return Optional.of(x.code());
                    }
                    return Optional.of(x.code().substring(0, 3));
                }
                return Optional.of(x.code());
            }
        }
        for (int i = from; i < to; i++) {
            if (s.token(i).pos().equals("PRP$")) {
                Optional<Mention> m = mentionWithHead(i);
                if (m.isPresent() && !m.get().actor().isOrganisation()) {
                    return Optional.of(m.get().actor().country());
                }
            }
        }
        return Optional.empty();
    }

    boolean hasWord(int from, int to, String... words) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            for (String x : words) {
                if (w.equals(x)) {
                    return true;
                }
            }
        }
        return false;
    }
}
