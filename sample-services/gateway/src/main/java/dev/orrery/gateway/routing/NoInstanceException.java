package dev.orrery.gateway.routing;

/// No instance of the service is registered: the gateway answers 503.
final class NoInstanceException extends RuntimeException {

    private final String serviceId;

    NoInstanceException(String serviceId) {
        super("No instance of " + serviceId + " is registered");
        this.serviceId = serviceId;
    }

    String serviceId() {
        return serviceId;
    }
}
