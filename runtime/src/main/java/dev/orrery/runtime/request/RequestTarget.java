package dev.orrery.runtime.request;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/// Turns what a user typed into a URL: a path such as `/heroes` goes through the gateway, a full URL is taken as
/// it is. Only loopback hosts are allowed unless the caller opts in, so a typo cannot send a token elsewhere.
public final class RequestTarget {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private RequestTarget() {}

    public static URI resolve(String urlOrPath, URI gateway) {
        String text = urlOrPath.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no path given: write e.g. /heroes");
        }
        URI url = text.startsWith("http://") || text.startsWith("https://")
                ? URI.create(text)
                : gateway.resolve(text.startsWith("/") ? text : "/" + text);
        return url;
    }

    public static void requireLoopback(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (!LOOPBACK.contains(host)) {
            throw new IllegalArgumentException("refusing to send to " + url.getHost()
                    + ": Orrery sends requests only to this machine (127.0.0.1)");
        }
    }
}
