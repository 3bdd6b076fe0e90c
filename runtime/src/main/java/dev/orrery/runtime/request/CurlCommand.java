package dev.orrery.runtime.request;

import dev.orrery.runtime.token.TokenMask;
import java.util.ArrayList;
import java.util.List;

/// Renders a request as a `curl` command line to copy into a terminal; the token is masked unless asked for.
public final class CurlCommand {
    private CurlCommand() {}

    public static String render(HttpCall call, boolean revealToken) {
        List<String> parts = new ArrayList<>();
        parts.add("curl -i");
        if (!call.method().equals("GET") || call.body().isPresent()) {
            parts.add("-X " + call.method());
        }
        call.headers().forEach((name, value) -> parts.add("-H " + quote(name + ": " + value)));
        call.token()
                .ifPresent(token -> parts.add(
                        "-H " + quote("Authorization: Bearer " + (revealToken ? token : TokenMask.mask(token)))));
        call.body().ifPresent(body -> parts.add("--data " + quote(body)));
        parts.add(quote(call.url().toString()));
        return String.join(" ", parts);
    }

    /// Single quotes for POSIX shells; a single quote inside becomes `'\''`.
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
