package dev.orrery.console.lessons;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orrery.console.requests.RequestJournal;
import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.lesson.Exchange;
import dev.orrery.runtime.request.HttpCall;
import dev.orrery.runtime.request.RequestSender;
import dev.orrery.runtime.supervisor.InstanceId;
import dev.orrery.runtime.supervisor.InstanceState;
import dev.orrery.runtime.token.DemoAccount;
import dev.orrery.runtime.token.DemoAccountStore;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/// Carries out a step's [StepAction] on the live cluster, as the learner could by hand, and says what happened.
/// Blocks: run it off the JavaFX thread.
final class ActionRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cluster cluster;
    private final DataFolder dataFolder;
    private final TokenShelf shelf;
    private final RequestJournal journal;
    private final RequestSender sender = RequestSender.local(Duration.ofSeconds(15));

    ActionRunner(Cluster cluster, DataFolder dataFolder, TokenShelf shelf, RequestJournal journal) {
        this.cluster = cluster;
        this.dataFolder = dataFolder;
        this.shelf = shelf;
        this.journal = journal;
    }

    /// Does it; the returned text says what the cluster answered. Failures come back as text too.
    String run(StepAction action) {
        try {
            return switch (action.verb()) {
                case "STOP" -> instanceAction(action, false);
                case "KILL" -> instanceAction(action, true);
                case "LOGIN" -> logIn(action.arguments().getFirst());
                default -> request(action);
            };
        } catch (RuntimeException e) {
            var cause =
                    e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            return "Failed: " + cause.getMessage();
        }
    }

    private String instanceAction(StepAction action, boolean kill) {
        var id = InstanceId.parse(action.arguments().getFirst());
        var done = kill ? cluster.killInstance(id) : cluster.stopInstance(id);
        try {
            done.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "Could not " + (kill ? "kill " : "stop ") + id + ": " + e.getMessage();
        }
        return (kill ? "Killed " : "Stopped ") + id + ".";
    }

    private String request(StepAction action) {
        var snapshot = cluster.snapshot();
        var where = action.arguments().get(0);
        var path = action.arguments().get(1);
        var base = baseUrl(snapshot, where).orElseThrow(() -> new IllegalStateException(where + " is not running"));
        var call = HttpCall.of(action.verb(), URI.create(base + path));
        if (action.arguments().size() > 2 && action.arguments().getLast().startsWith("{")) {
            call = call.withJsonBody(action.arguments().getLast());
        }
        if (action.arguments().contains("with-token") && shelf.current().isPresent()) {
            call = call.withToken(shelf.current().get());
        }
        var reply = sender.send(call);
        journal.record(new Exchange(call.method(), path, call.token().isPresent(), reply.status()));
        return call.method() + " " + path + " → " + reply.status()
                + reply.servedBy().map(s -> " from " + s).orElse("");
    }

    private static Optional<String> baseUrl(ClusterSnapshot snapshot, String where) {
        if (where.equals("gateway")) {
            return snapshot.addresses().gateway();
        }
        return snapshot.component(where).stream()
                .flatMap(c -> c.instances().stream())
                .filter(i -> i.state() == InstanceState.UP)
                .map(i -> i.url())
                .findFirst();
    }

    private String logIn(String user) {
        var account = new DemoAccountStore(dataFolder.keys())
                .stored().stream()
                        .filter(a -> a.id().equals(user))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("the cluster has no demo user " + user));
        var base = cluster.snapshot()
                .addresses()
                .gateway()
                .or(() -> baseUrl(cluster.snapshot(), "auth-service"))
                .orElseThrow(() -> new IllegalStateException("auth-service is not running"));
        var reply = sender.send(HttpCall.of("POST", URI.create(base + "/auth")).withJsonBody(credentials(account)));
        var token = tokenIn(reply.body());
        if (token.isEmpty()) {
            return "POST /auth → " + reply.status() + ": no token came back";
        }
        shelf.hold(token.get(), user + " · logged in by the lesson");
        return "POST /auth → " + reply.status() + ": logged in as " + user + "; the token is yours now";
    }

    private static String credentials(DemoAccount account) {
        return JSON.createObjectNode()
                .put("userId", account.id())
                .put("password", account.password())
                .toString();
    }

    private static Optional<String> tokenIn(String body) {
        try {
            var token = JSON.readTree(body).path("jwtToken").asText("");
            return token.isBlank() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
