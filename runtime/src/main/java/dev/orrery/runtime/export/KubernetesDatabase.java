package dev.orrery.runtime.export;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.List;
import java.util.Map;

/// MongoDB as a StatefulSet of the official `mongo` image, its data on a persistent volume claim, reached through a
/// headless Service of the same name.
final class KubernetesDatabase {

    static final String DATA_VOLUME = "data";
    static final String PORT_NAME = "mongodb";

    private final KubernetesLabels labels;

    KubernetesDatabase(KubernetesLabels labels) {
        this.labels = labels;
    }

    List<HasMetadata> objects(DatabaseWorkload database) {
        return List.of(service(database), statefulSet(database));
    }

    private HasMetadata service(DatabaseWorkload database) {
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(database.name())
                .withLabels(labels.of(database.name(), WorkloadRole.DATABASE))
                .endMetadata()
                .withNewSpec()
                .withClusterIP("None")
                .withSelector(labels.selector(database.name()))
                .addNewPort()
                .withName(PORT_NAME)
                .withPort(database.port())
                .withTargetPort(new IntOrString(PORT_NAME))
                .endPort()
                .endSpec()
                .build();
    }

    private HasMetadata statefulSet(DatabaseWorkload database) {
        var all = labels.of(database.name(), WorkloadRole.DATABASE);
        return new StatefulSetBuilder()
                .withNewMetadata()
                .withName(database.name())
                .withLabels(all)
                .endMetadata()
                .withNewSpec()
                .withServiceName(database.name())
                .withReplicas(1)
                .withNewSelector()
                .withMatchLabels(labels.selector(database.name()))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(all)
                .endMetadata()
                .withNewSpec()
                .withContainers(new ContainerBuilder()
                        .withName(database.name())
                        .withImage(database.image())
                        .withArgs("--wiredTigerCacheSizeGB", String.valueOf(database.cacheGibibytes()))
                        .addNewPort()
                        .withName(PORT_NAME)
                        .withContainerPort(database.port())
                        .endPort()
                        .withReadinessProbe(ping(10, 3))
                        .withLivenessProbe(ping(20, 6))
                        .withResources(new ResourceRequirementsBuilder()
                                .withRequests(Map.of(
                                        "memory",
                                        new Quantity(database.memory().request()),
                                        "cpu",
                                        new Quantity("100m")))
                                .withLimits(Map.of(
                                        "memory", new Quantity(database.memory().limit())))
                                .build())
                        .addNewVolumeMount()
                        .withName(DATA_VOLUME)
                        .withMountPath(DatabaseWorkload.DATA_PATH)
                        .endVolumeMount()
                        .build())
                .endSpec()
                .endTemplate()
                .withVolumeClaimTemplates(new PersistentVolumeClaimBuilder()
                        .withNewMetadata()
                        .withName(DATA_VOLUME)
                        .withLabels(labels.selector(database.name()))
                        .endMetadata()
                        .withNewSpec()
                        .withAccessModes("ReadWriteOnce")
                        .withNewResources()
                        .withRequests(Map.of("storage", new Quantity(database.storageGibibytes() + "Gi")))
                        .endResources()
                        .endSpec()
                        .build())
                .endSpec()
                .build();
    }

    /// `mongosh` ships in the official image; a ping answers once the server accepts commands.
    static List<String> pingCommand() {
        return List.of("mongosh", "--quiet", "--eval", "db.adminCommand('ping').ok");
    }

    private static Probe ping(int periodSeconds, int failures) {
        return new ProbeBuilder()
                .withNewExec()
                .withCommand(pingCommand())
                .endExec()
                .withInitialDelaySeconds(5)
                .withPeriodSeconds(periodSeconds)
                .withTimeoutSeconds(5)
                .withFailureThreshold(failures)
                .build();
    }
}
