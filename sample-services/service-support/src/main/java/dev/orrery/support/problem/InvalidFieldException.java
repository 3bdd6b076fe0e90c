package dev.orrery.support.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/// A request body field that fails validation; answered as a 400 problem whose `field` property names it.
public class InvalidFieldException extends ErrorResponseException {

    public InvalidFieldException(String field, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(field, detail), null);
    }

    private static ProblemDetail problem(String field, String detail) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Field '" + field + "': " + detail);
        problem.setType(URI.create("urn:orrery:problem:invalid-field"));
        problem.setTitle("Invalid field");
        problem.setProperty("field", field);
        return problem;
    }
}
