package dev.orrery.runtime.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// A Compose health check: a command run inside the container, healthy when it exits 0.
///
/// @param test the command in Compose's exec form (`CMD`, program, arguments)
/// @param startPeriodSeconds how long failures do not count while the container starts
public record ComposeHealthcheck(List<String> test, int intervalSeconds, int retries, int startPeriodSeconds) {

    public ComposeHealthcheck {
        test = List.copyOf(test);
    }

    /// An HTTP `GET path` on the container's own port that must answer `"status":"UP"`, written with bash's
    /// `/dev/tcp` so that the image needs neither curl nor wget (the Java base image has bash).
    public static ComposeHealthcheck httpUp(int port, String path) {
        return bash(port, "printf 'GET " + path + " HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3");
    }

    /// An HTTP `GET path` that answers with a 2xx status.
    public static ComposeHealthcheck http2xx(int port, String path) {
        return bash(
                port, "printf 'GET " + path + " HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 2[0-9][0-9] '");
    }

    /// The port accepts a connection.
    public static ComposeHealthcheck portOpen(int port) {
        return bash(port, "true");
    }

    private static ComposeHealthcheck bash(int port, String exchange) {
        var script = "exec 3<>/dev/tcp/127.0.0.1/" + port + " && " + exchange;
        return new ComposeHealthcheck(List.of("CMD", "bash", "-c", script), 5, 12, 30);
    }

    Map<String, Object> tree() {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("test", new ArrayList<>(test));
        tree.put("interval", intervalSeconds + "s");
        tree.put("timeout", "3s");
        tree.put("retries", retries);
        tree.put("start_period", startPeriodSeconds + "s");
        return tree;
    }
}
