package dev.orrery.console.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/// The one way the console asks before it does something that cannot be undone (stopping a cluster, deleting its
/// data): a dialog that says exactly what will happen, with Cancel as the default button so that Enter or Escape
/// changes nothing (unless the user already asked for it, see [#proceedByDefault()]).
public final class Confirmation {

    private final Alert alert;
    private final ButtonType proceed;

    /// @param header the question, e.g. "Stop the cluster?"
    /// @param text what will happen, said concretely
    /// @param proceedLabel the button that does it, e.g. "Stop it and start the lesson"
    public Confirmation(@Nullable Window owner, String header, String text, String proceedLabel) {
        proceed = new ButtonType(proceedLabel, ButtonBar.ButtonData.OK_DONE);
        alert = new Alert(Alert.AlertType.CONFIRMATION, "", proceed, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setId("confirmation");
        ((Button) alert.getDialogPane().lookupButton(proceed)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    }

    /// Makes the button that proceeds the default one, for a question whose expected answer is yes: quitting
    /// asks "Stop the cluster and quit" with that as the default, since the user already chose to close.
    public Confirmation proceedByDefault() {
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(proceed)).setDefaultButton(true);
        return this;
    }

    /// Shows the dialog and waits: true when the user chose to proceed.
    public boolean ask() {
        return alert.showAndWait().filter(proceed::equals).isPresent();
    }

    /// The dialog, for a test that wants to look at it.
    public Alert alert() {
        return alert;
    }
}
