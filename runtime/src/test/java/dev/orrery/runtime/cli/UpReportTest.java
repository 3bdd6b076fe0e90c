package dev.orrery.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.token.DemoAccount;
import dev.orrery.runtime.token.Privilege;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpReportTest {

    private static final ClusterStatus STATUS = new ClusterStatus(
            true,
            "RUNNING",
            "tokens",
            "/tmp/class 1",
            42,
            "http://127.0.0.1:8080",
            "http://127.0.0.1:8761",
            "",
            "",
            List.of(),
            List.of());
    private static final List<DemoAccount> ACCOUNTS =
            List.of(new DemoAccount("student", "kite-sage-pine-34", List.of(Privilege.HEROES_READ), Optional.empty()));

    @Test
    void withTokensOnTheSuggestedCallCarriesATokenFromTheSameDataFolder() {
        var text = UpReport.render(STATUS, ACCOUNTS, true, Duration.ofSeconds(5), " --data '/tmp/class 1'");

        assertThat(text)
                .contains("Try: orrery call --data '/tmp/class 1' --token \"$(orrery token --data '/tmp/class 1')\""
                        + " GET /heroes")
                .contains("Ctrl+C here, or orrery down --data '/tmp/class 1' in another terminal, stops it.");
    }

    @Test
    void withoutTokensInTheDefaultFolderTheSuggestionIsABareCall() {
        var text = UpReport.render(STATUS, List.of(), true, Duration.ofSeconds(5), "");

        assertThat(text)
                .contains("Try: orrery call GET /heroes")
                .contains("Ctrl+C here, or orrery down in another terminal, stops it.");
    }
}
