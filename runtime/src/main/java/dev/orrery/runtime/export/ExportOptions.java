package dev.orrery.runtime.export;

import java.util.Optional;
import java.util.regex.Pattern;

/// What an export needs besides the topology.
///
/// @param imagePrefix where the sample services' images live, e.g. `registry.example.com/orrery`; the image of
///     heroes-service is then `registry.example.com/orrery/heroes-service:<tag>`
/// @param imageTag the images' tag, the project version unless asked otherwise
/// @param namespace the Kubernetes namespace of every object
/// @param ingressHost when present, the gateway is exposed through an Ingress (for this host; empty for any host)
///     instead of a Service of type LoadBalancer
/// @param memory the memory figures that size requests and limits
public record ExportOptions(
        String imagePrefix,
        String imageTag,
        String namespace,
        Optional<IngressChoice> ingressHost,
        MemoryFigures memory) {

    /// The prefix the `images` Maven profile pushes to unless told otherwise.
    public static final String DEFAULT_IMAGE_PREFIX = "localhost:5000/orrery";

    public static final String DEFAULT_NAMESPACE = "orrery";

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    public ExportOptions {
        imagePrefix = imagePrefix.endsWith("/") ? imagePrefix.substring(0, imagePrefix.length() - 1) : imagePrefix;
        if (imagePrefix.isBlank() || imagePrefix.contains(" ")) {
            throw new IllegalArgumentException("The image prefix '" + imagePrefix
                    + "' is not an image repository; give e.g. " + DEFAULT_IMAGE_PREFIX);
        }
        if (!DNS_LABEL.matcher(namespace).matches()) {
            throw new IllegalArgumentException("The namespace '" + namespace
                    + "' is not a Kubernetes name: use lower-case letters, digits and '-', at most 63 characters");
        }
    }

    /// The project's images in the default namespace, the gateway behind a LoadBalancer, the bundled figures.
    public static ExportOptions defaults() {
        return new ExportOptions(
                DEFAULT_IMAGE_PREFIX,
                OrreryVersion.current(),
                DEFAULT_NAMESPACE,
                Optional.empty(),
                MemoryFigures.bundled());
    }

    public ExportOptions withImagePrefix(String prefix) {
        return new ExportOptions(prefix, imageTag, namespace, ingressHost, memory);
    }

    public ExportOptions withImageTag(String tag) {
        return new ExportOptions(imagePrefix, tag, namespace, ingressHost, memory);
    }

    public ExportOptions withNamespace(String name) {
        return new ExportOptions(imagePrefix, imageTag, name, ingressHost, memory);
    }

    public ExportOptions withIngress(IngressChoice ingress) {
        return new ExportOptions(imagePrefix, imageTag, namespace, Optional.of(ingress), memory);
    }

    public ExportOptions withMemory(MemoryFigures figures) {
        return new ExportOptions(imagePrefix, imageTag, namespace, ingressHost, figures);
    }

    /// The image of one sample service.
    public String image(String serviceName) {
        return imagePrefix + "/" + serviceName + ":" + imageTag;
    }
}
