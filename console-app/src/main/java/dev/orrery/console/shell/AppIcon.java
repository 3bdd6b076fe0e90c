package dev.orrery.console.shell;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;

/// The Orrery app icon, rendered from `assets/icons/orrery.svg` at the sizes a desktop asks for.
public final class AppIcon {

    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private AppIcon() {}

    /// The icon at this size (one of 16, 24, 32, 48, 64, 128, 256, 512).
    public static Image image(int size) {
        var resource = AppIcon.class.getResource("/dev/orrery/console/icons/orrery-" + size + ".png");
        if (resource == null) {
            throw new IllegalStateException("The console jar lacks its icon of size " + size
                    + ": rebuild it with ./mvnw -pl console-app package");
        }
        return new Image(resource.toExternalForm());
    }

    /// Every size, for a window's icon list.
    public static List<Image> all() {
        return Stream.of(16, 32, 48, 64, 128, 256).map(AppIcon::image).toList();
    }

    public static List<Integer> sizes() {
        return SIZES;
    }
}
