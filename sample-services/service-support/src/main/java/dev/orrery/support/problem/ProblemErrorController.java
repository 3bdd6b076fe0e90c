package dev.orrery.support.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/// Answers the servlet container's error dispatch (errors that happen outside Spring MVC's exception handling, such
/// as an exception that escaped a controller) with a problem body instead of Spring Boot's whitelabel page.
///
/// The detail of an internal error is deliberately generic: the instance's log has the exception and its trace.
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final ProblemWriter problems;

    public ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = attribute(request, RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        ProblemDetail problem =
                problems.create(status, ProblemWriter.kind(status), detail(status, request.getMethod(), path), path);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detail(HttpStatus status, String method, String path) {
        return switch (status) {
            case NOT_FOUND -> "No endpoint answers " + method + " " + path;
            case INTERNAL_SERVER_ERROR ->
                "The instance failed to handle " + method + " " + path + "; its log has the details";
            default -> status.getReasonPhrase() + " (" + method + " " + path + ")";
        };
    }

    private static String attribute(HttpServletRequest request, String name, String fallback) {
        return request.getAttribute(name) instanceof String value ? value : fallback;
    }
}
