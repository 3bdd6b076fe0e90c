package dev.orrery.runtime.export;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Rewrites the loopback addresses of a local topology (`http://127.0.0.1:8081`) to the names containers reach each
/// other by (`http://heroes-service:8081`), and remembers whom a value pointed at.
///
/// @param targets local port → the workload listening there and its port inside the cluster
record LocalAddresses(Map<Integer, Target> targets) {

    private static final Pattern LOOPBACK = Pattern.compile("(?:127\\.0\\.0\\.1|localhost):(\\d{1,5})");

    LocalAddresses {
        targets = Map.copyOf(targets);
    }

    /// The value with every known loopback address replaced; unknown ports stay as they are.
    String rewrite(String value) {
        return LOOPBACK.matcher(value).replaceAll(match -> Matcher.quoteReplacement(replacement(match)));
    }

    /// The workloads a value points at.
    Set<String> referencedBy(String value) {
        var names = new LinkedHashSet<String>();
        var matcher = LOOPBACK.matcher(value);
        while (matcher.find()) {
            var target = targets.get(Integer.parseInt(matcher.group(1)));
            if (target != null) {
                names.add(target.name());
            }
        }
        return names;
    }

    private String replacement(MatchResult match) {
        var target = targets.get(Integer.parseInt(match.group(1)));
        return target == null ? match.group() : target.name() + ":" + target.port();
    }

    /// A workload and the port it listens on inside the cluster.
    record Target(String name, int port) {}
}
