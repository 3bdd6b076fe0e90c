package dev.orrery.runtime.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class EurekaAppsParserTest {

    private final EurekaAppsParser parser = new EurekaAppsParser();

    @Test
    void readsApplicationsInstancesPortsAndLeases() throws IOException {
        var snapshot = parser.parse(sample(), Instant.EPOCH);

        assertThat(snapshot.reachable()).isTrue();
        assertThat(snapshot.applications())
                .extracting(RegisteredApplication::name)
                .containsExactly("GATEWAY", "HEROES-SERVICE");
        var heroes = snapshot.application("heroes-service").orElseThrow().instances();
        assertThat(heroes).hasSize(2);
        var first = heroes.getFirst();
        assertThat(first.instanceId()).isEqualTo("heroes-service:127.0.0.1:40101");
        assertThat(first.port()).isEqualTo(40101);
        assertThat(first.host()).isEqualTo("127.0.0.1");
        assertThat(first.status()).isEqualTo("UP");
        assertThat(first.leaseDurationSeconds()).isEqualTo(3);
        assertThat(first.registered()).contains(Instant.ofEpochMilli(1764840000000L));
        assertThat(heroes.get(1).status()).isEqualTo("STARTING");
    }

    @Test
    void singleApplicationWrittenAsObjectIsRead() {
        var json = """
                {"applications": {"application": {"name": "GATEWAY", "instance": {"instanceId": "g", "app": "GATEWAY",
                 "ipAddr": "127.0.0.1", "status": "UP", "port": {"$": 8080, "@enabled": "true"}}}}}
                """;

        assertThat(parser.parse(json, Instant.EPOCH).instances())
                .singleElement()
                .extracting(RegisteredInstance::port)
                .isEqualTo(8080);
    }

    @Test
    void emptyRegistryHasNoApplications() {
        var json = "{\"applications\": {\"versions__delta\": \"1\", \"apps__hashcode\": \"\", \"application\": []}}";

        assertThat(parser.parse(json, Instant.EPOCH).applications()).isEmpty();
    }

    @Test
    void somethingElseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> parser.parse("<applications/>", Instant.EPOCH)).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parser.parse("{}", Instant.EPOCH)).hasMessageContaining("Eureka");
    }

    private static String sample() throws IOException {
        try (var in = EurekaAppsParserTest.class.getResourceAsStream("/registry/eureka-apps.json")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
