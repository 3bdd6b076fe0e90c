package dev.orrery.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlServerTest {
    @TempDir
    Path data;

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private RunFiles files;
    private ClusterLock lock;
    private ControlServer server;

    private final ControlActions actions = new ControlActions() {
        @Override
        public ClusterStatus status() {
            return new ClusterStatus(
                    true,
                    "RUNNING",
                    "tokens",
                    data.toString(),
                    42,
                    "http://127.0.0.1:8080",
                    "http://127.0.0.1:8761",
                    "mongo-java-server (H2)",
                    "no mongod installed",
                    List.of(
                            new InstanceStatus("database", "database", "UP", 27017, 1001L, null),
                            new InstanceStatus("heroes-service", "heroes-service-1", "STOPPED", 8081, null, 143)),
                    List.of(new RouteStatus("heroes", "/heroes/**", "heroes-service", true)));
        }

        @Override
        public void stop() {
            calls.add("stop");
        }

        @Override
        public void instance(InstanceAction action, String instanceId) {
            if (!instanceId.startsWith("heroes-service")) {
                throw new IllegalArgumentException("no instance '" + instanceId + "'");
            }
            calls.add(action + " " + instanceId);
        }

        @Override
        public void scale(String serviceId, int count) {
            calls.add("scale " + serviceId + " " + count);
        }

        @Override
        public void fault(String target, FaultAction action, double amount) {
            if (target.equals("nowhere")) {
                throw new IllegalArgumentException("no instance or component 'nowhere' in the cluster");
            }
            calls.add(action + " " + target + " " + amount);
        }

        @Override
        public void reset() {
            throw new IllegalStateException("cannot reset while starting");
        }
    };

    @BeforeEach
    void start() {
        files = RunFiles.of(data);
        lock = ClusterLock.acquire(files);
        server = ControlServer.start(files, actions);
    }

    @AfterEach
    void stop() {
        server.close();
        lock.close();
    }

    private ControlClient client() {
        return ControlClient.find(files, Duration.ofSeconds(5)).orElseThrow();
    }

    private int statusWith(String authorization) throws Exception {
        return getWith("/status", authorization);
    }

    private int getWith(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void refusesRequestsWithoutTheRightSecret() throws Exception {
        assertThat(statusWith("")).isEqualTo(401);
        assertThat(statusWith("Bearer wrong-secret")).isEqualTo(401);
        assertThat(statusWith("Bearer "
                        + ControlEndpoint.readFrom(files.controlFile())
                                .orElseThrow()
                                .secret()))
                .isEqualTo(200);
        assertThat(calls).isEmpty();
    }

    @Test
    void readSideForAttachedConsolesNeedsTheSecretAndACluster() throws Exception {
        var secret = "Bearer "
                + ControlEndpoint.readFrom(files.controlFile()).orElseThrow().secret();

        assertThat(getWith("/events", "")).isEqualTo(401);
        assertThat(getWith("/snapshot", "Bearer wrong-secret")).isEqualTo(401);
        assertThat(getWith("/instances/heroes-service-1/logs", "")).isEqualTo(401);
        assertThat(getWith("/snapshot", secret))
                .as("these actions offer no cluster")
                .isEqualTo(404);
        assertThatThrownBy(() -> client().snapshot()).isInstanceOf(ControlException.class);
    }

    @Test
    void publishesItsEndpointOwnerOnlyAndRemovesItOnClose() throws Exception {
        ControlEndpoint endpoint = ControlEndpoint.readFrom(files.controlFile()).orElseThrow();

        assertThat(endpoint.port()).isEqualTo(server.port());
        assertThat(endpoint.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(endpoint.secret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.controlFile())))
                .isEqualTo("rw-------");

        server.close();
        assertThat(files.controlFile()).doesNotExist();
    }

    @Test
    void clientReadsTheStatusWithEveryInstance() {
        ClusterStatus status = client().status();

        assertThat(status).isEqualTo(actions.status());
        assertThat(status.instances().get(1).pid()).isNull();
    }

    @Test
    void clientDrivesInstancesServicesAndStop() {
        ControlClient client = client();

        client.instance(InstanceAction.KILL, "heroes-service-2");
        client.scale("heroes-service", 3);
        client.stop();

        assertThat(calls).containsExactly("KILL heroes-service-2", "scale heroes-service 3", "stop");
    }

    @Test
    void failuresComeBackWithTheirMessageAndStatus() {
        ControlClient client = client();

        assertThatThrownBy(() -> client.instance(InstanceAction.RESTART, "gateway-9"))
                .isInstanceOf(ControlException.class)
                .hasMessage("no instance 'gateway-9'")
                .extracting(e -> ((ControlException) e).status())
                .isEqualTo(404);
        assertThatThrownBy(client::reset).hasMessage("cannot reset while starting");
    }

    @Test
    void clientInjectsAndHealsFaultsWithTheirAmounts() {
        ControlClient client = client();

        client.fault("heroes-service-1", FaultAction.SLOW, 800);
        client.fault("heroes-service-1", FaultAction.FLAKY, 0.3);
        client.fault("gateway", FaultAction.PAUSE, 0);
        client.fault("heroes-service-1", FaultAction.HEAL, 0);

        assertThat(calls)
                .containsExactly(
                        "SLOW heroes-service-1 800.0",
                        "FLAKY heroes-service-1 0.3",
                        "PAUSE gateway 0.0",
                        "HEAL heroes-service-1 0.0");
        assertThatThrownBy(() -> client.fault("nowhere", FaultAction.KILL, 0))
                .isInstanceOf(ControlException.class)
                .hasMessageContaining("no instance or component 'nowhere'");
    }
}
