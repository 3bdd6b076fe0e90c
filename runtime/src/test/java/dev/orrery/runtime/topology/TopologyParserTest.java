package dev.orrery.runtime.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class TopologyParserTest {

    static final List<String> PRESETS = TopologyPresets.NAMES;

    private final TopologyParser parser = new TopologyParser();

    @ParameterizedTest
    @FieldSource("PRESETS")
    void everyPresetIsValid(String name) throws TopologyException {
        var topology = TopologyPresets.load(name);

        assertThat(topology.services()).isNotEmpty();
    }

    @Test
    void tokensPresetDescribesTheWholeLessonFour() throws TopologyException {
        var topology = TopologyPresets.load(TopologyPresets.DEFAULT);

        assertThat(topology.registry()).isEqualTo(new RegistrySpec(true, 8761));
        assertThat(topology.gateway()).isEqualTo(new GatewaySpec(true, 8080, 3));
        assertThat(topology.database().enabled()).isTrue();
        assertThat(topology.security().enabled()).isTrue();
        assertThat(topology.security().tokenTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(topology.security().users()).extracting(DemoUser::id).containsExactly("student", "teacher", "admin");
        assertThat(topology.security().users().get(1).privileges())
                .containsExactlyElementsOf(DemoUser.KNOWN_PRIVILEGES);
        assertThat(topology.security().users())
                .extracting(DemoUser::secondFactor)
                .containsExactly(false, false, true);
        assertThat(topology.services())
                .extracting(ServiceSpec::id)
                .containsExactly("auth-service", "heroes-service", "threats-service");
        assertThat(topology.service("heroes-service").orElseThrow().storage()).isEqualTo(Storage.MONGO);
    }

    @Test
    void twoServicesPresetWiresThreatsToHeroesByAddress() throws TopologyException {
        var topology = TopologyPresets.load("1");

        assertThat(topology.registry().enabled()).isFalse();
        assertThat(topology.gateway().enabled()).isFalse();
        var threats = topology.service("threats-service").orElseThrow();
        assertThat(threats.port()).hasValue(8082);
        assertThat(threats.properties()).containsEntry("orrery.heroes.url", "http://127.0.0.1:8081");
    }

    @Test
    void commandServiceReadsAllItsParts() throws TopologyException {
        var topology = parser.parse("""
                registry: {}
                services:
                  echo:
                    kind: command
                    command: python3 -m http.server {port}
                    instances: 2
                    readiness: {http: /}
                    register-with-registry: false
                    environment: {PYTHONUNBUFFERED: "1"}
                    restart: {mode: always, max-restarts: 2, backoff: {initial: 1s, max: 4s}}
                """, "t.yaml");

        var echo = topology.service("echo").orElseThrow();
        var launch = (ServiceLaunch.Command) echo.launch();
        assertThat(launch.commandLine()).isEqualTo("python3 -m http.server {port}");
        assertThat(launch.readiness()).isEqualTo(new ReadinessSpec.HttpPath("/"));
        assertThat(echo.environment()).containsEntry("PYTHONUNBUFFERED", "1");
        assertThat(echo.restart())
                .isEqualTo(new RestartPolicy(RestartMode.ALWAYS, 2, Duration.ofSeconds(1), Duration.ofSeconds(4)));
    }

    @Test
    void misspelledKeyIsLocatedWithSuggestion() {
        assertProblem(
                """
                services:
                  heroes-service:
                    instnaces: 2
                """, "t.yaml:3:5: unknown key 'instnaces' in 'services.heroes-service' — did you mean 'instances'?");
    }

    @Test
    void wrongTypeIsLocated() {
        assertProblem("""
                services:
                  heroes-service:
                    instances: two
                """, "t.yaml:3:16: 'instances' must be a whole number, found 'two'");
    }

    @Test
    void misspelledTopLevelKeySaysItIsAtTheTopLevel() {
        assertProblem("gatway: {port: 8080}\n", "t.yaml:1:1: unknown key 'gatway' at the top level");
    }

    @Test
    void privilegedPortIsOutOfRange() {
        assertProblem(
                "registry:\n  port: 80\n", "t.yaml:2:9: port 80 is out of range — write a port from 1024 to 65535");
    }

    @Test
    void problemsAreListedByLineThenColumn() {
        // The services are read before the registry; their problems must still come after the registry's.
        assertThatThrownBy(() -> parser.parse("""
                        registry:
                          port: 70000
                        services:
                          heroes-service:
                            instances: two
                            storag: memory
                        """, "t.yaml"))
                .isInstanceOfSatisfying(
                        TopologyException.class,
                        e -> assertThat(e.problems())
                                .extracting(p ->
                                        p.location().line() + ":" + p.location().column())
                                .containsExactly("2:9", "5:16", "6:5"))
                .message()
                .containsSubsequence("t.yaml:2:9", "t.yaml:5:16", "t.yaml:6:5");
    }

    @Test
    void portOutOfRangeIsLocated() {
        assertProblem("registry:\n  port: 70000\n", "t.yaml:2:9: port 70000 is out of range");
    }

    @Test
    void duplicatedPortsAreNamed() {
        assertProblem("""
                registry: {port: 8080}
                gateway: {port: 8080}
                """, "t.yaml:2:17: port 8080 is already used by 'registry.port'");
    }

    @Test
    void unknownBuiltinServiceSuggestsTheKnownOnes() {
        assertProblem(
                "services:\n  heroes:\n    instances: 1\n",
                "t.yaml:2:3: 'heroes' is not a built-in service — name it one of heroes-service");
    }

    @Test
    void serviceMayNotTakeTheNameOfTheClustersOwnComponents() {
        assertProblem(
                "services:\n  gateway:\n    kind: command\n    command: python3 -m http.server {port}\n",
                "t.yaml:2:3: 'gateway' is the name of one of the cluster's own components"
                        + " — name the service differently, e.g. 'gateway-service'");
    }

    @Test
    void commandWithoutPortPlaceholderIsRefused() {
        assertProblem(
                "services:\n  web:\n    kind: command\n    command: python3 -m http.server\n",
                "t.yaml:4:14: the command of 'web' has no {port} placeholder");
    }

    @Test
    void dependencyCycleIsShown() {
        var circle = "heroes-service → threats-service → heroes-service";
        assertProblem("""
                services:
                  heroes-service: {depends-on: [threats-service]}
                  threats-service: {depends-on: [heroes-service]}
                """, "services depend on each other in a circle: " + circle);
    }

    @Test
    void unknownDependencyIsLocated() {
        assertProblem(
                "services:\n  heroes-service: {depends-on: [threats]}\n",
                "t.yaml:2:32: 'heroes-service' depends on unknown service 'threats'");
    }

    @Test
    void fixedPortWithSeveralInstancesIsRefused() {
        assertProblem(
                "services:\n  heroes-service: {port: 8081, instances: 2}\n",
                "'heroes-service' has a fixed port but 2 instances");
    }

    @Test
    void mongoStorageNeedsTheDatabase() {
        assertProblem(
                "services:\n  heroes-service: {storage: mongo}\n",
                "'heroes-service' uses mongo storage but the database is off");
    }

    @Test
    void gatewayNeedsTheRegistry() {
        assertProblem("gateway: {port: 8080}\n", "the gateway finds services through the registry");
    }

    @Test
    void brokenYamlIsLocated() {
        assertProblem("services:\n  heroes-service: [\n", "t.yaml:3:1: not valid YAML");
    }

    @Test
    void allProblemsAreReportedTogether() {
        assertThatThrownBy(() -> parser.parse("""
                        registry: {prot: 1}
                        services:
                          heroes-service: {instances: -1, storage: disk}
                        """, "t.yaml"))
                .isInstanceOfSatisfying(
                        TopologyException.class, e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void commandServicesMayHaveUpToAHundredInstancesBuiltinOnesTwenty() throws TopologyException {
        var command = "services:\n  web:\n    kind: command\n    command: run {port}\n    instances: %d\n";
        var builtin = "services:\n  heroes-service:\n    instances: %d\n";

        assertThat(parser.parse(command.formatted(100), "t.yaml")
                        .services()
                        .getFirst()
                        .instances())
                .isEqualTo(100);
        assertProblem(command.formatted(101), "t.yaml:5:16: instances 101 is out of range — write 0 to 100");
        assertThat(parser.parse(builtin.formatted(20), "t.yaml")
                        .services()
                        .getFirst()
                        .instances())
                .isEqualTo(20);
        assertProblem(builtin.formatted(21), "t.yaml:3:16: instances 21 is out of range — write 0 to 20");
    }

    private void assertProblem(String yaml, String expected) {
        assertThatThrownBy(() -> parser.parse(yaml, "t.yaml"))
                .isInstanceOf(TopologyException.class)
                .hasMessageContaining(expected);
    }
}
