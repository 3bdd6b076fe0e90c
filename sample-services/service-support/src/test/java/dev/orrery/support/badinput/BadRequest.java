package dev.orrery.support.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/// A request a service must refuse with a 4xx problem.
///
/// @param what a short description shown when the answer is wrong
/// @param chunked `true` to send the body without a declared length
public record BadRequest(
        String what, String method, String path, Optional<String> contentType, byte[] body, boolean chunked) {

    BadRequest(String what, String method, String path, Optional<String> contentType, byte[] body) {
        this(what, method, path, contentType, body, false);
    }

    static BadRequest json(String what, String method, String path, String body) {
        return new BadRequest(
                what, method, path, Optional.of("application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    static BadRequest bare(String what, String method, String path) {
        return new BadRequest(what, method, path, Optional.empty(), new byte[0]);
    }

    /// The same request with its body sent in chunks, without a declared length.
    BadRequest sentInChunks() {
        return new BadRequest(what + ", chunked", method, path, contentType, body, true);
    }

    @Override
    public String toString() {
        var shownPath = path.length() > 80 ? path.substring(0, 80) + "…(" + path.length() + " characters)" : path;
        return what + ": " + method + " " + shownPath + " (" + body.length + " bytes)";
    }
}
