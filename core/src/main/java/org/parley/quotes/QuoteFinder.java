package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.Knowledge;
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
 * within a paragraph. The speaker is the subject of the speech verb whose clause holds the quotation, else of
 * the speech verb nearest to it (a verb with a to-complement, "continued to arm", is no speech verb) outside it in
 * the sentences it touches ("Mr. Blinken added", "said Jonathan McDowell"), else the subject of the clause
 * that contains it ("Pakistan condemned an “unprovoked violation”"), else the speaker of the quotation just
 * before (a quotation running on over several sentences). Speakers are resolved through the actor mentions,
 * so "Mr. Blinken" is reported as Antony Blinken, USAGOV; a speaker no table knows keeps the name the text
 * gives ("Jonathan McDowell", "the blog") without an actor.
 */
public final class QuoteFinder {
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "note", "remark", "state",
            "warn", "declare", "explain", "insist", "write", "ask", "call", "describe", "reply", "respond",
            "stress", "argue", "claim", "announce", "comment", "caution", "tweet", "post", "quote", "continue",
            "conclude", "recall", "acknowledge", "admit", "emphasize", "emphasise", "vow", "pledge", "promise");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

    /** A quote finder; the knowledge tables are not needed yet but keep the stage's constructor uniform. */
    public QuoteFinder(Knowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge");
    }

    /**
     * Finds the quotations of an article.
     *
     * @param mentions the article's resolved actor mentions
     * @return quotations in text order; a speaker that nothing names is left empty
     */
    public List<Quote> find(ParsedArticle article, List<Mention> mentions) {
        List<int[]> spans = QuoteMarks.spans(article.article().text());
        List<Quote> quotes = new ArrayList<>();
        Optional<Speaker> previous = Optional.empty();
        int previousEndSentence = -10;
        for (int[] span : spans) {
            int first = sentenceAt(article, span[0]);
            int last = sentenceAt(article, Math.max(span[0], span[1] - 1));
            if (first < 0) {
                continue;
            }
            Optional<Speaker> speaker = Optional.empty();
            for (int i = first; i <= last && i >= 0 && speaker.isEmpty(); i++) {
                speaker = bySpeechVerb(article.sentences().get(i), span, mentions, spans);
            }
            if (speaker.isEmpty()) {
                speaker = byClause(article.sentences().get(first), span[0], mentions, spans);
            }
            if (speaker.isEmpty() && first - previousEndSentence <= 1) {
                speaker = previous;
            }
            quotes.add(new Quote(article.span(span[0], span[1]), span[0], span[1], first,
                    speaker.map(Speaker::name).orElse(""), speaker.flatMap(Speaker::actor)));
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
    private static Optional<Speaker> bySpeechVerb(Sentence s, int[] quote, List<Mention> mentions, List<int[]> spans) {
        Optional<Speaker> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : s.tokens()) {
            if (!t.isVerb() || quoted(t, spans) || !SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!s.children(t.index(), "xcomp").isEmpty()) {
                continue;
            }
            int distance = governs(s, t.index(), quote) ? 0
                    : t.end() <= quote[0] ? quote[0] - t.end() : Math.max(0, t.begin() - quote[1]);
            Optional<Speaker> subject = subjectOf(s, t.index(), mentions, spans);
            if (subject.isPresent() && distance < bestDistance) {
                best = subject;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** True when the quotation's first token lies in the clause that verb {@code v} heads. */
    private static boolean governs(Sentence s, int v, int[] quote) {
        for (Token t : s.tokens()) {
            if (t.begin() >= quote[0]) {
                int node = t.index();
                for (int steps = 0; node >= 0 && steps < 12; steps++) {
                    if (node == v) {
                        return true;
                    }
                    node = s.parentArc(node).map(Dependency::governor).orElse(-1);
                }
                return false;
            }
        }
        return false;
    }

    /** The subject of the nearest clause above the quotation's first token. */
    private static Optional<Speaker> byClause(Sentence s, int begin, List<Mention> mentions, List<int[]> spans) {
        int node = -1;
        for (Token t : s.tokens()) {
            if (t.begin() >= begin) {
                node = t.index();
                break;
            }
        }
        for (int steps = 0; node >= 0 && steps < 10; steps++) {
            if (s.token(node).isVerb() && !quoted(s.token(node), spans)) {
                Optional<Speaker> subject = subjectOf(s, node, mentions, List.of());
                if (subject.isPresent()) {
                    return subject;
                }
            }
            node = s.parentArc(node).map(Dependency::governor).orElse(-1);
        }
        return Optional.empty();
    }

    /**
     * The speaker heading the subject of verb {@code v}, following xcomp, conj and advcl up to their
     * governor; when {@code spans} (the article's quotations) are given, a subject no mention resolves is
     * still named by its text, unless it stands inside a quotation.
     */
    private static Optional<Speaker> subjectOf(Sentence s, int v, List<Mention> mentions, List<int[]> spans) {
        int node = v;
        for (int steps = 0; node >= 0 && steps < 4; steps++) {
            Optional<Dependency> up = s.parentArc(node);
            for (Dependency d : s.children(node, "nsubj")) {
                int subject = d.dependent();
                boolean relative = RELATIVE_PRONOUNS.contains(s.token(subject).word().toLowerCase(Locale.ROOT));
                if (relative && up.isPresent() && up.get().relation().startsWith("acl")) {
                    subject = up.get().governor();
                }
                Optional<Mention> m = mentionAt(s, subject, mentions);
                if (m.isPresent()) {
                    return m.map(Speaker::of);
                }
                if (relative) {
                    return antecedent(s, d.dependent(), mentions).map(Speaker::of);
                }
                return spans.isEmpty() || quoted(s.token(subject), spans) ? Optional.empty() : described(s, subject);
            }
            if (up.isEmpty() || !(up.get().relation().equals("xcomp") || up.get().relation().startsWith("conj")
                    || up.get().relation().equals("advcl"))) {
                return Optional.empty();
            }
            node = up.get().governor();
        }
        return Optional.empty();
    }

    private static Optional<Mention> mentionAt(Sentence s, int head, List<Mention> mentions) {
        Optional<Mention> best = Optional.empty();
        for (Mention m : mentions) {
            if (m.sentence() == s.index() && m.head() == head
                    && (best.isEmpty() || m.lastToken() - m.firstToken() < best.get().lastToken() - best.get().firstToken())) {
                best = Optional.of(m);
            }
        }
        return best;
    }

    /** A subject no table resolves, named by its text: a person's name, else the noun phrase ("the blog"). */
    private static Optional<Speaker> described(Sentence s, int subject) {
        Token t = s.token(subject);
        if (t.pos().startsWith("PRP") || t.pos().equals("WP")) {
            return Optional.empty();
        }
        int from = subject;
        while (from > 0 && s.token(from - 1).ner().equals("PERSON") && t.ner().equals("PERSON")) {
            from--;
        }
        if (!t.ner().equals("PERSON")) {
            for (Dependency d : s.children(subject)) {
                if (d.dependent() < from && !d.relation().equals("punct")) {
                    from = d.dependent();
                }
            }
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i <= subject; i++) {
            if (i > from && s.token(i).begin() > s.token(i - 1).end()) {
                name.append(' ');
            }
            name.append(s.token(i).word());
        }
        return Optional.of(Speaker.named(name.toString()));
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
}
