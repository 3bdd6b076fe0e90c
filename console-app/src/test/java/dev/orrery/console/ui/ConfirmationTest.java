package dev.orrery.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConfirmationTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void enterCancelsADestructiveStep(FxRobot robot) throws Exception {
        var confirmation = onFx(() -> new Confirmation(null, "Delete?", "The data goes.", "Delete"));

        assertThat(defaultButtonText(robot, confirmation)).isEqualTo("Cancel");
    }

    @Test
    void quittingProceedsOnEnterBecauseTheUserAlreadyChoseToClose(FxRobot robot) throws Exception {
        var confirmation =
                onFx(() -> new Confirmation(null, "Still running", "Closing stops it.", "Stop the cluster and quit")
                        .proceedByDefault());

        assertThat(defaultButtonText(robot, confirmation)).isEqualTo("Stop the cluster and quit");
    }

    private static Confirmation onFx(Callable<Confirmation> make) throws Exception {
        return WaitForAsyncUtils.asyncFx(make).get(10, TimeUnit.SECONDS);
    }

    private static String defaultButtonText(FxRobot robot, Confirmation confirmation) {
        var pane = confirmation.alert().getDialogPane();
        return pane.getButtonTypes().stream()
                .map(type -> (Button) pane.lookupButton(type))
                .filter(Button::isDefaultButton)
                .map(Button::getText)
                .findFirst()
                .orElse("none");
    }
}
