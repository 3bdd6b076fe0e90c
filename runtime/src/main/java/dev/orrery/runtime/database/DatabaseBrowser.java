package dev.orrery.runtime.database;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/// Reads what the cluster's MongoDB holds — databases, collections, documents — so a learner can see the shared
/// state the services write. Read-only; MongoDB's own bookkeeping databases are left out.
///
/// Every call blocks on the network: call it off the JavaFX thread. Failures are [DatabaseUnavailableException]s
/// saying which address could not be read.
public final class DatabaseBrowser implements AutoCloseable {
    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "local", "config");
    private static final JsonWriterSettings PRETTY = JsonWriterSettings.builder()
            .outputMode(JsonMode.RELAXED)
            .indent(true)
            .build();

    private final String uri;
    private final MongoClient client;

    private DatabaseBrowser(String uri, MongoClient client) {
        this.uri = uri;
        this.client = client;
    }

    /// A browser for the MongoDB at `uri` (e.g. `mongodb://127.0.0.1:27017/orrery`); connects lazily, gives up on
    /// an unreachable server after two seconds.
    public static DatabaseBrowser connect(String uri) {
        var settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(
                        s -> s.connectTimeout(2, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS))
                .build();
        return new DatabaseBrowser(uri, MongoClients.create(settings));
    }

    /// Every user database with its collections, each with its count and first `documentLimit` documents.
    public List<DatabaseContents> read(int documentLimit) {
        try {
            List<DatabaseContents> databases = new ArrayList<>();
            for (String name : client.listDatabaseNames()) {
                if (!SYSTEM_DATABASES.contains(name)) {
                    databases.add(new DatabaseContents(name, collections(client.getDatabase(name), documentLimit)));
                }
            }
            databases.sort(java.util.Comparator.comparing(DatabaseContents::name));
            return List.copyOf(databases);
        } catch (MongoException e) {
            throw new DatabaseUnavailableException(
                    "Could not read the database at " + uri + ": " + e.getMessage()
                            + " — is the cluster's database running?",
                    e);
        }
    }

    private static List<CollectionContents> collections(MongoDatabase database, int limit) {
        List<CollectionContents> collections = new ArrayList<>();
        List<String> names = new ArrayList<>();
        database.listCollectionNames().into(names);
        names.sort(String::compareTo);
        for (String name : names) {
            var collection = database.getCollection(name);
            List<String> documents = new ArrayList<>();
            for (Document document : collection.find().limit(limit)) {
                documents.add(document.toJson(PRETTY));
            }
            collections.add(new CollectionContents(database.getName(), name, collection.countDocuments(), documents));
        }
        return collections;
    }

    @Override
    public void close() {
        client.close();
    }
}
