package dev.orrery.console.shell;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.Cluster;
import dev.orrery.runtime.control.AttachedCluster;
import dev.orrery.runtime.control.ControlClient;
import dev.orrery.runtime.control.ControlEndpoint;
import dev.orrery.runtime.control.ControlException;
import dev.orrery.runtime.control.RunFiles;
import dev.orrery.runtime.event.ClusterState;
import dev.orrery.runtime.remote.RegistryAddress;
import dev.orrery.runtime.remote.RemoteRegistry;
import dev.orrery.runtime.remote.RemoteRegistryCluster;
import dev.orrery.runtime.remote.RemoteRegistryException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Attaches the console to clusters it did not start, and back: a cluster `orrery up` runs on the same data folder
/// (driven through its control API, left running when the console closes) or any Eureka registry (read-only). The
/// views follow whichever the [ClusterSwitch] points at; the header's badge says which it is.
final class ClusterAttachments {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterAttachments.class);
    private static final Duration DETECTION_PERIOD = Duration.ofSeconds(2);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final ClusterSwitch clusters;
    private final RunFiles files;
    private final ShellViewModel model;
    private final UiPulse pulse;
    private final Executor background;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean attaching = new AtomicBoolean();
    private volatile boolean stopRequested;
    private volatile long declinedPid;
    private volatile Instant nextDetection = Instant.EPOCH;

    ClusterAttachments(
            ClusterSwitch clusters, RunFiles files, ShellViewModel model, UiPulse pulse, Executor background) {
        this.clusters = clusters;
        this.files = files;
        this.model = model;
        this.pulse = pulse;
        this.background = background;
    }

    /// Attaches to the cluster `orrery up` runs on the data folder, when one runs and this console runs none.
    ///
    /// @param quiet whether to say nothing when there is nothing to attach to (at start-up)
    void attachToRunning(boolean quiet) {
        if (!attaching.compareAndSet(false, true)) {
            return;
        }
        if (!quiet) {
            declinedPid = 0;
        }
        CompletableFuture.supplyAsync(this::findRunning, background).whenComplete((found, failure) -> {
            attaching.set(false);
            if (failure != null && quiet) {
                LOG.debug("Did not attach to the cluster running on {}: {}", files.dataFolder(), failure.getMessage());
            } else if (failure != null) {
                report("Could not attach to the cluster running on " + files.dataFolder(), failure);
            } else if (found.isPresent()) {
                follow(found.get());
            } else if (!quiet) {
                pulse.post(() -> model.problemProperty()
                        .set("No cluster started by 'orrery up' runs on " + files.dataFolder()
                                + ": start one with 'orrery up --data " + files.dataFolder() + "'."));
            }
        });
    }

    private Optional<AttachedCluster> findRunning() {
        if (!clusters.atHome()) {
            throw new IllegalStateException("this console is already attached: detach first");
        }
        if (!idle(clusters.current().snapshot().state())) {
            throw new IllegalStateException("this console runs a cluster itself: stop it first");
        }
        return otherOwner().map(endpoint -> AttachedCluster.attach(new ControlClient(endpoint, CALL_TIMEOUT), files));
    }

    /// Attaches when `orrery up` has started a cluster on the data folder since the console opened. Called with
    /// every refresh, it looks every few seconds (one small file read), and never while this console runs or shows
    /// another cluster, nor for an owner the user detached from.
    void detect() {
        var now = Instant.now();
        if (now.isBefore(nextDetection)) {
            return;
        }
        nextDetection = now.plus(DETECTION_PERIOD);
        var stopped = clusters.atHome() && idle(clusters.home().snapshot().state());
        if (stopped && otherOwner().filter(e -> e.pid() != declinedPid).isPresent()) {
            attachToRunning(true);
        }
    }

    /// The control endpoint of a live process other than this one that runs a cluster on the data folder. Reads
    /// the endpoint file only: probing the lock file from this process could release a lock it holds itself.
    private Optional<ControlEndpoint> otherOwner() {
        return ControlEndpoint.readFrom(files.controlFile())
                .filter(e -> e.pid() != ProcessHandle.current().pid())
                .filter(e ->
                        ProcessHandle.of(e.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private void follow(AttachedCluster attached) {
        stopRequested = false;
        clusters.use(attached);
        var pid = attached.ownerPid();
        pulse.post(() -> {
            model.attachmentProperty().set("Attached to 'orrery up' (pid " + pid + ")");
            model.attachedStartReasonProperty()
                    .set("Attached to 'orrery up' (pid " + pid + "): stop it or detach to start another topology");
            model.problemProperty().set("");
        });
        attached.ownerEnded().thenRun(() -> ended(attached));
    }

    /// The console stopped the cluster `orrery up` ran (a lesson start): follow the console's own cluster again,
    /// without a banner about its end.
    void stoppedByConsole(AttachedCluster attached) {
        stopRequested = true;
        ended(attached);
    }

    private synchronized void ended(AttachedCluster attached) {
        if (clusters.current() != attached) {
            return;
        }
        clusters.useHome();
        attached.close();
        var said = stopRequested
                ? ""
                : "'orrery up' (pid " + attached.ownerPid() + ") ended: the cluster it ran is gone. Start a topology"
                        + " here, or attach again when 'orrery up' runs.";
        pulse.post(() -> {
            clearBadge();
            model.problemProperty().set(said);
        });
    }

    /// Attaches read-only to a Eureka registry.
    ///
    /// @return fails with a message for a dialog (what failed, which URL, what to check) and changes nothing then
    CompletableFuture<Void> attachToRegistry(String url) {
        return CompletableFuture.supplyAsync(() -> connect(url), background).thenAccept(remote -> {
            var previous = clusters.current();
            clusters.use(remote);
            if (previous != remote && !isHome(previous)) {
                previous.close();
            }
            pulse.post(() -> {
                model.attachmentProperty().set("Remote registry (read-only): " + remote.address());
                model.attachedStartReasonProperty()
                        .set("A remote registry is read-only: detach (menu → Cluster) to start a topology here");
                model.readOnlyProperty().set(true);
                model.problemProperty().set("");
            });
        });
    }

    /// Nothing of this console's own runs: never started, stopped, or a start that failed (which stops what it began).
    private static boolean idle(ClusterState state) {
        return state == ClusterState.STOPPED || state == ClusterState.FAILED;
    }

    private RemoteRegistryCluster connect(String url) {
        if (clusters.atHome() && !idle(clusters.current().snapshot().state())) {
            throw new CompletionException(new IllegalStateException(
                    "This console runs a cluster itself. Stop it first, then attach to the registry at " + url + "."));
        }
        RegistryAddress address;
        try {
            address = RegistryAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new CompletionException(e);
        }
        try {
            return RemoteRegistryCluster.attach(address, http, RemoteRegistry.DEFAULT_INTERVAL);
        } catch (RemoteRegistryException e) {
            throw new CompletionException(
                    new IllegalStateException(e.getMessage() + ".\nWhat to check: " + e.hint() + ".", e));
        }
    }

    /// Follows the console's own cluster again; an attached `orrery up` keeps running.
    void detach() {
        var previous = clusters.current();
        if (isHome(previous)) {
            return;
        }
        if (previous instanceof AttachedCluster attached) {
            declinedPid = attached.ownerPid();
        }
        clusters.useHome();
        background.execute(previous::close);
        pulse.post(this::clearBadge);
    }

    /// The user asked the attached cluster to stop: its end is then no surprise.
    void stopRequested() {
        stopRequested = true;
    }

    boolean attached() {
        return !clusters.atHome();
    }

    private boolean isHome(Cluster cluster) {
        return cluster == clusters.home();
    }

    private void clearBadge() {
        model.attachmentProperty().set("");
        model.attachedStartReasonProperty().set("");
        model.readOnlyProperty().set(false);
    }

    private void report(String what, Throwable failure) {
        var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        LOG.warn("{}: {}", what, cause.getMessage(), cause instanceof ControlException ? cause : null);
        pulse.post(() -> model.problemProperty().set(what + ": " + cause.getMessage()));
    }
}
