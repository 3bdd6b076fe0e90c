package dev.orrery.gateway.routing;

import java.util.List;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.util.ServletRequestPathUtils;

/// Builds the function-style requests the routing code sees, without a running server.
final class Requests {

    private Requests() {}

    static ServerRequest request(String method, String path) {
        return request(method, path, new byte[0]);
    }

    static ServerRequest request(String method, String path, byte[] body) {
        var servletRequest = new MockHttpServletRequest(method, path);
        servletRequest.setContent(body);
        if (body.length > 0) {
            servletRequest.addHeader("Content-Length", body.length);
        }
        ServletRequestPathUtils.parseAndCache(servletRequest);
        return ServerRequest.create(servletRequest, List.of(new StringHttpMessageConverter()));
    }
}
