package dev.orrery.support.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/// Answers 503 with a problem body when the service's database cannot be reached, instead of a bare 500, so callers
/// (and the gateway) see a temporary outage they may retry.
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class DataAccessProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DataAccessProblemHandler.class);

    private final ProblemWriter problems;

    public DataAccessProblemHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> databaseUnreachable(
            DataAccessResourceFailureException e, HttpServletRequest request) {
        LOG.warn(
                "Database unreachable while handling {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        ProblemDetail problem = problems.create(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "The service's database cannot be reached; check that the cluster's MongoDB is running, then retry",
                request.getRequestURI());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
