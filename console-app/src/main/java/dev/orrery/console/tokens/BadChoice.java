package dev.orrery.console.tokens;

/// An entry of the "make it bad" menu.
///
/// @param key the kind's name, as the view model knows it
/// @param title e.g. "Expired"
/// @param how e.g. "exp ten minutes in the past"
/// @param refusedAs the problem the decoder and the services find, e.g. "Bad signature"
public record BadChoice(String key, String title, String how, String refusedAs) {}
