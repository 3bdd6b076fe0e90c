package dev.orrery.runtime.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseBrowserTest {
    private MongoServer server;
    private String uri;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        uri = "mongodb://127.0.0.1:" + address.getPort() + "/orrery";
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void listsCollectionsWithCountsAndTheFirstDocuments() {
        try (var client = MongoClients.create(uri)) {
            var heroes = client.getDatabase("orrery").getCollection("heroes");
            for (int id = 1; id <= 3; id++) {
                heroes.insertOne(new Document("_id", id).append("displayName", "Hero " + id));
            }
            client.getDatabase("orrery").getCollection("powers").insertOne(new Document("_id", 1));
        }

        try (var browser = DatabaseBrowser.connect(uri)) {
            var databases = browser.read(2);

            assertThat(databases).extracting(DatabaseContents::name).containsExactly("orrery");
            var collections = databases.getFirst().collections();
            assertThat(collections).extracting(CollectionContents::name).containsExactly("heroes", "powers");
            assertThat(collections.getFirst().count()).isEqualTo(3);
            assertThat(collections.getFirst().documents()).hasSize(2);
            assertThat(collections.getFirst().documents().getFirst()).contains("\"displayName\": \"Hero 1\"");
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithItsAddress() {
        server.shutdownNow();

        try (var browser = DatabaseBrowser.connect(uri)) {
            assertThatThrownBy(() -> browser.read(5))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining(uri)
                    .hasMessageContaining("is the cluster's database running?");
        }
    }
}
