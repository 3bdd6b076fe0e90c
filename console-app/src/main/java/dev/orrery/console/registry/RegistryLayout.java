package dev.orrery.console.registry;

import dev.orrery.console.graph.StableSlots;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;

/// Places the registry in the middle, applications around it and each application's instances beyond it.
///
/// Every application and instance keeps its slot while it is present, so adding or removing one instance never
/// moves the others. Applications fill the compass first (right, left, bottom, top), then the diagonals, then an
/// outer ring.
public final class RegistryLayout {

    private static final double[] SECTOR_DEGREES = {0, 180, 90, 270, 45, 225, 135, 315};
    private static final double APP_RADIUS = 220;
    private static final double RING_STEP = 260;
    private static final double INSTANCE_DISTANCE = 110;
    private static final int INSTANCES_PER_ROW = 5;

    private final StableSlots applications = new StableSlots();
    private final Map<String, StableSlots> instances = new HashMap<>();

    /// Updates the slots for the applications and their instances present now.
    ///
    /// @param present application name → its instance keys, in the registry's order
    public void update(Map<String, List<String>> present) {
        applications.update(List.copyOf(present.keySet()));
        instances.keySet().retainAll(present.keySet());
        present.forEach((app, keys) ->
                instances.computeIfAbsent(app, a -> new StableSlots()).update(keys));
    }

    public Point2D registry() {
        return Point2D.ZERO;
    }

    public Point2D application(String app) {
        var out = direction(app);
        // Boxes are wide: leave more room where they sit side by side horizontally.
        return Point2D.ZERO.add(out.multiply(radius(app) + 90 * Math.abs(out.getX())));
    }

    public Point2D instance(String app, String key) {
        var slot = Math.max(0, instances.getOrDefault(app, new StableSlots()).slot(key));
        var out = direction(app);
        var across = new Point2D(-out.getY(), out.getX());
        var row = slot / INSTANCES_PER_ROW;
        var column = slot % INSTANCES_PER_ROW;
        var offset = (column + 1) / 2 * (column % 2 == 0 ? -1 : 1);
        // Boxes are wider than high (about 240 wide with a long lease line): where they sit side by side, leave a box
        // width and a gap between their centres.
        var spacing = 66 * Math.abs(out.getX()) + 270 * Math.abs(out.getY());
        var depth = INSTANCE_DISTANCE
                + 110 * Math.abs(out.getX())
                + row * (260 * Math.abs(out.getX()) + 70 * Math.abs(out.getY()));
        return application(app).add(out.multiply(depth)).add(across.multiply(offset * spacing));
    }

    private Point2D direction(String app) {
        var slot = Math.max(0, applications.slot(app));
        var ring = slot / SECTOR_DEGREES.length;
        var degrees = SECTOR_DEGREES[slot % SECTOR_DEGREES.length] + ring * 22.5;
        var radians = Math.toRadians(degrees);
        return new Point2D(Math.cos(radians), Math.sin(radians));
    }

    private double radius(String app) {
        var ring = Math.max(0, applications.slot(app)) / SECTOR_DEGREES.length;
        return APP_RADIUS + ring * RING_STEP;
    }
}
