package dev.orrery.console.ui;

import dev.orrery.runtime.supervisor.InstanceState;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/// The one colour (and icon) each kind of state gets everywhere in the console: tables, graphs, badges, logs.
///
/// The colours themselves live in the stylesheet under the style class; the icon makes sure a state is never told
/// by colour alone.
public enum Tone {
    /// Running and healthy (UP).
    GOOD("tone-good", Feather.CHECK_CIRCLE),
    /// On the way somewhere (STARTING, STOPPING).
    BUSY("tone-busy", Feather.LOADER),
    /// Running but failing its checks (UNHEALTHY, registry DOWN or OUT_OF_SERVICE).
    WARN("tone-warn", Feather.ALERT_TRIANGLE),
    /// Ended without being asked to (CRASHED), or a failed request.
    BAD("tone-bad", Feather.X_OCTAGON),
    /// Not running (STOPPED) or not known.
    IDLE("tone-idle", Feather.MINUS_CIRCLE);

    private final String styleClass;
    private final Ikon icon;

    Tone(String styleClass, Ikon icon) {
        this.styleClass = styleClass;
        this.icon = icon;
    }

    public String styleClass() {
        return styleClass;
    }

    public Ikon icon() {
        return icon;
    }

    /// The tone of an instance's state, the same in the Cluster table and on the Timeline.
    public static Tone of(InstanceState state) {
        return switch (state) {
            case UP -> GOOD;
            case STARTING, STOPPING -> BUSY;
            case UNHEALTHY -> WARN;
            case CRASHED -> BAD;
            case STOPPED -> IDLE;
        };
    }

    /// Every tone's style class, to remove before adding the current one.
    public static java.util.List<String> allStyleClasses() {
        return java.util.Arrays.stream(values()).map(Tone::styleClass).toList();
    }
}
