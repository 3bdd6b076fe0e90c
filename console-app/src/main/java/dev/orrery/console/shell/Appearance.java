package dev.orrery.console.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/// The theme (light or dark) and presentation mode (larger fonts for classrooms) of the whole window.
///
/// The AtlantaFX theme is the user-agent stylesheet; the console's own stylesheet reads the `dark` and
/// `presentation` style classes on the scene's root to pick state colours and font sizes.
public final class Appearance {

    static final String STYLESHEET = "/dev/orrery/console/css/orrery.css";

    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty presentation = new SimpleBooleanProperty();

    public Appearance(ConsolePreferences preferences) {
        dark.set(preferences.darkTheme());
        presentation.set(preferences.presentationMode());
        dark.addListener((obs, was, now) -> preferences.darkTheme(now));
        presentation.addListener((obs, was, now) -> preferences.presentationMode(now));
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /// Styles this root now and whenever the theme or mode changes.
    public void applyTo(Parent root) {
        var css = Appearance.class.getResource(STYLESHEET);
        if (css != null) {
            root.getStylesheets().add(css.toExternalForm());
        }
        root.getStyleClass().add("orrery");
        dark.subscribe(on -> applyTheme(root, on));
        presentation.subscribe(on -> toggleClass(root, "presentation", on));
    }

    private static void applyTheme(Parent root, boolean on) {
        var theme = on ? new PrimerDark() : new PrimerLight();
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
        toggleClass(root, "dark", on);
    }

    private static void toggleClass(Parent root, String styleClass, boolean on) {
        root.getStyleClass().remove(styleClass);
        if (on) {
            root.getStyleClass().add(styleClass);
        }
    }
}
