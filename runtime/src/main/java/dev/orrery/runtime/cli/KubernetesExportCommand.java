package dev.orrery.runtime.cli;

import dev.orrery.runtime.export.ExportOptions;
import dev.orrery.runtime.export.IngressChoice;
import dev.orrery.runtime.export.KubernetesExport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery export kubernetes`: manifests and a kustomization for a topology.
@Command(
        name = "kubernetes",
        aliases = "k8s",
        mixinStandardHelpOptions = true,
        description = {
            "Writes Kubernetes manifests for the whole cluster: a Deployment and Service per component (replicas ="
                    + " instances), MongoDB as a StatefulSet with a volume claim, the token keys as a Secret, the"
                    + " gateway behind a LoadBalancer (or an Ingress with --ingress), and a kustomization.yaml.",
            "Apply with 'kubectl apply -k DIR'; look first with 'kubectl kustomize DIR'."
        })
final class KubernetesExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExportSettings settings;

    @Mixin
    VerboseOption verbose;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write. Default: ${DEFAULT-VALUE}.",
            defaultValue = "orrery-kubernetes")
    Path out = Path.of("orrery-kubernetes");

    @Option(
            names = "--namespace",
            paramLabel = "NAME",
            description = "Default: ${DEFAULT-VALUE}.",
            defaultValue = ExportOptions.DEFAULT_NAMESPACE)
    String namespace = ExportOptions.DEFAULT_NAMESPACE;

    @Option(names = "--ingress", description = "Expose the gateway through an Ingress instead of a LoadBalancer.")
    boolean ingress;

    @Option(names = "--ingress-host", paramLabel = "HOST", description = "The Ingress's host (implies --ingress).")
    @Nullable
    String ingressHost;

    @Option(names = "--ingress-class", paramLabel = "CLASS", description = "The Ingress class (implies --ingress).")
    @Nullable
    String ingressClass;

    @Override
    public Integer call() {
        var options = options();
        var bundle = new KubernetesExport(options).export(settings.topology());
        ExportSettings.writeAndReport(bundle, out, spec.commandLine().getOut());
        return 0;
    }

    private ExportOptions options() {
        ExportOptions options;
        try {
            options = settings.options().withNamespace(namespace);
        } catch (IllegalArgumentException e) {
            throw new CliException(String.valueOf(e.getMessage()), "fix the option named above");
        }
        if (ingress || ingressHost != null || ingressClass != null) {
            return options.withIngress(
                    new IngressChoice(Optional.ofNullable(ingressHost), Optional.ofNullable(ingressClass)));
        }
        return options;
    }
}
