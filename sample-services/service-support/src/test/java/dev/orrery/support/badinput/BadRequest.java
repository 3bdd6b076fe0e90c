package dev.orrery.support.badinput;

import java.util.Optional;

/// A request a service must refuse with a 4xx problem.
///
/// @param what a short description shown when the answer is wrong
public record BadRequest(String what, String method, String path, Optional<String> contentType, byte[] body) {

    static BadRequest json(String what, String method, String path, String body) {
        return new BadRequest(
                what,
                method,
                path,
                Optional.of("application/json"),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static BadRequest bare(String what, String method, String path) {
        return new BadRequest(what, method, path, Optional.empty(), new byte[0]);
    }

    @Override
    public String toString() {
        var shownPath = path.length() > 80 ? path.substring(0, 80) + "…(" + path.length() + " characters)" : path;
        return what + ": " + method + " " + shownPath + " (" + body.length + " bytes)";
    }
}
