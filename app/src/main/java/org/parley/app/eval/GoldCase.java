package org.parley.app.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.EventDate;

/**
 * One case of a gold file ({@code shared/eval/FORMAT.md}): a short text and what a careful coder extracts from it.
 *
 * @param id      unique within its file
 * @param date    the article's publication day, when the case gives one
 * @param text    the input text; never blank
 * @param events  every event a coder would record, required and optional
 * @param quotes  each direct quotation
 * @param actors  actors named or described in the text with their codes
 * @param issues  issue codes the text is about (may include codes outside ISSUES.md; the scorer ignores those)
 */
public record GoldCase(String id, Optional<LocalDate> date, String text, List<GoldEvent> events,
                       List<GoldQuote> quotes, List<GoldActor> actors, List<String> issues) {
    public GoldCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank case id");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank text in case " + id);
        }
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        actors = List.copyOf(actors);
        issues = List.copyOf(issues);
    }

    /**
     * A gold event. Source and target are actor codes (their {@link Actor#name()} is empty).
     *
     * @param source   CAMEO actor code of the actor who acts
     * @param target   CAMEO actor code of the actor acted upon
     * @param codes    every CAMEO event code a coder would accept, the preferred first; never empty
     * @param optional true when a coder may or may not record it (neither a miss nor a false alarm)
     * @param date     when it happened (day, month or year) where that differs from the article date
     * @param note     the annotator's comment, or ""
     */
    public record GoldEvent(Actor source, Actor target, List<CameoCode> codes, boolean optional,
                            Optional<EventDate> date, String note) {
        public GoldEvent {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(note, "note");
            codes = List.copyOf(codes);
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("gold event " + source.code() + "->" + target.code()
                        + " has no codes");
            }
        }

        /** The preferred code (the first listed). */
        public CameoCode preferred() {
            return codes.get(0);
        }

        /** "USAGOV->CHNGOV 040|042", for reports. */
        public String describe() {
            StringBuilder sb = new StringBuilder(source.code()).append("->").append(target.code()).append(' ');
            for (int i = 0; i < codes.size(); i++) {
                sb.append(i == 0 ? "" : "|").append(codes.get(i));
            }
            date.ifPresent(d -> sb.append(" @").append(d));
            return optional ? sb.append(" (optional)").toString() : sb.toString();
        }
    }

    /**
     * A gold direct quotation.
     *
     * @param contains     a fragment of the quoted words that identifies the quotation; never empty
     * @param speaker      the speaker's name as the text gives it
     * @param speakerActor the speaker's CAMEO actor code
     */
    public record GoldQuote(String contains, String speaker, String speakerActor) {
        public GoldQuote {
            Objects.requireNonNull(contains, "contains");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(speakerActor, "speakerActor");
            if (contains.isEmpty()) {
                throw new IllegalArgumentException("gold quote with empty 'contains'");
            }
        }
    }

    /**
     * A gold actor.
     *
     * @param text   the mention's text exactly as in the case text (compared ignoring case)
     * @param code   the CAMEO actor code it resolves to on the case date
     * @param prefix true when the resolved code need only start with {@code code} ({@code "match": "prefix"})
     */
    public record GoldActor(String text, String code, boolean prefix) {
        public GoldActor {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(code, "code");
            if (text.isBlank()) {
                throw new IllegalArgumentException("gold actor with blank text");
            }
            new Actor(code, text); // validates the code's form
        }

        /** True when {@code resolved} is right for this entry: equal, or starting with it for a prefix entry. */
        public boolean accepts(String resolved) {
            return prefix ? resolved.startsWith(code) : resolved.equals(code);
        }
    }
}
