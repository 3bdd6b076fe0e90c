package dev.orrery.console.routing;

/// What the load generator form holds: the request, the rate, how long, and whether to send a token.
///
/// @param path e.g. `/heroes`
/// @param seconds how long to send
public record LoadForm(String method, String path, double ratePerSecond, int seconds, boolean withToken) {}
