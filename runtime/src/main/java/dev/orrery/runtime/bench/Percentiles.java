package dev.orrery.runtime.bench;

import java.util.List;

/// Percentiles by the nearest-rank method: the p-th percentile is the smallest sample with at least p % of the
/// samples at or below it, so it is always a measured value.
final class Percentiles {

    private Percentiles() {}

    /// The `p`-th percentile (0 < p ≤ 100) of `samples`.
    ///
    /// @throws IllegalArgumentException when there are no samples or `p` is out of range
    static double of(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to take the " + p + "th percentile of");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile lies in (0, 100], not " + p);
        }

        var sorted = samples.stream().sorted().toList();
        var rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /// The median as the mean of the two middle samples when their number is even.
    static double median(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to take the median of");
        }

        var sorted = samples.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
