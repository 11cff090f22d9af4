package org.parley.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the store counts for one period of one dyad: the input of {@link DyadSeries}.
 *
 * @param start         first day of the period
 * @param quadCounts    events of the dyad by QuadClass: index 0 = verbal cooperation (1) ... 3 = material conflict (4)
 * @param goldsteinSum  sum of the dyad's events' Goldstein values, in Goldstein points
 * @param periodVolume  all events stored for the period, every dyad (the normaliser; at least the dyad's own count)
 */
public record PeriodCounts(LocalDate start, long[] quadCounts, double goldsteinSum, long periodVolume) {
    public PeriodCounts {
        Objects.requireNonNull(start, "start");
        quadCounts = quadCounts.clone();
        if (quadCounts.length != 4) {
            throw new IllegalArgumentException("need 4 QuadClass counts, got " + quadCounts.length);
        }
        long total = 0;
        for (long c : quadCounts) {
            if (c < 0) {
                throw new IllegalArgumentException("negative count in period " + start);
            }
            total += c;
        }
        if (periodVolume < total) {
            throw new IllegalArgumentException("period " + start + " volume " + periodVolume + " below the dyad's "
                    + total + " events");
        }
    }

    /** A period with no events at all. */
    public static PeriodCounts empty(LocalDate start) {
        return new PeriodCounts(start, new long[4], 0, 0);
    }

    /** Count for QuadClass {@code quad} (1-4). */
    public long quad(int quad) {
        return quadCounts[quad - 1];
    }

    /** The dyad's events in the period. */
    public long total() {
        return quadCounts[0] + quadCounts[1] + quadCounts[2] + quadCounts[3];
    }

    @Override
    public long[] quadCounts() {
        return quadCounts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodCounts p && start.equals(p.start) && java.util.Arrays.equals(quadCounts, p.quadCounts)
                && Double.compare(goldsteinSum, p.goldsteinSum) == 0 && periodVolume == p.periodVolume;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, java.util.Arrays.hashCode(quadCounts), goldsteinSum, periodVolume);
    }
}
