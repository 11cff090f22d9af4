package org.parley.store;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which stored events to list.
 *
 * @param dyad  keep only events whose source and target country parts form this dyad, "USA-CHN"
 *              (an international organisation counts as its whole code, "IGONATO-RUS"); empty for all
 * @param limit at most this many events, greater than zero
 */
public record EventQuery(Optional<String> dyad, int limit) {
    private static final Pattern DYAD = Pattern.compile("[A-Z]{3}[A-Z0-9]*-[A-Z]{3}[A-Z0-9]*");

    public EventQuery {
        Objects.requireNonNull(dyad, "dyad");
        dyad.ifPresent(d -> {
            if (!DYAD.matcher(d).matches()) {
                throw new IllegalArgumentException("malformed dyad (want SOURCE-TARGET, e.g. USA-CHN): " + d);
            }
        });
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be greater than zero: " + limit);
        }
    }

    /** All events, at most {@code limit}. */
    public static EventQuery all(int limit) {
        return new EventQuery(Optional.empty(), limit);
    }

    /** Events of one dyad ("USA-CHN"), at most {@code limit}. */
    public static EventQuery ofDyad(String dyad, int limit) {
        return new EventQuery(Optional.of(dyad), limit);
    }
}
