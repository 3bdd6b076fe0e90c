package dev.orrery.console.requests;

import dev.orrery.console.tokens.TokenShelf;
import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.cluster.ClusterSnapshot;
import dev.orrery.runtime.cluster.ComponentKind;
import dev.orrery.runtime.event.ClusterEvent;
import dev.orrery.runtime.event.Subscription;
import dev.orrery.runtime.lesson.Exchange;
import dev.orrery.runtime.request.CurlCommand;
import dev.orrery.runtime.request.HttpCall;
import dev.orrery.runtime.request.HttpReply;
import dev.orrery.runtime.request.RequestSender;
import dev.orrery.runtime.supervisor.InstanceState;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The request composer's state and actions. Properties live on the JavaFX thread; requests are sent on
/// `background`, one at a time, and their answers come back through the pulse.
public final class RequestsViewModel implements AutoCloseable {

    private static final int HISTORY_LIMIT = 50;

    private final Cluster cluster;
    private final TokenShelf shelf;
    private final RequestJournal journal;
    private final UiPulse pulse;
    private final Executor background;
    private final RequestSender sender = RequestSender.local(Duration.ofSeconds(15));
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final StringProperty method = new SimpleStringProperty("GET");
    private final StringProperty path = new SimpleStringProperty("/heroes");
    private final StringProperty headers = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final BooleanProperty withToken = new SimpleBooleanProperty(true);
    private final IntegerProperty repeats = new SimpleIntegerProperty(10);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final IntegerProperty status = new SimpleIntegerProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty servedBy = new SimpleStringProperty("");
    private final StringProperty replyHeaders = new SimpleStringProperty("");
    private final StringProperty replyBody = new SimpleStringProperty("");
    private final StringProperty repeatSummary = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty curl = new SimpleStringProperty("");
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private Subscription subscription = () -> {};

    public RequestsViewModel(
            Cluster cluster, TokenShelf shelf, RequestJournal journal, UiPulse pulse, Executor background) {
        this.cluster = cluster;
        this.shelf = shelf;
        this.journal = journal;
        this.pulse = pulse;
        this.background = background;
        for (var property : List.of(method, path, headers, body)) {
            property.addListener((o, before, now) -> updateCurl());
        }
        withToken.addListener((o, before, now) -> updateCurl());
        target.addListener((o, before, now) -> updateCurl());
        shelf.labelProperty().addListener((o, before, now) -> updateCurl());
    }

    /// Starts following the cluster so that the targets stay current.
    public void attach() {
        subscription = cluster.subscribe(event -> {
            if (event instanceof ClusterEvent.InstanceStateChanged
                    || event instanceof ClusterEvent.ClusterStateChanged
                    || event instanceof ClusterEvent.InstancesChanged) {
                var snapshot = cluster.snapshot();
                pulse.postLatest(this, () -> showTargets(snapshot));
            }
        });
    }

    private void showTargets(ClusterSnapshot snapshot) {
        var chosen = Optional.ofNullable(target.get());
        targets.setAll(targetsOf(snapshot));
        var again = chosen.flatMap(
                c -> targets.stream().filter(t -> t.label().equals(c.label())).findFirst());
        target.set(again.orElse(targets.isEmpty() ? null : targets.getFirst()));
    }

    static List<Target> targetsOf(ClusterSnapshot snapshot) {
        List<Target> list = new ArrayList<>();
        snapshot.addresses().gateway().ifPresent(url -> list.add(new Target("Gateway · " + url, url, true)));
        snapshot.instances().stream()
                .filter(i -> i.kind() == ComponentKind.SERVICE || i.kind() == ComponentKind.COMMAND)
                .filter(i -> i.state() == InstanceState.UP)
                .forEach(i -> list.add(new Target(i.id() + " · " + i.url(), i.url(), false)));
        return List.copyOf(list);
    }

    /// Sends the composed request once.
    public void send() {
        compose().ifPresent(call -> {
            busy.set(true);
            repeatSummary.set("");
            CompletableFuture.supplyAsync(() -> sender.send(call), background)
                    .whenComplete((reply, error) -> pulse.post(() -> answered(call, reply, error)));
        });
    }

    /// Sends the composed request `repeats` times in a row and summarises who answered and whether they agreed.
    public void repeat() {
        var times = Math.max(1, Math.min(100, repeats.get()));
        compose().ifPresent(call -> {
            busy.set(true);
            CompletableFuture.supplyAsync(() -> repeatSends(call, times), background)
                    .whenComplete((answers, error) -> pulse.post(() -> repeated(call, answers, error)));
        });
    }

    private List<RepeatSummary.Answer> repeatSends(HttpCall call, int times) {
        List<RepeatSummary.Answer> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            try {
                var reply = sender.send(call);
                journal.record(exchange(call, reply.status()));
                answers.add(new RepeatSummary.Answer(
                        reply.status(), reply.servedBy().orElse(""), reply.body()));
            } catch (RuntimeException e) {
                answers.add(new RepeatSummary.Answer(0, "", e.getMessage()));
            }
        }
        return answers;
    }

    private void repeated(HttpCall call, List<RepeatSummary.Answer> answers, Throwable error) {
        busy.set(false);
        if (error != null) {
            problem.set(error.getMessage());
            return;
        }
        repeatSummary.set(RepeatSummary.describe(answers));
        remember(call, answers.size() + " repeats");
    }

    private void answered(HttpCall call, HttpReply reply, Throwable error) {
        busy.set(false);
        if (error != null) {
            var cause = error.getCause() == null ? error : error.getCause();
            status.set(0);
            summary.set("No answer");
            servedBy.set("");
            replyHeaders.set("");
            replyBody.set("");
            problem.set(cause.getMessage());
            remember(call, "no answer");
            return;
        }
        journal.record(exchange(call, reply.status()));
        var shown = ReplyText.of(reply);
        status.set(reply.status());
        summary.set(shown.summary());
        servedBy.set(shown.servedBy());
        replyHeaders.set(shown.headers());
        replyBody.set(shown.body());
        remember(call, shown.summary());
    }

    private Exchange exchange(HttpCall call, int answeredStatus) {
        return new Exchange(call.method(), call.url().getPath(), call.token().isPresent(), answeredStatus);
    }

    private void remember(HttpCall call, String outcome) {
        var entry = new HistoryEntry(
                method.get().strip().toUpperCase(java.util.Locale.ROOT),
                path.get().strip(),
                target.get() == null ? "" : target.get().label(),
                headers.get(),
                body.get(),
                call.token().isPresent(),
                outcome);
        history.addFirst(entry);
        if (history.size() > HISTORY_LIMIT) {
            history.removeLast();
        }
    }

    /// Puts a request from the history back into the composer.
    public void restore(HistoryEntry entry) {
        method.set(entry.method());
        path.set(entry.path());
        headers.set(entry.headers());
        body.set(entry.body());
        withToken.set(entry.withToken());
        targets.stream()
                .filter(t -> t.label().equals(entry.targetLabel()))
                .findFirst()
                .ifPresent(target::set);
    }

    /// The request as typed, or empty with the reason shown when it cannot be sent.
    Optional<HttpCall> compose() {
        problem.set("");
        try {
            return Optional.of(composeOrThrow());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    private HttpCall composeOrThrow() {
        if (target.get() == null) {
            throw new IllegalArgumentException("Nothing to send to: start a cluster first.");
        }
        var typed = path.get().strip();
        if (typed.isEmpty() || typed.contains(" ") || typed.contains("://")) {
            throw new IllegalArgumentException("Path: write a path such as /heroes or /heroes/1 (no spaces).");
        }
        var url = URI.create(target.get().baseUrl() + (typed.startsWith("/") ? typed : "/" + typed));
        var call =
                new HttpCall(method.get(), url, HeaderLines.parse(headers.get()), Optional.empty(), Optional.empty());
        if (!body.get().isBlank()) {
            call = call.withJsonBody(body.get());
        }
        if (withToken.get() && shelf.current().isPresent()) {
            call = call.withToken(shelf.current().get());
        }
        return call;
    }

    private void updateCurl() {
        try {
            curl.set(CurlCommand.render(composeQuietly(), false));
        } catch (IllegalArgumentException e) {
            curl.set("");
        }
    }

    private HttpCall composeQuietly() {
        return composeOrThrow();
    }

    /// The `curl` command for the composed request with the real token, to paste into a terminal.
    public String curlToCopy() {
        try {
            return CurlCommand.render(composeOrThrow(), true);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return "";
        }
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public StringProperty methodProperty() {
        return method;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public StringProperty headersProperty() {
        return headers;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public BooleanProperty withTokenProperty() {
        return withToken;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /// The last answer's status, 0 before any or when none came.
    public IntegerProperty statusProperty() {
        return status;
    }

    /// E.g. "200 OK · 14 ms · served by heroes-service:127.0.0.1:40123".
    public StringProperty summaryProperty() {
        return summary;
    }

    /// The last answer's `X-Served-By`, empty when it had none.
    public StringProperty servedByProperty() {
        return servedBy;
    }

    public StringProperty replyHeadersProperty() {
        return replyHeaders;
    }

    public StringProperty replyBodyProperty() {
        return replyBody;
    }

    public StringProperty repeatSummaryProperty() {
        return repeatSummary;
    }

    /// What is wrong with the request or why it got no answer; empty when all is well.
    public StringProperty problemProperty() {
        return problem;
    }

    /// The composed request as `curl` with the token masked, for showing.
    public StringProperty curlProperty() {
        return curl;
    }

    /// What the token switch would send, e.g. "student · logged in", empty when there is no token.
    public javafx.beans.property.ReadOnlyStringProperty tokenLabelProperty() {
        return shelf.labelProperty();
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }

    @Override
    public void close() {
        subscription.close();
    }
}
