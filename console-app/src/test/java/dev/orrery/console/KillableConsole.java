package dev.orrery.console;

import dev.orrery.console.shell.Console;
import dev.orrery.console.shell.ConsolePreferences;
import dev.orrery.console.shell.RuntimeAccess;
import dev.orrery.console.shell.TerminationSignal;
import dev.orrery.console.shell.TopologyChoice;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.event.ClusterEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/// The console in a JVM of its own, for tests that kill it: the real composition root and window (headless under
/// Monocle), starting the topology named on the command line as a click on Start does. Prints each cluster and
/// instance state change to standard output (`cluster RUNNING`, `instance database UP`) for the test to follow;
/// SIGTERM stops the cluster and exits 0, as closing the window does.
///
/// Arguments: data folder, topology file, preferences node.
public final class KillableConsole {

    private KillableConsole() {}

    public static void main(String[] args) {
        var runtime = RuntimeAccess.local(new DataFolder(Path.of(args[0])));
        if (!runtime.unavailable().isEmpty()) {
            System.out.println("unavailable " + runtime.unavailable());
            System.exit(2);
        }
        var preferences = new ConsolePreferences(Preferences.userRoot().node(args[2]));
        Platform.startup(() -> show(runtime, preferences, Path.of(args[1])));
    }

    private static void show(RuntimeAccess runtime, ConsolePreferences preferences, Path topology) {
        var stage = new Stage();
        var console = new Console(preferences, Duration.ofMillis(100), runtime, url -> {});
        var shell = console.shellView(stage);
        stage.setScene(new Scene(shell.load(), 1280, 800));
        stage.show();
        console.cluster().orElseThrow().subscribe(KillableConsole::print);
        TerminationSignal.onTerm(() -> {
            console.close();
            System.out.println("closed");
            System.exit(0);
        });
        var choice = new TopologyChoice("under-test", topology.toString());
        console.shellModel().topologies().add(choice);
        console.shellModel().topologyProperty().set(choice);
        console.menu().start();
        System.out.println("start requested");
    }

    private static void print(ClusterEvent event) {
        switch (event) {
            case ClusterEvent.ClusterStateChanged changed -> System.out.println("cluster " + changed.current());
            case ClusterEvent.InstanceStateChanged changed ->
                System.out.println("instance " + changed.instance() + " " + changed.current());
            default -> {}
        }
    }
}
