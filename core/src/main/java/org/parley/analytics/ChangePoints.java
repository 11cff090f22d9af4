package org.parley.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Change points in the mean of a series by PELT, the Pruned Exact Linear Time method of R. Killick, P. Fearnhead
 * and I. A. Eckley, "Optimal detection of changepoints with a linear computational cost", Journal of the American
 * Statistical Association 107(500):1590-1598, 2012 (doi:10.1080/01621459.2012.737745).
 *
 * <p>PELT finds the segmentation that minimises the sum of segment costs plus a penalty {@code beta} per change
 * point, exactly, pruning candidate last change points that can never be optimal again (Killick et al., Theorem 3.1,
 * with K = 0 for this cost). The cost of a segment is its sum of squared deviations from its mean (a change in the
 * mean of Gaussian data with a common variance); the default penalty is the modified BIC-style
 * {@code beta = 2 * sigma^2 * ln(n)}, with the noise variance sigma^2 estimated robustly from the median absolute
 * deviation of first differences (so that the shifts themselves do not inflate it): sigma = MAD(diff) / (0.6745 * sqrt 2).
 */
public final class ChangePoints {
    private final int minSegment;
    private final double penaltyFactor;

    /**
     * A detector.
     *
     * @param minSegment    the fewest observations a segment may have (at least 1)
     * @param penaltyFactor multiplies the default penalty: above 1 finds fewer change points
     * @throws IllegalArgumentException when {@code minSegment < 1} or {@code penaltyFactor <= 0}
     */
    public ChangePoints(int minSegment, double penaltyFactor) {
        if (minSegment < 1) {
            throw new IllegalArgumentException("minSegment must be at least 1: " + minSegment);
        }
        if (!(penaltyFactor > 0)) {
            throw new IllegalArgumentException("penaltyFactor must be positive: " + penaltyFactor);
        }
        this.minSegment = minSegment;
        this.penaltyFactor = penaltyFactor;
    }

    /** The standard detector: segments of at least 2 observations, the default penalty. */
    public static ChangePoints standard() {
        return new ChangePoints(2, 1.0);
    }

    /**
     * The change points of {@code y}: each is the index of the first observation of a new segment, ascending.
     * A series shorter than two segments has none.
     */
    public int[] detect(double[] y) {
        int n = y.length;
        if (n < 2 * minSegment) {
            return new int[0];
        }
        return detect(y, penaltyFactor * 2 * noiseVariance(y) * Math.log(n));
    }

    /** PELT with an explicit penalty per change point ({@code beta >= 0}). */
    public int[] detect(double[] y, double beta) {
        int n = y.length;
        double[] sum = new double[n + 1];
        double[] sumSq = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + y[i];
            sumSq[i + 1] = sumSq[i] + y[i] * y[i];
        }
        double[] f = new double[n + 1];
        int[] last = new int[n + 1];
        f[0] = -beta;
        List<Integer> candidates = new ArrayList<>();
        candidates.add(0);
        for (int t = 1; t <= n; t++) {
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int tau : candidates) {
                if (t - tau >= minSegment) {
                    double v = f[tau] + cost(sum, sumSq, tau, t) + beta;
                    if (v < best) {
                        best = v;
                        arg = tau;
                    }
                }
            }
            f[t] = best;
            last[t] = arg;
            if (arg < 0) {
                continue;
            }
            List<Integer> kept = new ArrayList<>();
            for (int tau : candidates) {
                if (t - tau < minSegment || f[tau] + cost(sum, sumSq, tau, t) <= f[t]) {
                    kept.add(tau);
                }
            }
            kept.add(t);
            candidates = kept;
        }
        List<Integer> cps = new ArrayList<>();
        for (int t = last[n]; t > 0; t = last[t]) {
            cps.add(t);
        }
        return cps.stream().sorted().mapToInt(Integer::intValue).toArray();
    }

    /** Sum of squared deviations from the mean of y[from, to). */
    private static double cost(double[] sum, double[] sumSq, int from, int to) {
        double s = sum[to] - sum[from];
        double m = to - from;
        return Math.max(0, sumSq[to] - sumSq[from] - s * s / m);
    }

    /** Robust noise variance: (MAD of first differences / (0.6745 sqrt 2))^2, floored at 1% of the variance and 1e-6. */
    static double noiseVariance(double[] y) {
        double[] diffs = new double[y.length - 1];
        for (int i = 1; i < y.length; i++) {
            diffs[i - 1] = y[i] - y[i - 1];
        }
        double mad = mad(diffs) / 0.6745 / Math.sqrt(2);
        double mean = Arrays.stream(y).average().orElse(0);
        double variance = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / y.length;
        return Math.max(mad * mad, Math.max(0.01 * variance, 1e-6));
    }

    private static double mad(double[] x) {
        if (x.length == 0) {
            return 0;
        }
        double med = median(x);
        return median(Arrays.stream(x).map(v -> Math.abs(v - med)).toArray());
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
