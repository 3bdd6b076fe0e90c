package dev.orrery.runtime.export;

import dev.orrery.runtime.topology.Topology;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Kubernetes manifests for a topology: a namespace, a Deployment and Service per component, MongoDB as a
/// StatefulSet, the token key pair as a Secret, and a `kustomization.yaml` listing them, so that
/// `kubectl apply -k DIR` applies the whole cluster.
public final class KubernetesExport {

    public static final String KUSTOMIZATION = "kustomization.yaml";
    public static final String SECRET_NAME = "orrery-token-keys";
    public static final String SECRET_FILE = "token-keys-secret.yaml";
    public static final String PASSWORDS_FILE = "user-passwords.json";

    private final ExportOptions options;

    public KubernetesExport(ExportOptions options) {
        this.options = options;
    }

    public ExportBundle export(Topology topology) {
        return export(new ExportPlanner(options).plan(topology));
    }

    public ExportBundle export(ExportPlan plan) {
        var labels = new KubernetesLabels(plan.name(), options.imageTag());
        var workloads = new KubernetesWorkloads(labels, new PodTemplates(SECRET_NAME), options.ingressHost());
        var files = new ArrayList<ExportedFile>();
        files.add(manifest("namespace.yaml", List.of(namespace(labels)), false));
        plan.secrets().ifPresent(secrets -> {
            files.add(manifest(SECRET_FILE, List.of(secret(secrets, labels)), true));
            files.add(new ExportedFile(PASSWORDS_FILE, secrets.passwordsFile(), true));
        });
        plan.database()
                .ifPresent(db ->
                        files.add(manifest(db.name() + ".yaml", new KubernetesDatabase(labels).objects(db), false)));
        plan.workloads().forEach(w -> files.add(manifest(w.name() + ".yaml", workloads.objects(w), false)));
        files.addFirst(kustomization(files));
        return new ExportBundle(files, notes(plan));
    }

    private ExportedFile manifest(String path, List<HasMetadata> objects, boolean secret) {
        objects.stream()
                .filter(o -> !(o instanceof Namespace))
                .forEach(o -> o.getMetadata().setNamespace(options.namespace()));
        return new ExportedFile(path, YamlDocuments.write(objects), secret);
    }

    private Namespace namespace(KubernetesLabels labels) {
        var all = new LinkedHashMap<>(labels.of(options.namespace(), WorkloadRole.SERVICE));
        all.remove(KubernetesLabels.COMPONENT);
        return new NamespaceBuilder()
                .withNewMetadata()
                .withName(options.namespace())
                .withLabels(all)
                .endMetadata()
                .build();
    }

    /// The token key pair and the users file; the private key lives here and nowhere else (no ConfigMap).
    private static Secret secret(ExportSecrets secrets, KubernetesLabels labels) {
        var data = new LinkedHashMap<String, String>();
        for (var key : KeyFile.values()) {
            data.put(key.fileName(), base64(key.content(secrets)));
        }
        return new SecretBuilder()
                .withNewMetadata()
                .withName(SECRET_NAME)
                .withLabels(labels.of("token-keys", WorkloadRole.SERVICE))
                .addToAnnotations("orrery.dev/key-id", secrets.keyId())
                .endMetadata()
                .withType("Opaque")
                .withData(data)
                .build();
    }

    private ExportedFile kustomization(List<ExportedFile> files) {
        Map<String, Object> kustomization = new LinkedHashMap<>();
        kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        kustomization.put("kind", "Kustomization");
        kustomization.put("namespace", options.namespace());
        kustomization.put(
                "resources",
                files.stream()
                        .map(ExportedFile::path)
                        .filter(p -> p.endsWith(".yaml"))
                        .toList());
        return new ExportedFile(KUSTOMIZATION, YamlDocuments.write(List.of(kustomization)), false);
    }

    private List<String> notes(ExportPlan plan) {
        var notes = new ArrayList<>(plan.notes());
        notes.add("Images: " + options.image("<service>") + " — build and push them with"
                + " ./mvnw -Pimages package -Dorrery.image.prefix=" + options.imagePrefix() + ".");
        plan.secrets()
                .ifPresent(s -> notes.add("A new token key pair (kid " + s.keyId() + ") and new passwords were"
                        + " made for this export; the passwords are in " + PASSWORDS_FILE
                        + " (owner-only, not applied)."));
        plan.gateway()
                .ifPresent(g -> notes.add(
                        options.ingressHost().isPresent()
                                ? "The gateway is reached through the Ingress '" + g.name() + "'."
                                : "The gateway is reached through its LoadBalancer Service '" + g.name() + "' on port "
                                        + KubernetesWorkloads.PUBLIC_PORT + "."));
        notes.add("Apply with: kubectl apply -k <this folder>   (preview: kubectl kustomize <this folder>)");
        return notes;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
