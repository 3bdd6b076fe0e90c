package dev.orrery.gateway.routing;

import dev.orrery.support.instance.ServedByFilter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.ServerResponse;

/// A proxied response whose instance's `X-Served-By` replaces the gateway's own.
///
/// The support library's filter stamps the gateway's id on every response before routing starts, and a proxied
/// response adds its headers rather than setting them, so without this the client would get both ids and could
/// not see which instance answered.
final class ServedByPassThrough implements ServerResponse {

    private final ServerResponse delegate;

    private ServedByPassThrough(ServerResponse delegate) {
        this.delegate = delegate;
    }

    /// `response`, made to replace the gateway's `X-Served-By` if it carries an instance's.
    static ServerResponse of(ServerResponse response) {
        return response.headers().containsHeader(ServedByFilter.HEADER) ? new ServedByPassThrough(response) : response;
    }

    @Override
    public HttpStatusCode statusCode() {
        return delegate.statusCode();
    }

    @Override
    public HttpHeaders headers() {
        return delegate.headers();
    }

    @Override
    public MultiValueMap<String, Cookie> cookies() {
        return delegate.cookies();
    }

    @Override
    public @Nullable ModelAndView writeTo(HttpServletRequest request, HttpServletResponse response, Context context)
            throws ServletException, IOException {
        return delegate.writeTo(request, new ReplacingServedBy(response), context);
    }

    /// Turns the proxied response's `addHeader("X-Served-By", …)` into a replacement of the gateway's value.
    private static final class ReplacingServedBy extends HttpServletResponseWrapper {

        ReplacingServedBy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ServedByFilter.HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
                return;
            }
            super.addHeader(name, value);
        }
    }
}
