package dev.orrery.runtime.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.orrery.runtime.cluster.Addresses;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.cluster.ComponentSnapshot;
import dev.orrery.runtime.cluster.InstanceSnapshot;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.registry.RegistrySnapshot;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LessonCheckerTest {
    private static final String TWO = "[{\"id\":1,\"busy\":false},{\"id\":2,\"busy\":false}]";
    private static final String THREE = "[{\"id\":1,\"busy\":false},{\"id\":2,\"busy\":false},{\"id\":5}]";

    private final List<HttpServer> servers = new ArrayList<>();
    private final LessonChecker checker = new LessonChecker();
    private final LessonMemory memory = new LessonMemory();

    @AfterEach
    void stopServers() {
        servers.forEach(s -> s.stop(0));
        checker.close();
    }

    @Test
    void instancesDisagreeOnlyOnceTheirAnswersDiffer() throws IOException {
        var first = new AtomicReference<>(TWO);
        var snapshot = heroes(instance(1, first), instance(2, new AtomicReference<>(TWO)));

        assertThat(checker.check(LessonCheck.INSTANCES_DISAGREE, context(snapshot))
                        .passed())
                .isFalse();

        first.set(THREE);
        var result = checker.check(LessonCheck.INSTANCES_DISAGREE, context(snapshot));
        assertThat(result.passed()).isTrue();
        assertThat(result.observation()).contains("heroes-service-1 lists 3 heroes", "heroes-service-2 lists 2 heroes");
    }

    @Test
    void instancesAgreeOnlyOnceBothListTheNewHero() throws IOException {
        var first = new AtomicReference<>(TWO);
        var second = new AtomicReference<>(TWO);
        var snapshot = heroes(instance(1, first), instance(2, second));

        assertThat(checker.check(LessonCheck.INSTANCES_AGREE_ON_NEW_HERO, context(snapshot))
                        .passed())
                .isFalse();

        first.set(THREE);
        assertThat(checker.check(LessonCheck.INSTANCES_AGREE_ON_NEW_HERO, context(snapshot))
                        .passed())
                .isFalse();

        second.set(THREE);
        assertThat(checker.check(LessonCheck.INSTANCES_AGREE_ON_NEW_HERO, context(snapshot))
                        .passed())
                .isTrue();
    }

    @Test
    void heroAssignedOnlyOnceAHeroIsBusy() throws IOException {
        var answer = new AtomicReference<>(TWO);
        var snapshot = heroes(instance(1, answer));

        assertThat(checker.check(LessonCheck.HERO_ASSIGNED, context(snapshot)).passed())
                .isFalse();

        answer.set("[{\"id\":1,\"busy\":true}]");
        assertThat(checker.check(LessonCheck.HERO_ASSIGNED, context(snapshot)).passed())
                .isTrue();
    }

    @Test
    void heroInDatabaseOnlyOnceTheCollectionGrewPastTheHeroesAtTheStart() {
        var server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        var uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/orrery";
        try (var client = MongoClients.create(uri)) {
            var heroes = client.getDatabase("orrery").getCollection("heroes");
            for (int id = 1; id <= 4; id++) {
                heroes.insertOne(new Document("_id", id));
            }
            memory.firstSeen("heroes", 4);
            var snapshot = withDatabase(uri);

            assertThat(checker.check(LessonCheck.HERO_IN_DATABASE, context(snapshot))
                            .passed())
                    .isFalse();

            heroes.insertOne(new Document("_id", 5));
            var result = checker.check(LessonCheck.HERO_IN_DATABASE, context(snapshot));
            assertThat(result.passed()).as(result.observation()).isTrue();
        } finally {
            server.shutdownNow();
        }
    }

    private static ClusterSnapshot withDatabase(String uri) {
        var database = new InstanceSnapshot(
                InstanceId.single("database"),
                ComponentKind.DATABASE,
                InstanceState.UP,
                0,
                uri,
                "",
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                OptionalLong.empty(),
                OptionalInt.empty());
        var component = new ComponentSnapshot("database", ComponentKind.DATABASE, 1, List.of(), List.of(database));
        return new ClusterSnapshot(
                Instant.now(),
                ClusterState.RUNNING,
                Optional.of("test"),
                List.of(component),
                RegistrySnapshot.unreachable(Instant.now()),
                List.of(),
                Optional.empty(),
                new Addresses(Optional.empty(), Optional.empty(), Optional.of(uri)));
    }

    @Test
    void acceptedWithTokenNeedsATokenFirst() {
        var snapshot = heroes();

        var result = checker.check(LessonCheck.ACCEPTED_WITH_TOKEN, context(snapshot));

        assertThat(result.passed()).isFalse();
        assertThat(result.observation()).contains("log in");
    }

    private CheckContext context(ClusterSnapshot snapshot) {
        return new CheckContext(snapshot, Optional.empty(), List.of(), memory);
    }

    private InstanceSnapshot instance(int ordinal, AtomicReference<String> heroes) throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/heroes", exchange -> {
            byte[] body = heroes.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        servers.add(server);
        int port = server.getAddress().getPort();
        return new InstanceSnapshot(
                InstanceId.of("heroes-service", ordinal),
                ComponentKind.SERVICE,
                InstanceState.UP,
                port,
                "http://127.0.0.1:" + port,
                "heroes-service:127.0.0.1:" + port,
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                OptionalLong.empty(),
                OptionalInt.empty());
    }

    private static ClusterSnapshot heroes(InstanceSnapshot... instances) {
        var component = new ComponentSnapshot(
                "heroes-service", ComponentKind.SERVICE, instances.length, List.of(), List.of(instances));
        return new ClusterSnapshot(
                Instant.now(),
                ClusterState.RUNNING,
                Optional.of("test"),
                List.of(component),
                RegistrySnapshot.unreachable(Instant.now()),
                List.of(),
                Optional.empty(),
                Addresses.none());
    }
}
