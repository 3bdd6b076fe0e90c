package dev.orrery.console.shell;

import dev.orrery.console.ui.UiPulse;
import dev.orrery.runtime.cluster.ClusterStartException;
import dev.orrery.runtime.cluster.StartOptions;
import dev.orrery.runtime.control.ClusterAlreadyRunningException;
import dev.orrery.runtime.data.DiskTroubleException;
import dev.orrery.runtime.topology.TopologyException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Shows in the shell's problem bar what went wrong with a command of the header (start, stop, save, reset), once,
/// in the user's words, with a one-click way out where there is one; and logs it without a stack trace when the
/// message already says what to do.
final class CommandProblems {

    private static final Logger LOG = LoggerFactory.getLogger(CommandProblems.class);

    private final ShellViewModel model;
    private final UiPulse pulse;
    /// When the window last showed such a problem; read and written on the JavaFX thread.
    private Instant shownAt = Instant.EPOCH;

    CommandProblems(ShellViewModel model, UiPulse pulse) {
        this.model = model;
        this.pulse = pulse;
    }

    /// A start began at `began`: what went wrong before is old news, unless the start was refused meanwhile (the
    /// event announcing the start may reach the window after its refusal).
    void startBegan(Instant began) {
        pulse.post(() -> {
            if (!shownAt.isAfter(began)) {
                model.problemProperty().set("");
            }
        });
    }

    /// A start refused because the registry's, the gateway's or the database's usual port is taken gets a button
    /// that starts again on free ports (`again`): the runtime's command-line hint would not help here.
    void startFailed(StartOptions options, Throwable failure, Consumer<StartOptions> again) {
        var moved = unwrapped(failure) instanceof ClusterStartException refused
                ? refused.onFreePorts(options).map(freeOptions -> new FreePorts(refused, freeOptions))
                : Optional.<FreePorts>empty();
        if (moved.isEmpty()) {
            report("The cluster did not start", failure);
            return;
        }
        var text = moved.get().explained();
        LOG.warn("The cluster did not start: {}", text);
        var failedAt = Instant.now();
        pulse.post(() -> {
            shownAt = failedAt;
            model.problem(
                    text,
                    new ProblemFix(
                            "Start on free ports",
                            () -> again.accept(moved.get().options())));
        });
    }

    /// Shows `what` failed, with the failure's own message.
    void report(String what, Throwable failure) {
        var cause = unwrapped(failure);
        var detail = message(cause);
        var text = detail.startsWith(what) ? detail : what + ": " + detail;
        if (explainsItself(cause)) {
            // A taken port, a broken topology, a full disk: the message says what to do, a stack trace adds noise.
            LOG.warn("{}", text);
        } else {
            LOG.warn("{}", text, failure);
        }
        var failedAt = Instant.now();
        pulse.post(() -> {
            shownAt = failedAt;
            model.problemProperty().set(text);
        });
    }

    /// The failure's message for a user (its class name when it has none), unwrapped from a future's wrapper.
    static String message(Throwable failure) {
        var cause = unwrapped(failure);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /// Also a broken topology, which reaches here wrapped with its problems listed.
    private static boolean explainsItself(Throwable cause) {
        return cause instanceof ClusterStartException
                || cause instanceof ClusterAlreadyRunningException
                || cause instanceof TopologyException
                || cause.getCause() instanceof TopologyException
                || cause instanceof DiskTroubleException;
    }
}
