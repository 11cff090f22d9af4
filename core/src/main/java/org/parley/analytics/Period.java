package org.parley.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of a series' periods. Weeks start on Monday (ISO 8601). */
public enum Period {
    DAY, WEEK, MONTH;

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** How many periods from the one holding {@code from} to the one holding {@code to}, both included. */
    public long count(LocalDate from, LocalDate to) {
        LocalDate a = start(from);
        LocalDate b = start(to);
        return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(a, b) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(a, b) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(a, b) + 1;
        };
    }

    /** "day", "week" or "month". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The period named {@code value} (any case).
     *
     * @throws IllegalArgumentException naming the value when it is not day, week or month
     */
    public static Period parse(String value) {
        for (Period p : values()) {
            if (p.label().equalsIgnoreCase(value.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("not a period (day, week or month): '" + value + "'");
    }
}
