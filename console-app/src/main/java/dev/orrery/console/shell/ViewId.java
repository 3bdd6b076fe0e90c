package dev.orrery.console.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/// The views of the side bar, in their order, each with its icon, shortcut and screenshot name.
public enum ViewId {
    CLUSTER("Cluster", Feather.GRID, KeyCode.DIGIT1, "cluster"),
    REGISTRY("Registry", Feather.TARGET, KeyCode.DIGIT2, "registry"),
    ROUTING("Routing", Feather.SHUFFLE, KeyCode.DIGIT3, "routing"),
    LOGS("Logs", Feather.ALIGN_LEFT, KeyCode.DIGIT4, "logs"),
    TOKENS("Tokens", Feather.KEY, KeyCode.DIGIT5, "tokens"),
    REQUESTS("Requests", Feather.SEND, KeyCode.DIGIT6, "requests"),
    DATA("Data", Feather.DATABASE, KeyCode.DIGIT7, "data"),
    LESSONS("Lessons", Feather.BOOK_OPEN, KeyCode.DIGIT8, "lessons"),
    TIMELINE("Timeline", Feather.CLOCK, KeyCode.DIGIT9, "timeline");

    private final String title;
    private final Ikon icon;
    private final KeyCode key;
    private final String fileName;

    ViewId(String title, Ikon icon, KeyCode key, String fileName) {
        this.title = title;
        this.icon = icon;
        this.key = key;
        this.fileName = fileName;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /// Ctrl+1 … Ctrl+9 in side-bar order.
    public KeyCombination shortcut() {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /// The base name of this view's screenshot, e.g. `cluster` for `cluster.png`.
    public String fileName() {
        return fileName;
    }
}
