package dev.orrery.support.request;

import dev.orrery.support.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/// Refuses request bodies larger than `orrery.requests.max-body-size`: a declared length over the limit gets a 413
/// problem before anything reads the body; a body without a declared length (chunked) stops being readable at the
/// limit, which the JSON reader answers with a 400 problem.
///
/// Every sample API takes small JSON documents, so the limit is far below what would strain an instance.
public final class BodySizeLimitFilter extends OncePerRequestFilter {

    /// How much of a refused body the web server still reads, so that the client can send it whole and read the
    /// answer on a connection that stays usable (`server.tomcat.max-swallow-size`); beyond it the connection is
    /// closed.
    public static final String DRAINED_SIZE = "16MB";

    private static final long DRAINED_BYTES = 16L * 1024 * 1024;

    private final long maxBytes;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response);
            return;
        }

        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            // A body of unknown length may be refused unread (by the token check, say); Tomcat then drops the
            // connection after the answer, and a client that was not told so would send its next request into it.
            response.setHeader("Connection", "close");
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problems.create(
                HttpStatus.CONTENT_TOO_LARGE,
                "body-too-large",
                "The request body has " + request.getContentLengthLong() + " bytes; this instance accepts at most "
                        + maxBytes,
                "/");
        problem.setInstance(safeInstance(request.getRequestURI()));
        if (request.getContentLengthLong() > DRAINED_BYTES) {
            // Too much to read and throw away: the connection is closed so that the client stops sending it.
            response.setHeader("Connection", "close");
        }
        problems.write(response, problem);
    }

    private static URI safeInstance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }

    /// A request whose body stream fails once more than the limit has been read.
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private @Nullable ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            if (read > maxBytes) {
                throw new IOException("The request body is longer than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
