package dev.orrery.runtime.bench;

import java.util.List;
import java.util.Optional;

/// The median, minimum and maximum of one figure over several runs.
record Spread(double median, double min, double max, int runs) {

    /// The spread of the values present; empty when no run measured the figure.
    static Optional<Spread> of(List<Optional<Double>> values) {
        var present = values.stream().flatMap(Optional::stream).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        var min = present.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        var max = present.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return Optional.of(new Spread(Percentiles.median(present), min, max, present.size()));
    }
}
