package dev.orrery.support.badinput;

import java.util.Optional;

/// One endpoint of a service under test: its method, a path that reaches it, and a valid JSON body for endpoints
/// that take one.
///
/// @param idPath the path with its `{id}` written as `%s`, for endpoints addressed by a number
public record Endpoint(String method, String path, Optional<String> validBody, Optional<String> idPath) {

    public static Endpoint get(String path) {
        return new Endpoint("GET", path, Optional.empty(), Optional.empty());
    }

    public static Endpoint getById(String idPath) {
        return new Endpoint("GET", idPath.formatted(1), Optional.empty(), Optional.of(idPath));
    }

    public static Endpoint post(String path, String validBody) {
        return new Endpoint("POST", path, Optional.of(validBody), Optional.empty());
    }

    public static Endpoint postById(String idPath, String validBody) {
        return new Endpoint("POST", idPath.formatted(1), Optional.of(validBody), Optional.of(idPath));
    }
}
