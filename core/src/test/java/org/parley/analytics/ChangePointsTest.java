package org.parley.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** PELT on series with known shifts, against an exhaustive search for the optimal segmentation. */
class ChangePointsTest {
    @Test
    void findsOneShiftInTheMean() {
        Random r = new Random(1);
        double[] y = new double[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = (i < 25 ? 0.6 : -0.5) + 0.1 * r.nextGaussian();
        }
        assertThat(ChangePoints.standard().detect(y)).containsExactly(25);
    }

    @Test
    void findsTwoShiftsAndNoneInNoise() {
        Random r = new Random(2);
        double[] y = new double[60];
        double[] noise = new double[60];
        for (int i = 0; i < y.length; i++) {
            double e = 0.1 * r.nextGaussian();
            y[i] = (i < 20 ? 0.5 : i < 40 ? -0.5 : 0.3) + e;
            noise[i] = e;
        }
        assertThat(ChangePoints.standard().detect(y)).containsExactly(20, 40);
        assertThat(ChangePoints.standard().detect(noise)).isEmpty();
    }

    @Test
    void equalsExhaustiveOptimalPartitioningOnRandomSeries() {
        Random r = new Random(3);
        ChangePoints pelt = new ChangePoints(1, 1.0);
        for (int trial = 0; trial < 50; trial++) {
            double[] y = new double[3 + r.nextInt(12)];
            for (int i = 0; i < y.length; i++) {
                y[i] = r.nextInt(3) + 0.2 * r.nextGaussian();
            }
            double beta = 0.5 + r.nextDouble();
            int[] cps = pelt.detect(y, beta);
            assertThat(total(y, cps, beta)).isCloseTo(bruteForce(y, beta), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void shortOrEmptySeriesHaveNoChangePoints() {
        assertThat(ChangePoints.standard().detect(new double[0])).isEmpty();
        assertThat(ChangePoints.standard().detect(new double[] {1, -1, 1})).isEmpty();
    }

    @Test
    void badSettingsAreRejectedWithTheirValue() {
        assertThatThrownBy(() -> new ChangePoints(0, 1)).hasMessageContaining("0");
        assertThatThrownBy(() -> new ChangePoints(2, -1)).hasMessageContaining("-1");
    }

    private static double total(double[] y, int[] cps, double beta) {
        double cost = 0;
        int from = 0;
        for (int i = 0; i <= cps.length; i++) {
            int to = i < cps.length ? cps[i] : y.length;
            cost += sse(y, from, to);
            from = to;
        }
        return cost + beta * cps.length;
    }

    private static double bruteForce(double[] y, double beta) {
        int n = y.length;
        double best = Double.POSITIVE_INFINITY;
        for (int m = 0; m < 1 << (n - 1); m++) {
            int mask = m;
            int[] cps = java.util.stream.IntStream.range(1, n).filter(i -> (mask >> (i - 1) & 1) == 1).toArray();
            best = Math.min(best, total(y, cps, beta));
        }
        return best;
    }

    private static double sse(double[] y, int from, int to) {
        double m = 0;
        for (int i = from; i < to; i++) {
            m += y[i];
        }
        m /= to - from;
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (y[i] - m) * (y[i] - m);
        }
        return s;
    }
}
