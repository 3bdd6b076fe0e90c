package dev.orrery.console.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/// Puts the window where it was last time (if that is still on a screen) and remembers where it is now.
public final class WindowPlacement {

    private final ConsolePreferences preferences;

    public WindowPlacement(ConsolePreferences preferences) {
        this.preferences = preferences;
    }

    public void restore(Stage stage) {
        var bounds = preferences.window();
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        if (bounds.placed() && onSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
        stage.setOnHidden(e -> remember(stage));
    }

    private static boolean onSomeScreen(WindowBounds bounds) {
        var topLeft = new Rectangle2D(bounds.x(), bounds.y(), 80, 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(topLeft));
    }

    private void remember(Stage stage) {
        if (stage.isMaximized()) {
            var before = preferences.window();
            preferences.window(new WindowBounds(before.x(), before.y(), before.width(), before.height(), true));
            return;
        }

        preferences.window(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
    }
}
