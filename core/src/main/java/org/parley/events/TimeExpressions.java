package org.parley.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Dependency;
import org.parley.model.EventDate;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Resolves the time expressions attached to an event trigger against the article date.
 *
 * <p>Understood: weekdays ("on Monday", "late on Tuesday": the most recent such day on or before the article
 * date), month names with or without a day or year ("last November", "on March 14", "in May 2022": the most
 * recent such month not after the article's month), years ("in 2022"), "yesterday", "today", "last year",
 * "last month", "a year ago", "N days ago". Dates are in the article's calendar; no time zones.
 */
final class TimeExpressions {
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** Markers of a period's edge rather than the event's own time ("from April 10", "until Friday"). */
    private static final java.util.Set<String> BOUNDARY_MARKERS = java.util.Set.of("from", "until", "till", "by",
            "before", "after", "since", "starting");

    private TimeExpressions() {
    }

    /**
     * The date of the time expression among the dependents of {@code node}, if any.
     *
     * @param s         the sentence
     * @param node      the token whose dependents are searched (a trigger or one of its governors)
     * @param published the article date
     */
    static Optional<EventDate> attachedTo(Sentence s, int node, LocalDate published) {
        for (Dependency d : s.children(node)) {
            String rel = d.relation();
            boolean temporal = rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("obl")
                    || rel.equals("advmod") || rel.equals("obl:npmod") || rel.equals("nmod");
            if (!temporal || BOUNDARY_MARKERS.contains(d.marker())) {
                continue;
            }
            Optional<EventDate> date = parse(s, d.dependent(), published).or(() -> weekdayWithin(s, d.dependent(), published));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The weekday named anywhere in the sentence nearest to {@code token} ("on Sunday" that the parser
     * attached to another word): weekdays are unambiguous time words, and a sentence rarely reports two days.
     */
    static Optional<EventDate> nearestWeekday(Sentence s, int token, LocalDate published) {
        Optional<EventDate> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : s.tokens()) {
            DayOfWeek day = WEEKDAYS.get(t.word().toLowerCase(Locale.ROOT));
            boolean bounded = s.parentArc(t.index()).map(d -> BOUNDARY_MARKERS.contains(d.marker())).orElse(false);
            if (day != null && t.pos().startsWith("NNP") && !bounded && Math.abs(t.index() - token) < bestDistance) {
                bestDistance = Math.abs(t.index() - token);
                best = Optional.of(EventDate.ofDay(published.with(TemporalAdjusters.previousOrSame(day))));
            }
        }
        return best;
    }

    /** A weekday inside a time phrase ("during the Monday morning rush hour", "late on Tuesday"). */
    private static Optional<EventDate> weekdayWithin(Sentence s, int head, LocalDate published) {
        for (Dependency d : s.children(head)) {
            DayOfWeek day = WEEKDAYS.get(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            if (day != null) {
                return Optional.of(EventDate.ofDay(published.with(TemporalAdjusters.previousOrSame(day))));
            }
            if (d.relation().equals("compound") || d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
                Optional<EventDate> deeper = weekdayWithin(s, d.dependent(), published);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    /** Parses the phrase headed by {@code head}. */
    private static Optional<EventDate> parse(Sentence s, int head, LocalDate published) {
        Token h = s.token(head);
        String w = h.word().toLowerCase(Locale.ROOT);
        int left = head;
        for (Dependency d : s.children(head)) {
            left = Math.min(left, d.dependent());
        }
        String before = left < head ? s.words(left, head).toLowerCase(Locale.ROOT) : "";
        String after = head + 1 < s.size() ? s.token(head + 1).word().toLowerCase(Locale.ROOT) : "";
        if (WEEKDAYS.containsKey(w)) {
            return Optional.of(EventDate.ofDay(published.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(w)))));
        }
        if (w.equals("morning") || w.equals("evening") || w.equals("night") || w.equals("afternoon")) {
            for (Dependency d : s.children(head)) {
                DayOfWeek day = WEEKDAYS.get(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
                if (day != null) {
                    return Optional.of(EventDate.ofDay(published.with(TemporalAdjusters.previousOrSame(day))));
                }
            }
        }
        int month = MONTHS.indexOf(w) + 1;
        if (month > 0 && h.pos().startsWith("NNP")) {
            return Optional.of(monthDate(s, head, month, published));
        }
        switch (w) {
            case "yesterday":
                return Optional.of(EventDate.ofDay(published.minusDays(1)));
            case "today":
                return Optional.of(EventDate.ofDay(published));
            case "year":
                if (before.endsWith("last")) {
                    return Optional.of(EventDate.ofYear(published.getYear() - 1));
                }
                if (before.endsWith("a") && after.equals("ago") || before.endsWith("one") && after.equals("ago")) {
                    return Optional.of(EventDate.ofMonth(YearMonth.from(published).minusMonths(12)));
                }
                return Optional.empty();
            case "month":
                if (before.endsWith("last")) {
                    return Optional.of(EventDate.ofMonth(YearMonth.from(published).minusMonths(1)));
                }
                return Optional.empty();
            case "ago":
                return ago(s, head, published);
            default:
                break;
        }
        if (w.matches("(19|20)\\d\\d") && h.pos().equals("CD")) {
            return Optional.of(EventDate.ofYear(Integer.parseInt(w)));
        }
        return Optional.empty();
    }

    private static EventDate monthDate(Sentence s, int head, int month, LocalDate published) {
        int day = 0;
        int year = 0;
        for (Dependency d : s.children(head)) {
            String x = s.token(d.dependent()).word();
            if (x.matches("\\d{1,2}")) {
                day = Integer.parseInt(x);
            } else if (x.matches("(19|20)\\d\\d")) {
                year = Integer.parseInt(x);
            }
        }
        for (Dependency d : s.children(head)) {
            Token x = s.token(d.dependent());
            if (x.lemma().equalsIgnoreCase("year")) {
                for (Dependency m : s.children(d.dependent())) {
                    String w = s.token(m.dependent()).word().toLowerCase(Locale.ROOT);
                    if (w.equals("last") || w.equals("previous")) {
                        year = published.getYear() - 1;
                    } else if (w.equals("this")) {
                        year = published.getYear();
                    } else if (w.equals("next")) {
                        year = published.getYear() + 1;
                    }
                }
            }
        }
        if (year == 0) {
            year = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        }
        if (day > 0 && day <= YearMonth.of(year, month).lengthOfMonth()) {
            return EventDate.ofDay(LocalDate.of(year, month, day));
        }
        return EventDate.ofMonth(YearMonth.of(year, month));
    }

    private static Optional<EventDate> ago(Sentence s, int head, LocalDate published) {
        for (Dependency d : s.children(head)) {
            Token unit = s.token(d.dependent());
            int n = 0;
            for (Dependency c : s.children(d.dependent())) {
                String x = s.token(c.dependent()).word().toLowerCase(Locale.ROOT);
                n = switch (x) {
                    case "a", "one" -> 1;
                    case "two" -> 2;
                    case "three" -> 3;
                    default -> x.matches("\\d+") ? Integer.parseInt(x) : n;
                };
            }
            if (n == 0) {
                continue;
            }
            switch (Phrasing.lemma(unit)) {
                case "day":
                    return Optional.of(EventDate.ofDay(published.minusDays(n)));
                case "week":
                    return Optional.of(EventDate.ofDay(published.minusWeeks(n)));
                case "month":
                    return Optional.of(EventDate.ofMonth(YearMonth.from(published).minusMonths(n)));
                case "year":
                    return Optional.of(EventDate.ofMonth(YearMonth.from(published).minusMonths(12L * n)));
                default:
                    break;
            }
        }
        return Optional.empty();
    }

    /** Small lemma helper shared in this package. */
    static final class Phrasing {
        private Phrasing() {
        }

        static String lemma(Token t) {
            return t.lemma().toLowerCase(Locale.ROOT);
        }
    }
}
