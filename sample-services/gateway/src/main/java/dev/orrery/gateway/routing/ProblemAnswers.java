package dev.orrery.gateway.routing;

import dev.orrery.support.problem.ProblemWriter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.ServerResponse;

/// The gateway's own answers when it cannot route: short problem bodies (RFC 9457, made by the support library so
/// they name the gateway in `servedBy`) that name the service in `serviceId`.
final class ProblemAnswers {

    private final ProblemWriter problems;

    ProblemAnswers(ProblemWriter problems) {
        this.problems = problems;
    }

    ServerResponse noInstance(String serviceId, String path) {
        var problem = problems.create(
                HttpStatus.SERVICE_UNAVAILABLE,
                "no-instance",
                "No instance of " + serviceId + " is registered. Start one, or wait a few seconds after it started.",
                path);
        problem.setProperty("serviceId", serviceId);
        return answer(problem);
    }

    ServerResponse unreachable(InstanceUnreachableException failure, String path) {
        if (failure.timedOut()) {
            return timedOut(failure, path);
        }
        var problem = problems.create(
                HttpStatus.BAD_GATEWAY,
                "instance-unreachable",
                "No instance of " + failure.serviceId() + " could be reached (" + failure.attempts()
                        + " attempt(s)). Its instances may have stopped; the registry drops them within seconds.",
                path);
        problem.setProperty("serviceId", failure.serviceId());
        return answer(problem);
    }

    private ServerResponse timedOut(InstanceUnreachableException failure, String path) {
        var problem = problems.create(
                HttpStatus.GATEWAY_TIMEOUT,
                "instance-timeout",
                failure.lastInstanceId() + " accepted the request but did not answer within the gateway's read timeout"
                        + " (spring.http.clients.read-timeout, 5 s by default). It may be paused, overloaded or made"
                        + " slow; a request without a body is tried on another instance first.",
                path);
        problem.setProperty("serviceId", failure.serviceId());
        problem.setProperty("instanceId", failure.lastInstanceId());
        return answer(problem);
    }

    ServerResponse methodNotForwarded(String method, String path) {
        var problem = problems.create(
                HttpStatus.NOT_IMPLEMENTED,
                "method-not-forwarded",
                "The gateway does not forward " + method + " requests; it forwards " + ForwardedMethods.names() + ".",
                path);
        problem.setProperty("method", method);
        problem.setProperty(
                "forwardedMethods",
                ForwardedMethods.ALL.stream().map(HttpMethod::name).toList());
        return answer(problem);
    }

    ServerResponse refused(String path) {
        return answer(problems.create(
                HttpStatus.NOT_FOUND,
                "not-exposed",
                "Actuator and control endpoints of instances are not exposed through the gateway. "
                        + "Call the instance on its own port instead.",
                path));
    }

    private static ServerResponse answer(ProblemDetail problem) {
        return ServerResponse.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
