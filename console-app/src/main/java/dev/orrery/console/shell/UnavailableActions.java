package dev.orrery.console.shell;

import java.nio.file.Path;

/// The header's commands when this console has no runtime to drive: each one says why, instead of acting.
record UnavailableActions(ShellViewModel model, String reason) implements ShellActions {

    private void explain() {
        model.problemProperty().set(reason);
    }

    @Override
    public void start(TopologyChoice topology) {
        explain();
    }

    @Override
    public void stop() {
        explain();
    }

    @Override
    public void openTopology(Path file) {
        explain();
    }

    @Override
    public void saveTopology(Path file) {
        explain();
    }

    @Override
    public void resetData() {
        explain();
    }

    @Override
    public void openDataFolder() {
        explain();
    }

    @Override
    public void openLogFolder() {
        explain();
    }

    @Override
    public void attachToRunningCluster() {
        explain();
    }
}
