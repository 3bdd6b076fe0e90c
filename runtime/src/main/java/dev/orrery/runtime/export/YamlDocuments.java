package dev.orrery.runtime.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/// Writes typed objects as YAML documents and reads them back: a Kubernetes object becomes a tree of maps and lists
/// through Jackson (which knows the model's field names), a Compose file is such a tree already, and SnakeYAML
/// Engine writes the tree in block style.
public final class YamlDocuments {

    /// Jackson 3, which the Kubernetes model's own (de)serializers are written for.
    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_EMPTY)
                    .withContentInclusion(JsonInclude.Include.NON_EMPTY))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final int WIDTH = 120;
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Namespace", Namespace.class,
            "Secret", Secret.class,
            "ConfigMap", ConfigMap.class,
            "Service", Service.class,
            "Deployment", Deployment.class,
            "StatefulSet", StatefulSet.class,
            "Ingress", Ingress.class);

    private YamlDocuments() {}

    /// One YAML document per object, separated by `---`.
    public static String write(List<?> objects) {
        var dump = new Dump(DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setWidth(WIDTH)
                .setSplitLines(false)
                .build());
        var documents = objects.stream().map(o -> dump.dumpToString(tree(o))).toList();
        return String.join("---\n", documents);
    }

    /// The objects of a multi-document YAML text as the Kubernetes model's types, by `kind`.
    ///
    /// @throws IllegalArgumentException when a document is not a Kubernetes object
    public static List<HasMetadata> readKubernetes(String yaml) {
        var objects = new ArrayList<HasMetadata>();
        for (var document : readAll(yaml)) {
            var kind = document instanceof Map<?, ?> map ? String.valueOf(map.get("kind")) : "";
            var type = KINDS.get(kind);
            if (type == null) {
                throw new IllegalArgumentException(
                        "Not a Kubernetes object of a kind an export writes (" + KINDS.keySet() + "): kind " + kind);
            }
            objects.add(JSON.convertValue(document, type));
        }
        return objects;
    }

    /// Every document of a YAML text as plain maps, lists and scalars.
    public static List<Object> readAll(String yaml) {
        var load = new Load(LoadSettings.builder().build());
        return StreamSupport.stream(load.loadAllFromString(yaml).spliterator(), false)
                .filter(d -> d != null)
                .toList();
    }

    /// Maps and lists are written as they are (an empty map stays, as Compose needs for a volume); any other
    /// object goes through Jackson, leaving out empty fields as `kubectl` does.
    private static Object tree(Object object) {
        if (object instanceof Map<?, ?> || object instanceof List<?>) {
            return object;
        }
        return JSON.convertValue(object, LinkedHashMap.class);
    }
}
