/// The Cluster menu's exports: a preview of the Kubernetes manifests or the Compose file for the selected topology,
/// written to a folder of the user's choice.
@NullMarked
package dev.orrery.console.export;

import org.jspecify.annotations.NullMarked;
