package dev.orrery.runtime.export;

import java.util.Optional;

/// Exposing the gateway through an Ingress rather than a LoadBalancer Service.
///
/// @param host the host name the Ingress answers for; empty means any host
/// @param className the cluster's Ingress class (e.g. `nginx`); empty means the cluster's default class
public record IngressChoice(Optional<String> host, Optional<String> className) {

    public static IngressChoice anyHost() {
        return new IngressChoice(Optional.empty(), Optional.empty());
    }
}
