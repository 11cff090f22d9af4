package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.Knowledge;
import org.parley.model.Actor;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The quote stage: direct quotations and their speakers.
 *
 * <p>Quotations are found between curly (“ ”) or straight (") double quote marks; straight marks pair up
 * within a paragraph. The speaker is the subject of the nearest speech verb outside the quotation in the
 * sentences it touches ("Mr. Blinken added", "Mr. Xi told ..."), else the subject of the clause that
 * contains it ("Pakistan condemned an “unprovoked violation”"), else the speaker of the quotation just
 * before (a quotation running on over several sentences). The speaker is resolved through the actor
 * mentions, so "Mr. Blinken" is reported as Antony Blinken, USAGOV.
 */
public final class QuoteFinder {
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "note", "remark", "state",
            "warn", "declare", "explain", "insist", "write", "ask", "call", "describe", "reply", "respond",
            "stress", "argue", "claim", "announce", "comment", "caution", "tweet", "post", "quote", "continue",
            "conclude", "recall", "acknowledge", "admit", "emphasize", "emphasise", "vow", "pledge", "promise");

    /** A quote finder; the knowledge tables are not needed yet but keep the stage's constructor uniform. */
    public QuoteFinder(Knowledge knowledge) {
        java.util.Objects.requireNonNull(knowledge, "knowledge");
    }

    /**
     * Finds the quotations of an article.
     *
     * @param mentions the article's resolved actor mentions
     * @return quotations in text order; a speaker that no mention resolves is left empty
     */
    public List<Quote> find(ParsedArticle article, List<Mention> mentions) {
        List<int[]> spans = QuoteMarks.spans(article.article().text());
        List<Quote> quotes = new ArrayList<>();
        Optional<Mention> previous = Optional.empty();
        int previousEndSentence = -10;
        for (int[] span : spans) {
            int b = span[0];
            int e = span[1];
            int first = sentenceAt(article, b);
            int last = sentenceAt(article, Math.max(b, e - 1));
            if (first < 0) {
                continue;
            }
            Optional<Mention> speaker = Optional.empty();
            for (int i = first; i <= last && speaker.isEmpty(); i++) {
                speaker = bySpeechVerb(article.sentences().get(i), span, mentions, spans);
            }
            if (speaker.isEmpty()) {
                speaker = byClause(article.sentences().get(first), b, mentions, spans);
            }
            if (speaker.isEmpty() && first - previousEndSentence <= 1) {
                speaker = previous;
            }
            String name = speaker.map(m -> m.actor().name().isEmpty() ? m.text() : m.actor().name()).orElse("");
            Optional<Actor> actor = speaker.map(Mention::actor);
            quotes.add(new Quote(article.span(b, e), b, e, first, name, actor));
            if (speaker.isPresent()) {
                previous = speaker;
            }
            previousEndSentence = last;
        }
        return List.copyOf(quotes);
    }

    private static int sentenceAt(ParsedArticle article, int offset) {
        for (Sentence s : article.sentences()) {
            if (offset >= s.begin() && offset < s.end() + 1) {
                return s.index();
            }
        }
        return -1;
    }

    private static boolean quoted(Token t, List<int[]> spans) {
        for (int[] span : spans) {
            if (t.begin() >= span[0] && t.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the speech verb nearest to the quotation, outside any quotation in the sentence. */
    private static Optional<Mention> bySpeechVerb(Sentence s, int[] quote, List<Mention> mentions, List<int[]> spans) {
        Optional<Mention> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : s.tokens()) {
            if (!t.isVerb() || quoted(t, spans) || !SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int distance = t.end() <= quote[0] ? quote[0] - t.end() : Math.max(0, t.begin() - quote[1]);
            Optional<Mention> subject = subjectOf(s, t.index(), mentions);
            if (subject.isPresent() && distance < bestDistance) {
                best = subject;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The subject of the nearest clause above the quotation's first token. */
    private static Optional<Mention> byClause(Sentence s, int begin, List<Mention> mentions, List<int[]> spans) {
        int node = -1;
        for (Token t : s.tokens()) {
            if (t.begin() >= begin) {
                node = t.index();
                break;
            }
        }
        for (int steps = 0; node >= 0 && steps < 10; steps++) {
            if (s.token(node).isVerb() && !quoted(s.token(node), spans)) {
                Optional<Mention> subject = subjectOf(s, node, mentions);
                if (subject.isPresent()) {
                    return subject;
                }
            }
            node = s.parentArc(node).map(Dependency::governor).orElse(-1);
        }
        return Optional.empty();
    }

    /** The mention that ends just before a relative pronoun ("Wang Yi, who warned ..."). */
    private static Optional<Mention> antecedent(Sentence s, int pronoun, List<Mention> mentions) {
        int before = pronoun - 1;
        while (before >= 0 && s.token(before).word().equals(",")) {
            before--;
        }
        final int last = before;
        return mentions.stream().filter(m -> m.sentence() == s.index() && m.lastToken() - 1 == last)
                .min((a, b) -> Integer.compare(a.lastToken() - a.firstToken(), b.lastToken() - b.firstToken()));
    }

    /** The mention heading the subject of verb {@code v}, following xcomp, conj and advcl up to their governor. */
    private static Optional<Mention> subjectOf(Sentence s, int v, List<Mention> mentions) {
        int node = v;
        for (int steps = 0; node >= 0 && steps < 4; steps++) {
            Optional<Dependency> up = s.parentArc(node);
            for (Dependency d : s.children(node, "nsubj")) {
                int subject = d.dependent();
                boolean relative = Set.of("who", "which", "that").contains(s.token(subject).word().toLowerCase(Locale.ROOT));
                if (relative && up.isPresent() && up.get().relation().startsWith("acl")) {
                    subject = up.get().governor();
                }
                for (Mention m : mentions) {
                    if (m.sentence() == s.index() && m.head() == subject) {
                        return Optional.of(m);
                    }
                }
                if (relative) {
                    return antecedent(s, d.dependent(), mentions);
                }
                return Optional.empty();
            }
            if (up.isEmpty() || !(up.get().relation().equals("xcomp") || up.get().relation().startsWith("conj")
                    || up.get().relation().equals("advcl"))) {
                return Optional.empty();
            }
            node = up.get().governor();
        }
        return Optional.empty();
    }
}
