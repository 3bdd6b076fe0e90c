package dev.orrery.runtime.export;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import java.util.List;
import java.util.Optional;

/// A Deployment and a Service per workload; the gateway's Service is a LoadBalancer, or sits behind an Ingress.
final class KubernetesWorkloads {

    /// The port the gateway answers on outside the cluster.
    static final int PUBLIC_PORT = 80;

    private final KubernetesLabels labels;
    private final PodTemplates pods;
    private final Optional<IngressChoice> ingress;

    KubernetesWorkloads(KubernetesLabels labels, PodTemplates pods, Optional<IngressChoice> ingress) {
        this.labels = labels;
        this.pods = pods;
        this.ingress = ingress;
    }

    /// The Deployment and Service of a workload, and the gateway's Ingress when asked for.
    List<HasMetadata> objects(Workload workload) {
        var deployment = deployment(workload);
        var service = service(workload);
        if (workload.role() == WorkloadRole.GATEWAY && ingress.isPresent()) {
            return List.of(deployment, service, ingress(workload, ingress.get()));
        }
        return List.of(deployment, service);
    }

    private Deployment deployment(Workload workload) {
        var all = labels.of(workload.name(), workload.role());
        return new DeploymentBuilder()
                .withNewMetadata()
                .withName(workload.name())
                .withLabels(all)
                .endMetadata()
                .withNewSpec()
                .withReplicas(workload.replicas())
                .withNewSelector()
                .withMatchLabels(labels.selector(workload.name()))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(all)
                .endMetadata()
                .withSpec(pods.pod(workload))
                .endTemplate()
                .endSpec()
                .build();
    }

    private Service service(Workload workload) {
        var exposed = workload.role() == WorkloadRole.GATEWAY && ingress.isEmpty();
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(workload.name())
                .withLabels(labels.of(workload.name(), workload.role()))
                .endMetadata()
                .withNewSpec()
                .withType(exposed ? "LoadBalancer" : "ClusterIP")
                .withSelector(labels.selector(workload.name()))
                .addNewPort()
                .withName(PodTemplates.PORT_NAME)
                .withPort(exposed ? PUBLIC_PORT : workload.port())
                .withTargetPort(new IntOrString(PodTemplates.PORT_NAME))
                .withProtocol("TCP")
                .endPort()
                .endSpec()
                .build();
    }

    private Ingress ingress(Workload gateway, IngressChoice choice) {
        var rule = new IngressRuleBuilder()
                .withNewHttp()
                .addNewPath()
                .withPath("/")
                .withPathType("Prefix")
                .withNewBackend()
                .withNewService()
                .withName(gateway.name())
                .withNewPort()
                .withName(PodTemplates.PORT_NAME)
                .endPort()
                .endService()
                .endBackend()
                .endPath()
                .endHttp();
        choice.host().ifPresent(rule::withHost);
        var spec = new IngressBuilder()
                .withNewMetadata()
                .withName(gateway.name())
                .withLabels(labels.of(gateway.name(), gateway.role()))
                .endMetadata()
                .withNewSpec()
                .withRules(rule.build());
        choice.className().ifPresent(spec::withIngressClassName);
        return spec.endSpec().build();
    }
}
