package dev.orrery.gateway.routing;

/// The chosen instances of a service could not be reached, also after the retries the request allowed: the
/// gateway answers 502, or 504 when the last instance tried accepted the request but did not answer in time.
final class InstanceUnreachableException extends RuntimeException {

    private final String serviceId;
    private final String lastInstanceId;
    private final int attempts;

    InstanceUnreachableException(String serviceId, String lastInstanceId, int attempts, Throwable cause) {
        super(
                "No instance of " + serviceId + " could be reached in " + attempts + " attempt(s); last tried "
                        + lastInstanceId + ": " + cause.getMessage(),
                cause);
        this.serviceId = serviceId;
        this.lastInstanceId = lastInstanceId;
        this.attempts = attempts;
    }

    String lastInstanceId() {
        return lastInstanceId;
    }

    /// Whether the last attempt failed because the instance did not answer within the read timeout.
    boolean timedOut() {
        return getCause() != null && FailureKind.isReadTimeout(getCause());
    }

    String serviceId() {
        return serviceId;
    }

    int attempts() {
        return attempts;
    }
}
