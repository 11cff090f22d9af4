package org.parley.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An armed conflict between two sides over a period, from {@code wars.tsv}.
 *
 * @param name   what news calls it ("Russia's invasion of Ukraine")
 * @param sideA  country codes (ISO alpha-3) of one side
 * @param sideB  country codes of the other side (may equal side A's for a civil war)
 * @param from   first day of fighting
 * @param to     last day, or empty while it goes on
 */
public record War(String name, List<String> sideA, List<String> sideB, LocalDate from, Optional<LocalDate> to) {
    public War {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
        if (sideA.isEmpty() || sideB.isEmpty()) {
            throw new IllegalArgumentException("war '" + name + "' needs two sides");
        }
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new IllegalArgumentException("war '" + name + "' ends " + to.get() + " before it starts " + from);
        }
    }

    /** True when {@code day} falls within the war (ends inclusive). */
    public boolean ongoing(LocalDate day) {
        return !day.isBefore(from) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    /** True when {@code a} and {@code b} are on opposite sides (either order). */
    public boolean opposes(String a, String b) {
        return sideA.contains(a) && sideB.contains(b) || sideA.contains(b) && sideB.contains(a);
    }

    /** True when {@code country} is on either side. */
    public boolean involves(String country) {
        return sideA.contains(country) || sideB.contains(country);
    }
}
