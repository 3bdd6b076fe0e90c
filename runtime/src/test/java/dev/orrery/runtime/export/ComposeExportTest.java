package dev.orrery.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.topology.TopologyPresets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The Compose file of every preset parses, and every service has a health check and waits for what it needs.
class ComposeExportTest {

    private static final ExportOptions OPTIONS = ExportOptions.defaults().withMemory(MemoryFigures.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4"})
    void everyServiceHasAHealthCheckAndWaitsForHealthyDependencies(String preset) throws Exception {
        var topology = TopologyPresets.load(preset);
        var services = services(new ComposeExport(OPTIONS).export(topology));

        for (var service : topology.services()) {
            assertThat(services).containsKey(service.id());
            assertThat(map(services.get(service.id()), "deploy")).containsEntry("replicas", service.instances());
        }
        services.forEach((name, definition) -> {
            var service = asMap(definition);
            assertThat(map(service, "healthcheck").get("test"))
                    .as(name)
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .startsWith("CMD");
            if (service.containsKey("depends_on")) {
                map(service, "depends_on").forEach((dependency, condition) -> {
                    assertThat(services).as(name + " depends on " + dependency).containsKey((String) dependency);
                    assertThat(asMap(condition)).containsEntry("condition", "service_healthy");
                });
            }
        });
        if (topology.registry().enabled()) {
            topology.services()
                    .forEach(s -> assertThat(map(asMap(services.get(s.id())), "depends_on"))
                            .containsKey("registry"));
        }
    }

    @Test
    void sharedDatabaseHasAVolumeAndItsServicesWaitForIt() throws Exception {
        var bundle = new ComposeExport(OPTIONS).export(TopologyPresets.load("3"));
        var compose = compose(bundle);
        var services = asMap(compose.get("services"));

        assertThat(asMap(compose.get("volumes"))).containsKey("mongodb-data");
        assertThat((List<Object>) asMap(services.get("mongodb")).get("volumes")).contains("mongodb-data:/data/db");
        var heroes = asMap(services.get("heroes-service"));
        assertThat(map(heroes, "depends_on")).containsKeys("registry", "mongodb");
        assertThat(map(heroes, "environment"))
                .containsEntry("SPRING_MONGODB_URI", "mongodb://mongodb:27017/orrery")
                .containsEntry("ORRERY_INSTANCEID", "heroes-service:$${spring.cloud.client.ip-address}:8081");
    }

    @Test
    void lessonOneThreatsWaitsForHeroesItCallsByName() throws Exception {
        var services = services(new ComposeExport(OPTIONS).export(TopologyPresets.load("1")));

        var threats = asMap(services.get("threats-service"));
        assertThat(map(threats, "depends_on")).containsOnlyKeys("heroes-service");
        assertThat(map(threats, "environment")).containsEntry("ORRERY_HEROES_URL", "http://heroes-service:8081");
    }

    @Test
    void tokensComeAsSecretFilesOnlyTheAuthServiceGetsThePrivateKey() throws Exception {
        var bundle = new ComposeExport(OPTIONS).export(TopologyPresets.load("4"));
        var services = asMap(compose(bundle).get("services"));

        assertThat(bundle.file("secrets/token-private.pem").orElseThrow().secret())
                .isTrue();
        assertThat(bundle.file("secrets/auth-users.json").orElseThrow().secret())
                .isTrue();
        assertThat(bundle.file("secrets/token-public.pem").orElseThrow().secret())
                .isFalse();
        assertThat(bundle.file("compose.yaml").orElseThrow().content()).doesNotContain("PRIVATE KEY");
        assertThat(secretsOf(services, "auth-service"))
                .containsExactlyInAnyOrder("token-public", "token-private", "auth-users");
        assertThat(secretsOf(services, "heroes-service")).containsExactly("token-public");
        assertThat((List<Object>) asMap(services.get("gateway")).get("ports")).containsExactly("127.0.0.1:8080:8080");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> secretsOf(Map<String, Object> services, String name) {
        return ((List<Object>) asMap(services.get(name)).get("secrets"))
                .stream().map(s -> asMap(s).get("source")).toList();
    }

    private static Map<String, Object> services(ExportBundle bundle) {
        return asMap(compose(bundle).get("services"));
    }

    private static Map<String, Object> compose(ExportBundle bundle) {
        var text = bundle.file(ComposeExport.COMPOSE_FILE).orElseThrow().content();
        return asMap(YamlDocuments.readAll(text).getFirst());
    }

    private static Map<String, Object> map(Object service, String key) {
        return asMap(asMap(service).get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
