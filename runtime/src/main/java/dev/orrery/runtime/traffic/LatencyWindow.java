package dev.orrery.runtime.traffic;

import java.util.Arrays;

/// The most recent latencies (a fixed-size ring), for percentiles that follow what happens now.
final class LatencyWindow {

    private final double[] values;
    private int next;
    private int size;

    LatencyWindow(int capacity) {
        this.values = new double[capacity];
    }

    synchronized void add(double value) {
        values[next] = value;
        next = (next + 1) % values.length;
        size = Math.min(size + 1, values.length);
    }

    /// The percentile (0–100) of the values held, 0 when there are none.
    synchronized double percentile(double percent) {
        if (size == 0) {
            return 0;
        }

        var sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        var index = (int) Math.ceil(percent / 100 * size) - 1;
        return sorted[Math.clamp(index, 0, size - 1)];
    }
}
