package dev.orrery.runtime.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.runtime.cli.OrreryCli;
import dev.orrery.runtime.registry.EurekaClient;
import dev.orrery.runtime.registry.RegistryChange;
import dev.orrery.runtime.supervisor.JavaCommand;
import dev.orrery.runtime.supervisor.PortChecker;
import dev.orrery.runtime.supervisor.ServiceDistribution;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// A real registry started by the test (not by a cluster): the CLI and a live attach both show its instances.
class RemoteRegistryIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Process registry;
    private static String url;

    @BeforeAll
    static void startRegistry() throws Exception {
        var distribution = ServiceDistribution.locate();
        Assumptions.assumeTrue(distribution.missing(List.of("registry")).isEmpty(), "the registry jar is not built");
        var port = PortChecker.freePort(Set.of());
        url = "http://127.0.0.1:" + port;
        var command = List.of(
                JavaCommand.currentJava().toString(),
                "-jar",
                distribution.jar("registry").toString(),
                "--server.port=" + port);
        var log = Files.createTempFile("orrery-remote-registry", ".log");
        registry = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var client = new EurekaClient(HTTP, url);
        await().atMost(Duration.ofSeconds(90)).until(() -> client.applications().reachable());
        assertThat(client.register("lonely-service", "lonely-service:127.0.0.1:9", 9, 60))
                .isTrue();
    }

    @AfterAll
    static void stopRegistry() throws Exception {
        if (registry != null) {
            registry.destroyForcibly();
            registry.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void statusWithRegistryShowsItsInstancesMarkedRemote() {
        var out = new StringWriter();
        var err = new StringWriter();

        var code = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> OrreryCli.run(
                                new String[] {"status", "--registry", url + "/eureka/"},
                                new PrintWriter(out),
                                new PrintWriter(err)),
                        c -> c == 0 && out.toString().contains("LONELY-SERVICE"));

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("Remote registry " + url + " (read-only)")
                .contains("lonely-service:127.0.0.1:9", "UP", "127.0.0.1:9");
    }

    @Test
    void liveAttachSeesAnInstanceLeave() throws Exception {
        var changes = new CopyOnWriteArrayList<RegistryChange>();
        var client = new EurekaClient(HTTP, url);
        assertThat(client.register("passing-service", "passing-service:127.0.0.1:10", 10, 60))
                .isTrue();

        try (var remote = RemoteRegistry.attach(
                RegistryAddress.parse(url), HTTP, Duration.ofMillis(200), (s, c) -> changes.addAll(c))) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> remote.latest().application("passing-service").isPresent());

            assertThat(client.deregister("passing-service", "passing-service:127.0.0.1:10"))
                    .isTrue();

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> changes.stream()
                            .anyMatch(c -> c instanceof RegistryChange.Removed r
                                    && r.instance().instanceId().equals("passing-service:127.0.0.1:10")));
        }
    }
}
