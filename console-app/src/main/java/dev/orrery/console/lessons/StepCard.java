package dev.orrery.console.lessons;

import dev.orrery.console.ui.Icons;
import dev.orrery.console.ui.Tone;
import dev.orrery.console.ui.ToneBadge;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/// One step on the lesson page: its state and title, what to do, the button that does it, and what the check saw.
final class StepCard {

    private final ToneBadge badge = new ToneBadge();
    private final Label text = new Label();
    private final Button button = new Button();
    private final Label actionResult = hint();
    private final HBox actionRow = new HBox(button, actionResult);
    private final Label observation = hint();
    private final VBox node = new VBox(badge, text, actionRow, observation);

    StepCard(int index, IntConsumer act) {
        badge.getStyleClass().add("step-title");
        text.setWrapText(true);
        Icons.decorate(button, Feather.ZAP, "Do it on the live cluster");
        button.setOnAction(e -> act.accept(index));
        actionRow.getStyleClass().add("actions");
        node.getStyleClass().addAll("step", "lesson-step");
        node.setId("step-" + (index + 1));
    }

    Node node() {
        return node;
    }

    void show(StepItem step, Tone tone, boolean lessonRuns) {
        badge.show(tone, (step.index() + 1) + " · " + step.title());
        text.setText(step.text());
        var hasAction = !step.actionLabel().isEmpty();
        actionRow.setVisible(hasAction);
        actionRow.setManaged(hasAction);
        button.setText(step.actionLabel());
        button.setDisable(!lessonRuns || step.state() == StepState.LATER);
        actionResult.setText(step.actionResult());
        var seen = step.observation().isEmpty()
                ? ""
                : (step.state() == StepState.DONE ? "Confirmed: " : "Seen: ") + step.observation();
        observation.setText(seen);
        observation.setManaged(!seen.isEmpty());
    }

    private static Label hint() {
        var label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }
}
