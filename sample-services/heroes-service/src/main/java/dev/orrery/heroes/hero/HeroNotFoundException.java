package dev.orrery.heroes.hero;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/// No hero has the requested id: a 404 problem naming it.
public class HeroNotFoundException extends ErrorResponseException {

    public HeroNotFoundException(int id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(int id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No hero has id " + id + "; GET /heroes lists them");
        problem.setType(URI.create("urn:orrery:problem:hero-not-found"));
        problem.setTitle("Hero not found");
        problem.setProperty("heroId", id);
        return problem;
    }
}
