package dev.orrery.console.tokens;

import javafx.beans.property.BooleanProperty;

/// A privilege the issue form offers, e.g. `heroes:write`, and whether it is chosen.
public record PrivilegeChoice(String claim, BooleanProperty selected) {}
