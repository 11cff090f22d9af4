package org.parley.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One piece of evidence that a text is about an issue: the issue code and the phrase that says so.
 *
 * @param code     issue code, upper case with underscores ({@code TAIWAN}, {@code TRADE_DISPUTE}; the codes of
 *                 {@code shared/eval/ISSUES.md} and any more the lexicon defines)
 * @param evidence the text of the evidence span as it appears in the article (a lexicon phrase, or an event's
 *                 evidence when the issue comes from an event)
 * @param sentence 0-based index of the sentence that holds the evidence
 * @param start    character offset in the article text where the evidence starts
 * @param end      character offset one past the evidence
 * @param rule     why: the lexicon entry or rule that matched ("lexicon 'trade war'", "event 190", ...)
 */
public record IssueTag(String code, String evidence, int sentence, int start, int end, String rule) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    public IssueTag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("malformed issue code: '" + code + "'");
        }
        if (sentence < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad issue evidence position: sentence " + sentence + ", "
                    + start + ".." + end);
        }
    }
}
