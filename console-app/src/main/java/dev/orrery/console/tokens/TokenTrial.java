package dev.orrery.console.tokens;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.request.HttpCall;
import dev.orrery.runtime.request.RequestFailedException;
import dev.orrery.runtime.request.RequestSender;
import dev.orrery.runtime.supervisor.InstanceState;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Sends a token to heroes-service (`GET /heroes`, through the gateway when there is one) to show whether the
/// service accepts it: 200, or 401 with the service's reason.
public final class TokenTrial {

    private final Cluster cluster;
    private final UiPulse pulse;
    private final Executor background;
    private final RequestSender sender = RequestSender.local(Duration.ofSeconds(10));
    private final StringProperty result = new SimpleStringProperty("");
    private final IntegerProperty status = new SimpleIntegerProperty();

    TokenTrial(Cluster cluster, UiPulse pulse, Executor background) {
        this.cluster = cluster;
        this.pulse = pulse;
        this.background = background;
    }

    void tryToken(String token) {
        var target = heroesUrl(cluster.snapshot());
        if (token.isEmpty()) {
            result.set("Paste or get a token first.");
            return;
        }
        if (target.isEmpty()) {
            result.set("heroes-service is not running: start a cluster to try the token on it.");
            return;
        }

        result.set("Sending GET " + target.get() + " …");
        var call = HttpCall.of("GET", URI.create(target.get())).withToken(token);
        CompletableFuture.supplyAsync(() -> sender.send(call), background)
                .whenComplete((reply, error) -> pulse.post(() -> {
                    if (error != null) {
                        status.set(0);
                        result.set(TokensViewModel.messageOf(
                                error instanceof RequestFailedException
                                        ? error
                                        : Optional.ofNullable(error.getCause()).orElse(error)));
                        return;
                    }
                    status.set(reply.status());
                    result.set("GET " + target.get() + " → " + reply.status()
                            + reply.servedBy().map(s -> " from " + s).orElse("")
                            + (reply.status() == 401 ? " · refused" : reply.successful() ? " · accepted" : ""));
                }));
    }

    void clear() {
        status.set(0);
        result.set("");
    }

    private static Optional<String> heroesUrl(ClusterSnapshot snapshot) {
        var heroesUp = snapshot.component("heroes-service").stream()
                .flatMap(c -> c.instances().stream())
                .filter(i -> i.state() == InstanceState.UP)
                .findFirst();
        if (heroesUp.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(snapshot.addresses().gateway().orElse(heroesUp.get().url()) + "/heroes");
    }

    /// What the service answered, e.g. "GET …/heroes → 401 from heroes-service-1 · refused".
    public StringProperty resultProperty() {
        return result;
    }

    /// The last status, 0 before any answer.
    public IntegerProperty statusProperty() {
        return status;
    }
}
