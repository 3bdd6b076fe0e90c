package dev.orrery.threats.assignment;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/// heroes-service could not be reached or failed: a 502 problem naming the service and the address tried.
public class HeroesUnavailableException extends ErrorResponseException {

    public HeroesUnavailableException(String address, String why) {
        super(HttpStatus.BAD_GATEWAY, problem(address, why), null);
    }

    private static ProblemDetail problem(String address, String why) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_GATEWAY,
                "heroes-service could not mark the hero busy at " + address + ": " + why
                        + "; check that heroes-service is running (and registered, when the cluster has a registry)");
        problem.setType(URI.create("urn:orrery:problem:heroes-service-unavailable"));
        problem.setTitle("heroes-service unavailable");
        problem.setProperty("service", "heroes-service");
        problem.setProperty("address", address);
        return problem;
    }
}
