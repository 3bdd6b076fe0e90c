package dev.orrery.gateway.routing;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.ServerResponse;

/// The gateway's own answers when it cannot route: short RFC 9457 problem bodies naming the service.
final class ProblemAnswers {

    private ProblemAnswers() {}

    static ServerResponse noInstance(String serviceId, String path) {
        return answer(
                HttpStatus.SERVICE_UNAVAILABLE,
                "No instance of " + serviceId + " is registered. Start one, or wait a few seconds after it started.",
                serviceId,
                path);
    }

    static ServerResponse unreachable(InstanceUnreachableException failure, String path) {
        return answer(
                HttpStatus.BAD_GATEWAY,
                "No instance of " + failure.serviceId() + " could be reached (" + failure.attempts()
                        + " attempt(s)). Its instances may have stopped; the registry drops them within seconds.",
                failure.serviceId(),
                path);
    }

    static ServerResponse refused(String path) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "Actuator and control endpoints of instances are not exposed through the gateway. "
                        + "Call the instance on its own port instead.");
        problem.setInstance(URI.create(path));
        return ServerResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ServerResponse answer(HttpStatus status, String detail, String serviceId, String path) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(path));
        problem.setProperty("serviceId", serviceId);
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
