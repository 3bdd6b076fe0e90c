package dev.orrery.console.shell;

import dev.orrery.console.ui.Tone;

/// One complete state of the header and status bar, computed off the JavaFX thread and applied on it.
///
/// @param problem a problem the event behind this update raised, for the caller to show (an update may be replaced
///     by a newer one before it is applied; a problem must not be lost with it); empty when none
record ShellUpdate(
        ClusterPhase phase,
        boolean degraded,
        String clusterName,
        String progress,
        String health,
        Tone healthTone,
        int crashed,
        String database,
        String registry,
        String gateway,
        String memory,
        String problem) {

    void applyTo(ShellViewModel model) {
        model.phaseProperty().set(phase);
        model.degradedProperty().set(degraded);
        model.clusterNameProperty().set(clusterName);
        model.progressProperty().set(progress);
        model.healthProperty().set(health);
        model.healthToneProperty().set(healthTone);
        model.crashedProperty().set(crashed);
        model.databaseProperty().set(database);
        model.registryAddressProperty().set(registry);
        model.gatewayAddressProperty().set(gateway);
        model.memoryProperty().set(memory);
    }
}
