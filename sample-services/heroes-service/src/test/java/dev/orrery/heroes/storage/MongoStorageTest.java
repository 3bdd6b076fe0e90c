package dev.orrery.heroes.storage;

import static dev.orrery.heroes.TestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.orrery.heroes.TestClient;
import dev.orrery.heroes.hero.Hero;
import dev.orrery.heroes.hero.HeroSeed;
import dev.orrery.heroes.hero.MongoHeroRepository;
import dev.orrery.heroes.power.MongoPowerRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/// heroes-service on a wire-compatible MongoDB started in this JVM on a random 127.0.0.1 port.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "orrery.storage=mongo"})
@DirtiesContext
class MongoStorageTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());

    @LocalServerPort
    int port;

    @Autowired
    MongoClient client;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.bind("127.0.0.1", 0);
        registry.add(
                "spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + MONGO.getLocalAddress().getPort() + "/orrery");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Test
    void servesTheHeroesSeededInTheDatabase() {
        var heroes = json(new TestClient(port).get("/heroes"));

        assertThat(heroes.get(0).get("displayName").asString()).isEqualTo("Nova");
        assertThat(json(new TestClient(port).get("/powers")).size()).isEqualTo(5);
    }

    @Test
    void seedingFromSeveralInstancesAtOnceNeverDuplicates() throws Exception {
        MongoTemplate database = new MongoTemplate(client, "seeding");

        runConcurrently(4, () -> {
            new MongoHeroRepository(database).seed();
            new MongoPowerRepository(database).seed();
            return true;
        });
        new MongoHeroRepository(database).seed();

        assertThat(database.getCollection("heroes").countDocuments()).isEqualTo(HeroSeed.HEROES.size());
        assertThat(database.getCollection("powers").countDocuments()).isEqualTo(5);
    }

    @Test
    void newIdsAreUniqueAcrossInstancesSharingTheDatabase() throws Exception {
        MongoTemplate database = new MongoTemplate(client, "ids");
        var first = new MongoHeroRepository(database);
        var second = new MongoHeroRepository(database);
        Hero dash = new Hero(0, "quick-hare", "Dash", List.of(2), "hero-new.svg", false);

        List<Integer> ids =
                runConcurrently(8, () -> (runs(first, second)).create(dash).id());

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id > HeroSeed.lastId());
        assertThat(database.getCollection("heroes").countDocuments()).isEqualTo(HeroSeed.HEROES.size() + 8L);
    }

    @Test
    void ofConcurrentAssignmentsOfOneHeroExactlyOneWins() throws Exception {
        var client = new TestClient(port);

        List<Integer> statuses = runConcurrently(
                8, () -> client.post("/hero/2", "{\"busy\": true}").statusCode());

        assertThat(statuses).filteredOn(status -> status == 202).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
    }

    private static int turn;

    private static synchronized MongoHeroRepository runs(MongoHeroRepository first, MongoHeroRepository second) {
        return turn++ % 2 == 0 ? first : second;
    }

    private static <T> List<T> runConcurrently(int count, Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
