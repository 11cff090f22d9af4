package org.parley.analytics;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One period of a dyad series (see {@link DyadSeries} for the formulas).
 *
 * @param start          first day of the period
 * @param counts         the dyad's events by QuadClass and the period's volume
 * @param meanGoldstein  mean Goldstein value of the dyad's events (points, -10..10), empty without events
 * @param index          cooperation–conflict index (C - K) / (C + K), -1..1, empty without events
 * @param perThousand    the dyad's events per 1,000 events of the period (0 when the period has none)
 * @param netPerThousand (C - K) per 1,000 events of the period: the index weighted by the dyad's share of the news
 */
public record SeriesPoint(LocalDate start, PeriodCounts counts, OptionalDouble meanGoldstein, OptionalDouble index,
                          double perThousand, double netPerThousand) {
}
