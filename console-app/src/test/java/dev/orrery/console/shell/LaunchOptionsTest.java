package dev.orrery.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The console's own options are read; anything else, and an option without its value, is kept to be named.
class LaunchOptionsTest {

    @Test
    void readsTheConsolesOptions() {
        var options = LaunchOptions.parse(List.of("--data", "/tmp/class", "--self-test", "/tmp/shots"));

        assertThat(options.data()).contains(Path.of("/tmp/class"));
        assertThat(options.selfTest()).contains(Path.of("/tmp/shots"));
        assertThat(options.headless()).isFalse();
        assertThat(options.rest()).isEmpty();
    }

    @Test
    void keepsUnknownOptionsAndOnesWithoutTheirValue() {
        assertThat(LaunchOptions.parse(List.of("--bogus", "--gateway-port", "18080"))
                        .rest())
                .containsExactly("--bogus", "--gateway-port", "18080");
        assertThat(LaunchOptions.parse(List.of("--headless", "--data")).rest()).containsExactly("--data");
    }
}
