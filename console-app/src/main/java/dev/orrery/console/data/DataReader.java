package dev.orrery.console.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.database.DatabaseBrowser;
import dev.orrery.runtime.request.HttpCall;
import dev.orrery.runtime.request.RequestSender;
import dev.orrery.runtime.supervisor.InstanceState;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Reads the data the services hold, off the JavaFX thread: the database's collections, or — with in-memory
/// storage — each instance's answer to its list endpoint. Keeps one database connection while the address stays.
final class DataReader implements AutoCloseable {

    static final int DOCUMENT_LIMIT = 50;
    private static final Map<String, String> LIST_PATHS =
            Map.of("heroes-service", "/heroes", "threats-service", "/threats");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RequestSender sender = RequestSender.local(Duration.ofSeconds(5));
    private Optional<DatabaseBrowser> browser = Optional.empty();
    private String browserUri = "";

    List<CollectionItem> collections(String uri) {
        if (!uri.equals(browserUri)) {
            close();
            browser = Optional.of(DatabaseBrowser.connect(uri));
            browserUri = uri;
        }
        return browser.orElseThrow().read(DOCUMENT_LIMIT).stream()
                .flatMap(d -> d.collections().stream())
                .map(c -> new CollectionItem(c.database(), c.name(), c.count(), c.documents()))
                .toList();
    }

    List<InstanceAnswer> instanceAnswers(ClusterSnapshot snapshot, Optional<String> token) {
        List<InstanceAnswer> answers = new ArrayList<>();
        for (var instance : snapshot.instances()) {
            var path = LIST_PATHS.get(instance.id().componentId());
            if (path == null || instance.state() != InstanceState.UP) {
                continue;
            }
            answers.add(ask(instance.id().toString(), instance.url() + path, path, token));
        }
        return List.copyOf(answers);
    }

    private InstanceAnswer ask(String name, String url, String path, Optional<String> token) {
        var call = HttpCall.of("GET", URI.create(url));
        try {
            var reply = sender.send(token.map(call::withToken).orElse(call));
            var list = parse(reply.body());
            var size = list.filter(JsonNode::isArray)
                    .map(n -> " · " + n.size() + " items")
                    .orElse("");
            var body = list.map(DataReader::pretty).orElse(reply.body());
            return new InstanceAnswer(name + " · GET " + path + " · " + reply.status() + size, body);
        } catch (RuntimeException e) {
            return new InstanceAnswer(name + " · GET " + path + " · no answer", e.getMessage());
        }
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return Optional.of(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            return node.toString();
        }
    }

    @Override
    public void close() {
        browser.ifPresent(DatabaseBrowser::close);
        browser = Optional.empty();
        browserUri = "";
    }
}
