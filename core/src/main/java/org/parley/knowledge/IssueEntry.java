package org.parley.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the issue lexicon ({@code issues.tsv}).
 *
 * @param code    the issue code it gives
 * @param kind    what it matches
 * @param phrase  for {@link Kind#PHRASE}: the phrase; empty for the other kinds
 * @param cameo   for {@link Kind#EVENT} and {@link Kind#EVENT_DOMESTIC} and {@link Kind#EVENT_ALONE}: the CAMEO
 *                code prefix (2-4 digits) the event's code must start with; "" otherwise
 * @param context phrases of which at least one must occur in the same sentence (none: no condition)
 * @param unless  phrases none of which may occur in the same sentence
 * @param line    the line of {@code issues.tsv} it comes from (for messages)
 */
public record IssueEntry(String code, Kind kind, Optional<IssuePhrase> phrase, String cameo,
                         List<IssuePhrase> context, List<IssuePhrase> unless, int line) {
    /** What an entry matches. */
    public enum Kind {
        /** a phrase of the text */
        PHRASE,
        /** an event whose CAMEO code starts with {@code cameo} */
        EVENT,
        /** such an event whose two sides are of the same country (domestic contention) */
        EVENT_DOMESTIC,
        /** such an event between two governments, counted only when no other entry tagged the article */
        EVENT_ALONE,
        /** mentions of both sides of a war ongoing on the article's date ({@code wars.tsv}) */
        WAR_SIDES,
        /** aid (CAMEO 07), a promise of aid (033) or shared intelligence (064) from a third party to a side of such a war */
        WAR_SUPPORT
    }

    public IssueEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(cameo, "cameo");
        context = List.copyOf(context);
        unless = List.copyOf(unless);
        if ((kind == Kind.PHRASE) != phrase.isPresent()) {
            throw new IllegalArgumentException("issues.tsv line " + line + ": a phrase entry needs a phrase, others none");
        }
    }

    /** "lexicon 'trade war'" or "event 19", for the evidence's rule. */
    public String describe() {
        return switch (kind) {
            case PHRASE -> "lexicon '" + phrase.get() + "'";
            case EVENT -> "event " + cameo;
            case EVENT_DOMESTIC -> "domestic event " + cameo;
            case EVENT_ALONE -> "intergovernmental event " + cameo + " with no other issue";
            case WAR_SIDES -> "both sides of an ongoing war";
            case WAR_SUPPORT -> "support to a side of an ongoing war";
        };
    }
}
