package dev.orrery.gateway.routing;

/// The chosen instances of a service could not be reached, also after the retries the request allowed: the
/// gateway answers 502.
final class InstanceUnreachableException extends RuntimeException {

    private final String serviceId;
    private final int attempts;

    InstanceUnreachableException(String serviceId, String lastInstanceId, int attempts, Throwable cause) {
        super(
                "No instance of " + serviceId + " could be reached in " + attempts + " attempt(s); last tried "
                        + lastInstanceId + ": " + cause.getMessage(),
                cause);
        this.serviceId = serviceId;
        this.attempts = attempts;
    }

    String serviceId() {
        return serviceId;
    }

    int attempts() {
        return attempts;
    }
}
