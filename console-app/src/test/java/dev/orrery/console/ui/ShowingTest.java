package dev.orrery.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShowingTest {

    private final StackPane window = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 300, 200));
        stage.show();
    }

    @Test
    void followsTheSceneAndTheVisibilityOfEveryParent(FxRobot robot) {
        var label = new Label("deep inside");
        var inner = new VBox(label);
        var view = new StackPane(inner);
        var seen = new ArrayList<Boolean>();

        robot.interact(() -> {
            Showing.of(label).subscribe(shown -> seen.add(shown));
            window.getChildren().add(view);
            view.setVisible(false);
            view.setVisible(true);
            inner.setVisible(false);
            inner.setVisible(true);
            window.getChildren().remove(view);
        });

        assertThat(seen).containsExactly(false, true, false, true, false, true, false);
    }

    @Test
    void watchesTheNewParentsOfANodeMovedElsewhere(FxRobot robot) {
        var label = new Label("moved");
        var first = new VBox(label);
        var second = new VBox();
        var showing = Showing.of(label);

        robot.interact(() -> {
            window.getChildren().addAll(first, second);
            second.getChildren().add(label);
            first.setVisible(false);
        });
        assertThat(showing.get()).as("the old parent hides").isTrue();

        robot.interact(() -> second.setVisible(false));
        assertThat(showing.get()).as("the new parent hides").isFalse();
    }
}
