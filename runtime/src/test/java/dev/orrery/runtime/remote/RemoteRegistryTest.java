package dev.orrery.runtime.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.orrery.runtime.registry.RegistryChange;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.supervisor.PortChecker;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Attaching to a registry served on 127.0.0.1 by the test: its instances, live, and clear refusals.
class RemoteRegistryTest {

    private static final String ONE_INSTANCE = """
            {"applications": {"application": [{"name": "HEROES-SERVICE", "instance": [
              {"instanceId": "heroes-service:10.0.0.7:8081", "app": "HEROES-SERVICE", "ipAddr": "10.0.0.7",
               "status": "UP", "port": {"$": 8081, "@enabled": "true"},
               "leaseInfo": {"durationInSecs": 90, "registrationTimestamp": 1, "lastRenewalTimestamp": 2}}]}]}}
            """;

    private final AtomicReference<String> body = new AtomicReference<>(ONE_INSTANCE);
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/eureka/apps", exchange -> {
            var bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        http.close();
    }

    @Test
    void showsTheRegistrysInstancesAndFollowsChanges() {
        var snapshots = new CopyOnWriteArrayList<RegistrySnapshot>();
        var changes = new CopyOnWriteArrayList<RegistryChange>();

        try (var remote = RemoteRegistry.attach(address("/eureka/"), http, Duration.ofMillis(100), (s, c) -> {
            snapshots.add(s);
            changes.addAll(c);
        })) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !snapshots.isEmpty());
            assertThat(remote.latest().instances())
                    .singleElement()
                    .satisfies(i -> assertThat(i.url()).isEqualTo("http://10.0.0.7:8081"));

            body.set("{\"applications\": {\"application\": []}}");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> changes.stream().anyMatch(c -> c instanceof RegistryChange.Removed));
        }
    }

    @Test
    void anUnreachableUrlSaysSo() {
        var closedPort = PortChecker.freePort(Set.of());

        assertThatThrownBy(() -> RemoteRegistry.readOnce(RegistryAddress.parse("http://127.0.0.1:" + closedPort), http))
                .isInstanceOfSatisfying(RemoteRegistryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RemoteRegistryException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("Cannot reach the registry at http://127.0.0.1:" + closedPort);
                });
    }

    @Test
    void aServerThatIsNotEurekaSaysSo() {
        status.set(404);
        body.set("<html>Not Found</html>");

        assertThatThrownBy(() -> RemoteRegistry.readOnce(address(""), http))
                .isInstanceOfSatisfying(RemoteRegistryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RemoteRegistryException.Kind.NOT_EUREKA);
                    assertThat(e.getMessage()).contains("HTTP 404").contains("not a Eureka registry");
                });

        status.set(200);
        body.set("{\"status\": \"UP\"}");

        assertThatThrownBy(() -> RemoteRegistry.readOnce(address(""), http))
                .isInstanceOfSatisfying(
                        RemoteRegistryException.class,
                        e -> assertThat(e.kind()).isEqualTo(RemoteRegistryException.Kind.NOT_EUREKA));
    }

    @Test
    void addressesAcceptTheEurekaPathOrNot() {
        assertThat(RegistryAddress.parse("http://h:8761").toString()).isEqualTo("http://h:8761");
        assertThat(RegistryAddress.parse("http://h:8761/eureka/").applications().toString())
                .isEqualTo("http://h:8761/eureka/apps");
        assertThat(List.of("ftp://h", "h:8761", "http://"))
                .allSatisfy(text -> assertThatThrownBy(() -> RegistryAddress.parse(text))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is not a registry URL"));
    }

    private RegistryAddress address(String path) {
        return RegistryAddress.parse("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
