package dev.orrery.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orrery.runtime.token.Pem;
import dev.orrery.runtime.topology.ServiceLaunch;
import dev.orrery.runtime.topology.TopologyException;
import dev.orrery.runtime.topology.TopologyPresets;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Every preset exports to manifests that parse back into the typed model and keep the export's promises.
class KubernetesExportTest {

    private static final Map<String, ExportBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final ExportOptions OPTIONS = ExportOptions.defaults()
            .withImagePrefix("registry.example.com/orrery")
            .withMemory(MemoryFigures.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4"})
    void everyServiceHasADeploymentWithItsInstanceCountAndAService(String preset) throws Exception {
        var topology = TopologyPresets.load(preset);
        var objects = objects(new KubernetesExport(OPTIONS).export(topology));

        for (var service : topology.services()) {
            var deployment = named(objects, Deployment.class, service.id());
            assertThat(deployment.getSpec().getReplicas()).as(service.id()).isEqualTo(service.instances());
            assertThat(named(objects, Service.class, service.id()).getSpec().getSelector())
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            var builtin = (ServiceLaunch.Builtin) service.launch();
            assertThat(container(deployment).getImage())
                    .isEqualTo("registry.example.com/orrery/"
                            + builtin.service().serviceName() + ":" + OrreryVersion.current());
        }
        assertThat(objects)
                .filteredOn(o -> !(o instanceof Namespace))
                .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("orrery"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4"})
    void everyContainerHasActuatorProbesMemoryAndTheRecommendedLabels(String preset) throws Exception {
        var objects = objects(exported(preset));

        for (var deployment : all(objects, Deployment.class)) {
            var container = container(deployment);
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(container.getResources().getRequests()).containsKeys("memory", "cpu");
            assertThat(container.getResources().getLimits()).containsKey("memory");
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsKeys(
                            "app.kubernetes.io/name",
                            "app.kubernetes.io/instance",
                            "app.kubernetes.io/version",
                            "app.kubernetes.io/component",
                            "app.kubernetes.io/part-of",
                            "app.kubernetes.io/managed-by");
            assertThat(env(container)).containsEntry("SERVER_ADDRESS", "0.0.0.0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "3", "4"})
    void registryClientsFindTheRegistryByNameAndRegisterTheirPodAddress(String preset) throws Exception {
        var objects = objects(exported(preset));

        for (var name : List.of("gateway", "heroes-service", "threats-service")) {
            var env = env(container(named(objects, Deployment.class, name)));
            assertThat(env)
                    .containsEntry("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE", "http://registry:8761/eureka/")
                    .containsEntry("EUREKA_INSTANCE_PREFERIPADDRESS", "true")
                    .containsEntry("EUREKA_INSTANCE_IPADDRESS", "$(POD_IP)")
                    .containsEntry("ORRERY_INSTANCEID", name + ":$(POD_IP):" + port(name))
                    .doesNotContainValue("127.0.0.1");
            var podIp =
                    container(named(objects, Deployment.class, name)).getEnv().getFirst();
            assertThat(podIp.getName()).isEqualTo("POD_IP");
            assertThat(podIp.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("status.podIP");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "4"})
    void mongoStorageUsesAStatefulSetWithAVolumeClaim(String preset) throws Exception {
        var objects = objects(exported(preset));

        var mongo = named(objects, StatefulSet.class, "mongodb");
        assertThat(mongo.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getImage())
                .startsWith("mongo:");
        var claim = mongo.getSpec().getVolumeClaimTemplates().getFirst();
        assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage");
        assertThat(named(objects, Service.class, "mongodb").getSpec().getClusterIP())
                .isEqualTo("None");
        for (var name : List.of("heroes-service", "threats-service")) {
            assertThat(env(container(named(objects, Deployment.class, name))))
                    .containsEntry("ORRERY_STORAGE", "mongo")
                    .containsEntry("SPRING_MONGODB_URI", "mongodb://mongodb:27017/orrery");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void memoryStorageNeedsNoDatabase(String preset) throws Exception {
        var objects = objects(exported(preset));

        assertThat(all(objects, StatefulSet.class)).isEmpty();
        assertThat(all(objects, Secret.class)).isEmpty();
    }

    @Test
    void lessonOneFindsHeroesByItsServiceNameInsteadOfLoopback() throws Exception {
        var objects = objects(exported("1"));

        var threats = env(container(named(objects, Deployment.class, "threats-service")));
        assertThat(threats)
                .containsEntry("ORRERY_HEROES_URL", "http://heroes-service:8081")
                .containsEntry("EUREKA_CLIENT_ENABLED", "false");
    }

    @Test
    void tokensGetANewKeyPairInASecretMountedAsFiles() throws Exception {
        var bundle = exported("4");
        var objects = objects(bundle);

        var secret = named(objects, Secret.class, KubernetesExport.SECRET_NAME);
        var privatePem = decode(secret, "token-private.pem");
        var publicPem = decode(secret, "token-public.pem");
        assertThat(Pem.decodePrivate(privatePem)).isNotNull();
        assertThat(Pem.decodePublic(publicPem)).isNotNull();
        assertThat(decode(secret, "auth-users.json")).contains("pbkdf2-sha256$").contains("\"student\"");
        assertThat(all(objects, ConfigMap.class)).isEmpty();
        assertThat(bundle.files())
                .filteredOn(f -> f.content().contains(secret.getData().get("token-private.pem")))
                .allSatisfy(f -> assertThat(f.secret()).isTrue());

        var auth = container(named(objects, Deployment.class, "auth-service"));
        assertThat(env(auth))
                .containsEntry("ORRERY_SECURITY_ENABLED", "true")
                .containsEntry("ORRERY_SECURITY_PRIVATEKEYFILE", "/etc/orrery/keys/token-private.pem")
                .containsEntry("ORRERY_AUTH_USERSFILE", "/etc/orrery/keys/auth-users.json");
        assertThat(auth.getVolumeMounts())
                .extracting(m -> m.getSubPath())
                .containsExactlyInAnyOrder("token-public.pem", "token-private.pem", "auth-users.json");
        var heroes = container(named(objects, Deployment.class, "heroes-service"));
        assertThat(env(heroes))
                .containsEntry("ORRERY_SECURITY_PUBLICKEYFILE", "/etc/orrery/keys/token-public.pem")
                .doesNotContainKey("ORRERY_SECURITY_PRIVATEKEYFILE");
        assertThat(heroes.getVolumeMounts()).extracting(m -> m.getSubPath()).containsExactly("token-public.pem");
    }

    @Test
    void eachExportMakesItsOwnKeyPair() throws Exception {
        var topology = TopologyPresets.load("4");

        var first = named(objects(new KubernetesExport(OPTIONS).export(topology)), Secret.class, "orrery-token-keys");
        var second = named(objects(new KubernetesExport(OPTIONS).export(topology)), Secret.class, "orrery-token-keys");

        assertThat(first.getData().get("token-private.pem"))
                .isNotEqualTo(second.getData().get("token-private.pem"));
    }

    @Test
    void gatewayIsALoadBalancerUnlessAnIngressIsAsked() throws Exception {
        var topology = TopologyPresets.load("2");

        var plain = objects(new KubernetesExport(OPTIONS).export(topology));
        var withIngress = objects(new KubernetesExport(
                        OPTIONS.withIngress(new IngressChoice(Optional.of("orrery.example.com"), Optional.of("nginx"))))
                .export(topology));

        assertThat(named(plain, Service.class, "gateway").getSpec().getType()).isEqualTo("LoadBalancer");
        assertThat(all(plain, Ingress.class)).isEmpty();
        assertThat(named(withIngress, Service.class, "gateway").getSpec().getType())
                .isEqualTo("ClusterIP");
        var ingress = named(withIngress, Ingress.class, "gateway");
        assertThat(ingress.getSpec().getRules().getFirst().getHost()).isEqualTo("orrery.example.com");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
    }

    @Test
    void kustomizationListsEveryManifestButNoPasswords() throws Exception {
        var bundle = exported("4");

        @SuppressWarnings("unchecked")
        var kustomization = (Map<String, Object>) YamlDocuments.readAll(
                        bundle.file("kustomization.yaml").orElseThrow().content())
                .getFirst();
        var manifests = bundle.files().stream()
                .map(ExportedFile::path)
                .filter(p -> p.endsWith(".yaml") && !p.equals("kustomization.yaml"))
                .toList();
        assertThat(kustomization).containsEntry("namespace", "orrery");
        assertThat((List<Object>) kustomization.get("resources")).containsExactlyInAnyOrderElementsOf(manifests);
        assertThat(bundle.file(KubernetesExport.PASSWORDS_FILE).orElseThrow().secret())
                .isTrue();
    }

    /// One export per preset for the tests that only read it (hashing the users' passwords takes a moment).
    private static ExportBundle exported(String preset) {
        return BUNDLES.computeIfAbsent(preset, p -> {
            try {
                return new KubernetesExport(OPTIONS).export(TopologyPresets.load(p));
            } catch (TopologyException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static List<HasMetadata> objects(ExportBundle bundle) {
        var objects = new ArrayList<HasMetadata>();
        bundle.files().stream()
                .filter(f -> f.path().endsWith(".yaml") && !f.path().equals("kustomization.yaml"))
                .forEach(f -> objects.addAll(YamlDocuments.readKubernetes(f.content())));
        return objects;
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> type, String name) {
        return all(objects, type).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    private static Map<String, String> env(Container container) {
        return container.getEnv().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }

    private static int port(String name) {
        return switch (name) {
            case "gateway" -> 8080;
            case "heroes-service" -> 8081;
            default -> 8082;
        };
    }

    private static String decode(Secret secret, String key) {
        return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }
}
