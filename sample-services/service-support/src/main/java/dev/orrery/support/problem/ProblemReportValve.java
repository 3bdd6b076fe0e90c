package dev.orrery.support.problem;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/// Writes a problem body for errors that Tomcat answers itself, before a request reaches Spring MVC (a path with an
/// encoded nul or an invalid escape, a request line or header that is too long), instead of Tomcat's HTML page.
///
/// It takes the place of Tomcat's [ErrorReportValve] on the host; errors that Spring MVC answered already have a body
/// and are left alone.
public final class ProblemReportValve extends ErrorReportValve {

    private static final int LONGEST_PATH_SHOWN = 200;

    private final ProblemWriter problems;

    public ProblemReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        var status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || response.getContentWritten() > 0 || !ioAllowed(response)) {
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }

        var path = Optional.ofNullable(request.getRequestURI()).orElse("/");
        var shown = path.length() > LONGEST_PATH_SHOWN ? path.substring(0, LONGEST_PATH_SHOWN) + "…" : path;
        var detail = status == HttpStatus.INTERNAL_SERVER_ERROR
                ? "The instance failed to handle the request; its log has the details"
                : status.getReasonPhrase() + " (" + request.getMethod() + " " + shown + ")";
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:orrery:problem:" + ProblemWriter.kind(status)));
        instance(shown).ifPresent(problem::setInstance);
        write(response, problems.stamp(problem));
    }

    private static boolean ioAllowed(Response response) {
        var allowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }

    private static Optional<URI> instance(String path) {
        try {
            return Optional.of(URI.create(path));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void write(Response response, ProblemDetail problem) {
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.toJson(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: the status alone has to do.
        }
    }
}
