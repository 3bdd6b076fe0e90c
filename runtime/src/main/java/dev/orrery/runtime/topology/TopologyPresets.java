package dev.orrery.runtime.topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/// The lesson presets shipped in the runtime jar under `/topologies/` (copied from `assets/topologies/`).
public final class TopologyPresets {

    /// The presets in lesson order.
    public static final List<String> NAMES =
            List.of("1-two-services.yaml", "2-registry-gateway.yaml", "3-shared-database.yaml", "4-tokens.yaml");

    /// The preset started when the user names none.
    public static final String DEFAULT = "4-tokens.yaml";

    private TopologyPresets() {}

    /// Loads a preset by file name (`4-tokens.yaml`) or lesson number (`4`).
    ///
    /// @throws IllegalArgumentException for an unknown preset, listing the known ones
    public static Topology load(String name) throws TopologyException {
        return new TopologyParser().parse(text(name), resolve(name));
    }

    /// The preset's YAML, comments included, e.g. to show a learner or to save as a starting point.
    public static String text(String name) {
        var file = resolve(name);
        try (InputStream in = TopologyPresets.class.getResourceAsStream("/topologies/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The preset " + file + " is missing from the runtime jar; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the preset " + file, e);
        }
    }

    /// `1 to 4`: the shorthand for the presets, from their names' leading numbers.
    private static String lessonNumbers() {
        return NAMES.getFirst().substring(0, NAMES.getFirst().indexOf('-')) + " to "
                + NAMES.getLast().substring(0, NAMES.getLast().indexOf('-'));
    }

    private static String resolve(String name) {
        var choices = "use a lesson number, " + lessonNumbers() + ", or one of " + String.join(", ", NAMES);
        return NAMES.stream()
                .filter(n -> n.equals(name) || n.startsWith(name + "-") || n.equals(name + ".yaml"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown preset '" + name + "' — " + choices));
    }
}
