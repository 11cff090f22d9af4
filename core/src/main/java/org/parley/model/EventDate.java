package org.parley.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to day, month or year precision.
 *
 * @param day       the first day of the period (the day itself at DAY precision)
 * @param precision how much of {@code day} is known
 */
public record EventDate(LocalDate day, Precision precision) {
    /** How precisely a date is known. */
    public enum Precision { DAY, MONTH, YEAR }

    public EventDate {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(precision, "precision");
    }

    public static EventDate ofDay(LocalDate day) {
        return new EventDate(day, Precision.DAY);
    }

    public static EventDate ofMonth(YearMonth month) {
        return new EventDate(month.atDay(1), Precision.MONTH);
    }

    public static EventDate ofYear(int year) {
        return new EventDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** ISO form at its precision: "2023-06-19", "2022-11" or "2022". */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> day.toString().substring(0, 4);
        };
    }

    /** Parses the ISO forms {@link #toString()} writes; throws IllegalArgumentException naming the text otherwise. */
    public static EventDate parse(String iso) {
        try {
            return switch (iso.length()) {
                case 10 -> ofDay(LocalDate.parse(iso));
                case 7 -> ofMonth(YearMonth.parse(iso));
                case 4 -> ofYear(Integer.parseInt(iso));
                default -> throw new IllegalArgumentException("not an ISO day, month or year: " + iso);
            };
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO day, month or year: " + iso, e);
        }
    }
}
