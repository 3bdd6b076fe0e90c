package dev.orrery.heroes.hero;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/// The hero is busy already, so it cannot be marked busy again: a 409 problem naming it.
public class HeroBusyException extends ErrorResponseException {

    public HeroBusyException(int id) {
        super(HttpStatus.CONFLICT, problem(id), null);
    }

    private static ProblemDetail problem(int id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Hero " + id + " is busy already; release it with POST /hero/" + id + " {\"busy\": false} first");
        problem.setType(URI.create("urn:orrery:problem:hero-busy"));
        problem.setTitle("Hero busy");
        problem.setProperty("heroId", id);
        return problem;
    }
}
