package dev.orrery.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    private static final List<Double> HUNDRED =
            IntStream.rangeClosed(1, 100).mapToObj(i -> (double) (101 - i)).toList();

    @Test
    void nearestRankPicksAMeasuredSample() {
        assertThat(Percentiles.of(HUNDRED, 50)).isEqualTo(50.0);
        assertThat(Percentiles.of(HUNDRED, 99)).isEqualTo(99.0);
        assertThat(Percentiles.of(HUNDRED, 100)).isEqualTo(100.0);
        assertThat(Percentiles.of(List.of(3.0, 1.0, 2.0), 50)).isEqualTo(2.0);
        assertThat(Percentiles.of(List.of(7.0), 99)).isEqualTo(7.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Percentiles.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Percentiles.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }

    @Test
    void noSamplesOrAPercentileOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Percentiles.of(List.of(), 50)).hasMessageContaining("no samples");
        assertThatThrownBy(() -> Percentiles.of(HUNDRED, 0)).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> Percentiles.median(List.of())).hasMessageContaining("no samples");
    }

    @Test
    void spreadIgnoresRunsThatDidNotMeasureTheFigure() {
        var spread = Spread.of(List.of(Optional.of(5.0), Optional.empty(), Optional.of(3.0), Optional.of(4.0)));

        assertThat(spread).contains(new Spread(4.0, 3.0, 5.0, 3));
        assertThat(Spread.of(List.of(Optional.empty()))).isEmpty();
    }
}
