package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.control.ControlClient;
import dev.orrery.runtime.control.ControlException;
import dev.orrery.runtime.control.FaultAction;
import dev.orrery.runtime.control.InstanceStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `orrery fault kill|pause|resume|slow|flaky|heal TARGET`: breaks one process of the running cluster on purpose,
/// or heals it, through the cluster's control API.
@Command(
        name = "fault",
        mixinStandardHelpOptions = true,
        description = {
            "Breaks one process of the running cluster on purpose, to watch the rest cope, or heals it.",
            "ACTION is one of:",
            "  kill    end it at once (SIGKILL), as a crash would; its restart policy applies",
            "  pause   freeze it (SIGSTOP): it keeps its port but answers nothing",
            "  resume  let a paused process run again (SIGCONT)",
            "  slow    add --ms N milliseconds to every answer of a service instance",
            "  flaky   fail a --share (0..1) of a service instance's requests with 500",
            "  heal    undo pause, slow and flaky",
            "TARGET is an instance (heroes-service-2), registry, gateway, database, or a service with one instance."
        })
final class FaultCommand implements Callable<Integer> {
    private static final Set<String> INFRASTRUCTURE = Set.of("registry", "gateway", "database");

    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    VerboseOption verbose;

    @Parameters(index = "0", paramLabel = "ACTION", description = "kill, pause, resume, slow, flaky or heal.")
    String action = "";

    @Parameters(index = "1", paramLabel = "TARGET", description = "The instance or component, e.g. heroes-service-1.")
    String target = "";

    @Option(names = "--ms", paramLabel = "N", description = "Latency to add for 'slow', 1 to 60000 ms.")
    Optional<Long> latencyMs = Optional.empty();

    @Option(names = "--share", paramLabel = "S", description = "Share of failing requests for 'flaky', e.g. 0.3.")
    Optional<Double> share = Optional.empty();

    @Override
    public Integer call() {
        FaultAction chosen = FaultAction.fromPath(action.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new CliException(
                        "unknown fault '" + action + "'", "use kill, pause, resume, slow, flaky or heal", 2));
        double amount = amount(chosen);

        ControlClient client = RunningCluster.require(data.runFiles());
        if (chosen == FaultAction.SLOW || chosen == FaultAction.FLAKY) {
            refuseInfrastructure(chosen, target, client.status(), data.asArgument());
        }
        try {
            client.fault(target, chosen, amount);
        } catch (ControlException e) {
            throw new CliException(
                    chosen.pathName() + " " + target + " failed: " + e.getMessage(),
                    "'orrery status" + data.asArgument() + "' lists the instances");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(done(chosen, target, amount, data.asArgument()));
        return 0;
    }

    /// Slow and flaky answers are made by the service support library inside a service instance; the registry,
    /// gateway and database do not have it, so the fault is refused with the instances it can apply to.
    static void refuseInfrastructure(FaultAction chosen, String target, ClusterStatus status, String dataArgument) {
        if (!INFRASTRUCTURE.contains(target.strip())) {
            return;
        }
        List<String> instances = status.instances().stream()
                .filter(i -> !INFRASTRUCTURE.contains(i.component()))
                .map(InstanceStatus::id)
                .toList();
        String hint = instances.isEmpty()
                ? "this cluster runs no service instance"
                : "choose a service instance: " + String.join(", ", instances) + ", e.g. 'orrery fault" + dataArgument
                        + " " + example(chosen) + " " + instances.getFirst() + "'";
        throw new CliException(
                "'" + chosen.pathName() + "' applies only to service instances, not to the registry, gateway or"
                        + " database ('" + target + "')",
                hint,
                CliErrors.USAGE);
    }

    private static String example(FaultAction chosen) {
        return chosen == FaultAction.SLOW ? "slow --ms 800" : "flaky --share 0.3";
    }

    private double amount(FaultAction chosen) {
        return switch (chosen) {
            case SLOW -> {
                long ms = latencyMs.orElseThrow(() -> usage(
                        "'slow' needs --ms N", "e.g. orrery fault" + data.asArgument() + " slow --ms 800 " + target));
                if (ms < 1 || ms > 60_000) {
                    throw usage("--ms must be from 1 to 60000, was " + ms, "choose a latency in milliseconds");
                }
                yield ms;
            }
            case FLAKY -> {
                double value = share.orElseThrow(() -> usage(
                        "'flaky' needs --share S",
                        "e.g. orrery fault" + data.asArgument() + " flaky --share 0.3 " + target));
                if (!(value > 0 && value <= 1)) {
                    throw usage("--share must be above 0 and at most 1, was " + value, "e.g. 0.3 for 30 %");
                }
                yield value;
            }
            default -> 0;
        };
    }

    static String done(FaultAction chosen, String target, double amount, String dataArgument) {
        return switch (chosen) {
            case KILL -> "Killed " + target + " (SIGKILL); its restart policy applies.";
            case PAUSE ->
                "Paused " + target + " (SIGSTOP); 'orrery fault" + dataArgument + " resume " + target
                        + "' lets it run again.";
            case RESUME -> "Resumed " + target + " (SIGCONT).";
            case SLOW -> target + " now answers " + Math.round(amount) + " ms slower.";
            case FLAKY -> target + " now fails " + Math.round(amount * 100) + " % of its requests.";
            case HEAL -> "Healed " + target + ".";
        };
    }

    private static CliException usage(String message, String hint) {
        return new CliException(message, hint, 2);
    }
}
