package dev.orrery.console.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryLayoutTest {

    private final RegistryLayout layout = new RegistryLayout();

    @Test
    void addingAnInstanceMovesNoOtherNode() {
        layout.update(cluster(List.of("h1", "h2"), List.of("t1", "t2")));
        var h1 = layout.instance("HEROES", "h1");
        var h2 = layout.instance("HEROES", "h2");
        var t1 = layout.instance("THREATS", "t1");
        var heroes = layout.application("HEROES");

        layout.update(cluster(List.of("h1", "h2", "h3"), List.of("t1", "t2")));

        assertThat(layout.instance("HEROES", "h1")).isEqualTo(h1);
        assertThat(layout.instance("HEROES", "h2")).isEqualTo(h2);
        assertThat(layout.instance("THREATS", "t1")).isEqualTo(t1);
        assertThat(layout.application("HEROES")).isEqualTo(heroes);
        assertThat(layout.instance("HEROES", "h3")).isNotIn(h1, h2, t1);
    }

    @Test
    void removingAnInstanceMovesNoOtherNodeAndANewOneTakesTheFreedPlace() {
        layout.update(cluster(List.of("h1", "h2", "h3"), List.of("t1")));
        var h2 = layout.instance("HEROES", "h2");
        var h3 = layout.instance("HEROES", "h3");

        layout.update(cluster(List.of("h1", "h3"), List.of("t1")));
        assertThat(layout.instance("HEROES", "h3")).isEqualTo(h3);

        layout.update(cluster(List.of("h1", "h3", "h4"), List.of("t1")));
        assertThat(layout.instance("HEROES", "h4")).isEqualTo(h2);
    }

    @Test
    void applicationsSitApartAroundTheRegistry() {
        var apps = new LinkedHashMap<String, List<String>>();
        for (var app : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I")) {
            apps.put(app, List.of(app + "1"));
        }
        layout.update(apps);

        var positions = apps.keySet().stream().map(layout::application).toList();
        for (var a : positions) {
            assertThat(a.distance(layout.registry())).isGreaterThan(200);
            assertThat(positions.stream().filter(b -> b != a && b.distance(a) < 150))
                    .isEmpty();
        }
    }

    @Test
    void instanceBoxesOfOneApplicationNeverOverlapWhateverSideItSitsOn() {
        var apps = new LinkedHashMap<String, List<String>>();
        for (var app : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            apps.put(app, List.of(app + "1", app + "2", app + "3", app + "4", app + "5", app + "6"));
        }
        layout.update(apps);

        apps.forEach((app, keys) -> {
            var boxes = keys.stream().map(key -> layout.instance(app, key)).toList();
            for (var a : boxes) {
                // An instance box is at most about 240 wide and 40 high.
                assertThat(boxes.stream()
                                .filter(b -> b != a)
                                .filter(b -> Math.abs(b.getX() - a.getX()) < 240 && Math.abs(b.getY() - a.getY()) < 40))
                        .as("boxes overlapping %s of %s", a, app)
                        .isEmpty();
            }
        });
    }

    private static Map<String, List<String>> cluster(List<String> heroes, List<String> threats) {
        var apps = new LinkedHashMap<String, List<String>>();
        apps.put("HEROES", heroes);
        apps.put("THREATS", threats);
        return apps;
    }
}
