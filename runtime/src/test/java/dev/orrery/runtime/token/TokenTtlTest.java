package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenTtlTest {

    @ParameterizedTest
    @CsvSource({"90s, 90", "10m, 600", "1h, 3600", "2d, 172800", "PT10M, 600", "pt1h30m, 5400", " 15 m , 900"})
    void readsShortAndIsoDurations(String text, long seconds) {
        assertThat(TokenTtl.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ten minutes", "10", "10y", "-5m", "PTXM"})
    void refusesWhatItCannotReadWithExamples(String text) {
        assertThatThrownBy(() -> TokenTtl.parse(text)).hasMessageContaining("10m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "PT0S", "400d"})
    void refusesEmptyAndOverlongLifetimes(String text) {
        assertThatThrownBy(() -> TokenTtl.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
