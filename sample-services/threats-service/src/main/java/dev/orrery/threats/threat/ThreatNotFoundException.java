package dev.orrery.threats.threat;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/// No threat has the requested id: a 404 problem naming it.
public class ThreatNotFoundException extends ErrorResponseException {

    public ThreatNotFoundException(int id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(int id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No threat has id " + id + "; GET /threats lists them");
        problem.setType(URI.create("urn:orrery:problem:threat-not-found"));
        problem.setTitle("Threat not found");
        problem.setProperty("threatId", id);
        return problem;
    }
}
