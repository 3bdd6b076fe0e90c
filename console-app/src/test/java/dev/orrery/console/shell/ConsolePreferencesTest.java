package dev.orrery.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsolePreferencesTest {

    private final Preferences node = Preferences.userRoot().node("dev/orrery/console-test/" + UUID.randomUUID());
    private final ConsolePreferences preferences = new ConsolePreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void startsWithTheStandardWindowAndLightTheme() {
        assertThat(preferences.window()).isEqualTo(WindowBounds.standard());
        assertThat(preferences.window().placed()).isFalse();
        assertThat(preferences.darkTheme()).isFalse();
        assertThat(preferences.lastTopology()).isEmpty();
        assertThat(preferences.lastView()).isEqualTo(ViewId.CLUSTER);
    }

    @Test
    void remembersWindowThemeModeTopologyAndView() {
        preferences.window(new WindowBounds(10, 20, 1400, 900, true));
        preferences.darkTheme(true);
        preferences.presentationMode(true);
        preferences.lastTopology("/home/teacher/class.yaml");
        preferences.lastView(ViewId.ROUTING);

        var again = new ConsolePreferences(node);

        assertThat(again.window()).isEqualTo(new WindowBounds(10, 20, 1400, 900, true));
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.presentationMode()).isTrue();
        assertThat(again.lastTopology()).contains("/home/teacher/class.yaml");
        assertThat(again.lastView()).isEqualTo(ViewId.ROUTING);
    }

    @Test
    void neverMakesTheWindowSmallerThanItsMinimum() {
        preferences.window(new WindowBounds(0, 0, 100, 50, false));

        assertThat(preferences.window().width()).isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(preferences.window().height()).isEqualTo(WindowBounds.MIN_HEIGHT);
    }

    @Test
    void theSelfTestsPreferencesAreForgottenAndLeaveTheUsersAlone() throws BackingStoreException {
        var selfTest = ConsolePreferences.throwaway();
        selfTest.lastView(ViewId.TIMELINE);
        selfTest.lessons().putInt("lesson-1.steps", 2);
        assertThat(selfTest.lastView()).isEqualTo(ViewId.TIMELINE);

        selfTest.flush();

        var left = Preferences.userRoot().node("dev/orrery/console-self-test").childrenNames();
        assertThat(left).isEmpty();
        assertThat(preferences.lastView()).isEqualTo(ViewId.CLUSTER);
    }

    @Test
    void lessonProgressLivesBelowTheConsolesPreferences() throws BackingStoreException {
        preferences.lessons().putInt("lesson-2.steps", 1);

        assertThat(node.nodeExists("lessons")).isTrue();
        assertThat(node.node("lessons").getInt("lesson-2.steps", 0)).isEqualTo(1);
    }
}
