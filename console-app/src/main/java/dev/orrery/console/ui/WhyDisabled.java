package dev.orrery.console.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;

/// Disables a button while there is a reason and lets its tooltip say that reason.
///
/// A disabled control receives no mouse events and so shows no tooltip; the tooltip is therefore installed on a
/// host node around the button, which keeps receiving them.
public final class WhyDisabled {

    private WhyDisabled() {}

    /// @param host a container holding only the button, e.g. a `StackPane`
    /// @param blockedReason empty when the button can act now, else why it cannot
    /// @param whatItDoes the tooltip while the button is enabled
    public static void bind(ButtonBase button, Node host, ObservableStringValue blockedReason, String whatItDoes) {
        bind(button, host, blockedReason, new SimpleStringProperty(whatItDoes));
    }

    /// Like [#bind(ButtonBase, Node, ObservableStringValue, String)], for a button whose purpose changes (a
    /// table cell reused for another row).
    public static void bind(
            ButtonBase button, Node host, ObservableStringValue blockedReason, ObservableStringValue whatItDoes) {
        button.disableProperty().bind(Bindings.isNotEmpty(blockedReason));
        var tooltip = Icons.tooltip(whatItDoes.get());
        tooltip.textProperty()
                .bind(Bindings.when(Bindings.isEmpty(blockedReason))
                        .then(whatItDoes)
                        .otherwise(blockedReason));
        button.setTooltip(null);
        Tooltip.install(host, tooltip);
    }
}
