package dev.orrery.console.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/// Remembers the commands the shell sent, for tests of the shell alone.
final class RecordingActions implements ShellActions {

    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void start(TopologyChoice topology) {
        calls.add("start " + topology.key());
    }

    @Override
    public void stop() {
        calls.add("stop");
    }

    @Override
    public void openTopology(Path file) {
        calls.add("open " + file);
    }

    @Override
    public void saveTopology(Path file) {
        calls.add("save " + file);
    }

    @Override
    public void resetData() {
        calls.add("reset");
    }

    @Override
    public void openDataFolder() {
        calls.add("data folder");
    }

    @Override
    public void openLogFolder() {
        calls.add("log folder");
    }
}
