package dev.orrery.console.requests;

/// Where a request goes: the gateway or one instance.
///
/// @param label e.g. "Gateway · http://127.0.0.1:8080" or "heroes-service-2 · http://127.0.0.1:40123"
/// @param baseUrl e.g. `http://127.0.0.1:8080`
/// @param gateway whether this is the gateway
public record Target(String label, String baseUrl, boolean gateway) {

    @Override
    public String toString() {
        return label;
    }
}
