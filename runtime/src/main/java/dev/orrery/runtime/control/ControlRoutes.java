package dev.orrery.runtime.control;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/// Maps control API requests to [ControlActions] and their outcomes to status codes.
final class ControlRoutes {
    private static final Pattern INSTANCE = Pattern.compile("/instances/([^/]+)/([a-z]+)");
    private static final Pattern SCALE = Pattern.compile("/services/([^/]+)/scale");
    private static final Pattern FAULT = Pattern.compile("/faults/([^/]+)/([a-z]+)");
    private static final Pattern AMOUNT = Pattern.compile("(?:^|&)amount=([0-9]{1,6}(?:\\.[0-9]{1,6})?)(?:&|$)");
    private static final Pattern COUNT = Pattern.compile("(?:^|&)count=(\\d{1,3})(?:&|$)");

    private final ControlActions actions;

    ControlRoutes(ControlActions actions) {
        this.actions = actions;
    }

    record Answer(int status, Object body) {}

    Answer dispatch(String method, String path, @Nullable String query) {
        try {
            return route(method, path, query == null ? "" : query);
        } catch (IllegalArgumentException e) {
            return error(404, e.getMessage());
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        }
    }

    private Answer route(String method, String path, String query) {
        if (method.equals("GET") && path.equals("/status")) {
            return new Answer(200, actions.status());
        }
        if (!method.equals("POST")) {
            return error(404, "no such control operation: " + method + " " + path);
        }
        if (path.equals("/stop")) {
            actions.stop();
            return new Answer(202, Map.of("stopping", true));
        }
        if (path.equals("/reset")) {
            actions.reset();
            return new Answer(200, Map.of("reset", true));
        }
        Matcher instance = INSTANCE.matcher(path);
        if (instance.matches()) {
            return instance(instance.group(1), instance.group(2));
        }
        Matcher fault = FAULT.matcher(path);
        if (fault.matches()) {
            return fault(fault.group(1), fault.group(2), query);
        }
        Matcher scale = SCALE.matcher(path);
        if (scale.matches()) {
            return scale(scale.group(1), query);
        }
        return error(404, "no such control operation: " + method + " " + path);
    }

    private Answer instance(String id, String actionName) {
        Optional<InstanceAction> action = InstanceAction.fromPath(actionName);
        if (action.isEmpty()) {
            return error(400, "unknown instance action '" + actionName + "': use start, stop, restart or kill");
        }
        actions.instance(action.get(), id);
        return new Answer(200, Map.of("instance", id, "action", actionName));
    }

    private Answer fault(String target, String actionName, String query) {
        Optional<FaultAction> action = FaultAction.fromPath(actionName);
        if (action.isEmpty()) {
            return error(400, "unknown fault '" + actionName + "': use kill, pause, resume, slow, flaky or heal");
        }
        Matcher amount = AMOUNT.matcher(query);
        if (action.get().needsAmount() && !amount.find()) {
            return error(400, actionName + " needs ?amount= (milliseconds for slow, a share from 0 to 1 for flaky)");
        }
        double value = action.get().needsAmount() ? Double.parseDouble(amount.group(1)) : 0;
        actions.fault(target, action.get(), value);
        return new Answer(200, Map.of("instance", target, "fault", actionName));
    }

    private Answer scale(String serviceId, String query) {
        Matcher count = COUNT.matcher(query);
        if (!count.find()) {
            return error(400, "scale needs ?count=N with N from 0 to 999");
        }
        int instances = Integer.parseInt(count.group(1));
        actions.scale(serviceId, instances);
        return new Answer(200, Map.of("service", serviceId, "instances", instances));
    }

    private static Answer error(int status, @Nullable String message) {
        return new Answer(status, Map.of("error", message == null ? "failed" : message));
    }
}
