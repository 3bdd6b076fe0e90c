/// Carries a topology beyond one machine: Kubernetes manifests (with a kustomization) and a Docker Compose file, built
/// as typed objects and written as YAML, with a token key pair made for the export.
@NullMarked
package dev.orrery.runtime.export;

import org.jspecify.annotations.NullMarked;
