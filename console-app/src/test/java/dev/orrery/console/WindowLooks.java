package dev.orrery.console;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/// What the console's window tests do to look at the window and press its buttons, on the JavaFX thread where the
/// views change while a test waits.
public final class WindowLooks {

    private static final FxRobot ROBOT = new FxRobot();

    private WindowLooks() {}

    /// Looks on the JavaFX thread, waiting up to 10 s for it.
    public static <T> T onFx(Callable<T> look) {
        return onFx(look, Duration.ofSeconds(10));
    }

    /// Looks on the JavaFX thread, waiting up to `timeout` for it (a thread busy with many instances answers later).
    public static <T> T onFx(Callable<T> look, Duration timeout) {
        try {
            return WaitForAsyncUtils.asyncFx(look).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not look at the window", e);
        }
    }

    /// Presses the button the user sees. Table rows refresh and may hand a row's cells to another row while a
    /// pointer moves, so a simulated click can land on a neighbour's button; firing the visible, enabled button
    /// itself runs exactly the action its click would.
    public static void click(String query) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return onFx(() -> {
                ROBOT.lookup(query)
                        .match(n -> n.getScene() != null && !n.isDisabled())
                        .match(NodeQueryUtils.isVisible())
                        .queryAs(ButtonBase.class)
                        .fire();
                return true;
            });
        });
    }

    /// The text of the labelled node `query` finds, if there is one.
    public static Optional<String> text(String query) {
        return onFx(() -> ROBOT.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()));
    }

    /// Whether `query` finds a visible node.
    public static boolean present(String query) {
        return onFx(() -> ROBOT.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }
}
