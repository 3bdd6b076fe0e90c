package dev.orrery.console.shell;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// What the console remembers between runs: window bounds, theme, presentation mode, last topology and view.
///
/// Backed by `java.util.prefs`, which keeps values in memory and writes them to disk on its own background
/// thread, so reading and writing here never blocks the JavaFX thread on disk.
public final class ConsolePreferences {

    private static final Logger LOG = LoggerFactory.getLogger(ConsolePreferences.class);

    private final Preferences node;

    private final boolean throwaway;

    public ConsolePreferences(Preferences node) {
        this(node, false);
    }

    private ConsolePreferences(Preferences node, boolean throwaway) {
        this.node = node;
        this.throwaway = throwaway;
    }

    /// The current user's preferences of the console.
    public static ConsolePreferences forUser() {
        return new ConsolePreferences(Preferences.userRoot().node("dev/orrery/console"));
    }

    /// Preferences that start empty and are forgotten by [#flush()]: the self-test's, so that a check of the
    /// installation leaves the user's last view, topology and lesson progress as they were.
    public static ConsolePreferences throwaway() {
        var node = Preferences.userRoot().node("dev/orrery/console-self-test/" + java.util.UUID.randomUUID());
        return new ConsolePreferences(node, true);
    }

    /// Where the lessons keep the learner's progress (below the console's own preferences).
    public Preferences lessons() {
        return node.node("lessons");
    }

    public WindowBounds window() {
        var standard = WindowBounds.standard();
        return new WindowBounds(
                node.getDouble("window.x", standard.x()),
                node.getDouble("window.y", standard.y()),
                node.getDouble("window.width", standard.width()),
                node.getDouble("window.height", standard.height()),
                node.getBoolean("window.maximized", false));
    }

    public void window(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void darkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    public boolean presentationMode() {
        return node.getBoolean("presentation", false);
    }

    public void presentationMode(boolean on) {
        node.putBoolean("presentation", on);
    }

    /// The topology last started: a preset's name or a file path.
    public Optional<String> lastTopology() {
        return Optional.ofNullable(node.get("topology.last", null)).filter(s -> !s.isBlank());
    }

    public void lastTopology(String topology) {
        node.put("topology.last", topology);
    }

    public ViewId lastView() {
        var name = node.get("view.last", ViewId.CLUSTER.name());
        try {
            return ViewId.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ViewId.CLUSTER;
        }
    }

    public void lastView(ViewId view) {
        node.put("view.last", view.name());
    }

    /// Writes the values to disk now; call off the JavaFX thread (on exit).
    public void flush() {
        try {
            if (throwaway) {
                var parent = node.parent();
                node.removeNode();
                parent.flush();
                return;
            }
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the console's preferences; they will be lost at exit", e);
        }
    }
}
