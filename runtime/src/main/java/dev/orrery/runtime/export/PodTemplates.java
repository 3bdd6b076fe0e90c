package dev.orrery.runtime.export;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// The pod of one workload: its container with environment, probes, resources, security context and key files.
final class PodTemplates {

    static final String PORT_NAME = "http";
    static final String KEYS_VOLUME = "token-keys";
    static final String POD_IP = "POD_IP";
    /// A user id that exists in no image: the sample services need no account of their own.
    static final long UNPRIVILEGED_USER = 65532L;
    private static final int OWNER_READ = 0400;
    private static final int ALL_READ = 0444;

    private final String secretName;

    PodTemplates(String secretName) {
        this.secretName = secretName;
    }

    PodSpec pod(Workload workload) {
        var pod = new PodSpecBuilder().withContainers(container(workload));
        if (!workload.keys().isEmpty()) {
            pod.withVolumes(keysVolume(workload));
        }
        return pod.build();
    }

    private Container container(Workload workload) {
        return new ContainerBuilder()
                .withName(workload.name())
                .withImage(workload.image())
                .withImagePullPolicy("IfNotPresent")
                .addNewPort()
                .withName(PORT_NAME)
                .withContainerPort(workload.port())
                .withProtocol("TCP")
                .endPort()
                .withEnv(environment(workload))
                .withStartupProbe(probe(workload, HealthCheck.Actuator.LIVENESS, 5, 30))
                .withLivenessProbe(probe(workload, HealthCheck.Actuator.LIVENESS, 10, 3))
                .withReadinessProbe(probe(workload, HealthCheck.Actuator.READINESS, 5, 2))
                .withResources(new ResourceRequirementsBuilder()
                        .withRequests(Map.of(
                                "memory", new Quantity(workload.memory().request()), "cpu", new Quantity("100m")))
                        .withLimits(
                                Map.of("memory", new Quantity(workload.memory().limit())))
                        .build())
                .withSecurityContext(securityContext(workload))
                .withVolumeMounts(mounts(workload))
                .build();
    }

    /// The workload's variables; a registry client also learns its pod's IP, which it registers under and which
    /// makes its instance id unique among the replicas.
    private static List<EnvVar> environment(Workload workload) {
        var env = new ArrayList<EnvVar>();
        if (workload.discoveryClient()) {
            env.add(new EnvVarBuilder()
                    .withName(POD_IP)
                    .withNewValueFrom()
                    .withNewFieldRef()
                    .withFieldPath("status.podIP")
                    .endFieldRef()
                    .endValueFrom()
                    .build());
        }
        workload.environment().forEach((name, value) -> env.add(new EnvVar(name, value, null)));
        if (workload.discoveryClient()) {
            var ip = "$(" + POD_IP + ")";
            env.add(new EnvVar(SpringEnvironment.variable("eureka.instance.ip-address"), ip, null));
            env.add(new EnvVar(
                    SpringEnvironment.variable("orrery.instance-id"),
                    workload.name() + ":" + ip + ":" + workload.port(),
                    null));
        }
        return env;
    }

    private static Probe probe(Workload workload, String actuatorPath, int periodSeconds, int failures) {
        var probe = new ProbeBuilder().withPeriodSeconds(periodSeconds).withFailureThreshold(failures);
        var port = new IntOrString(PORT_NAME);
        return switch (workload.health()) {
            case HealthCheck.Actuator _ ->
                probe.withNewHttpGet()
                        .withPath(actuatorPath)
                        .withPort(port)
                        .endHttpGet()
                        .build();
            case HealthCheck.HttpPath(var path) ->
                probe.withNewHttpGet()
                        .withPath(path)
                        .withPort(port)
                        .endHttpGet()
                        .build();
            case HealthCheck.PortOpen _ ->
                probe.withNewTcpSocket().withPort(port).endTcpSocket().build();
        };
    }

    /// Unprivileged, except for a service that reads owner-only key files: a Secret's files belong to root, and the
    /// auth-service accepts them only when they belong to the user running it.
    private static SecurityContext securityContext(Workload workload) {
        var context = new SecurityContextBuilder().withAllowPrivilegeEscalation(false);
        if (workload.role() == WorkloadRole.PROGRAM) {
            return context.build();
        }
        if (workload.readsOwnerOnlyFiles()) {
            return context.withRunAsUser(0L).build();
        }
        return context.withRunAsNonRoot(true).withRunAsUser(UNPRIVILEGED_USER).build();
    }

    /// One mount per file (`subPath`), so that each is a plain file rather than a link into the Secret's folder.
    private static List<VolumeMount> mounts(Workload workload) {
        return workload.keys().stream()
                .map(key -> new VolumeMountBuilder()
                        .withName(KEYS_VOLUME)
                        .withMountPath(key.path())
                        .withSubPath(key.fileName())
                        .withReadOnly(true)
                        .build())
                .toList();
    }

    private Volume keysVolume(Workload workload) {
        var items = workload.keys().stream()
                .map(key -> new KeyToPathBuilder()
                        .withKey(key.fileName())
                        .withPath(key.fileName())
                        .withMode(key.ownerOnly() ? OWNER_READ : ALL_READ)
                        .build())
                .toList();
        return new VolumeBuilder()
                .withName(KEYS_VOLUME)
                .withNewSecret()
                .withSecretName(secretName)
                .withDefaultMode(OWNER_READ)
                .withItems(items)
                .endSecret()
                .build();
    }
}
