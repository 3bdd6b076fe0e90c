package dev.orrery.runtime.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/// The methods `orrery call` sends, and whether each carries the JSON body argument.
enum CallMethod {
    GET(false),
    POST(true),
    PUT(true),
    PATCH(true),
    DELETE(false);

    private final boolean takesBody;

    CallMethod(boolean takesBody) {
        this.takesBody = takesBody;
    }

    /// The method a user typed, in any case; empty when `orrery call` does not send it.
    static Optional<CallMethod> of(String typed) {
        var upper = typed.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.name().equals(upper)).findFirst();
    }

    boolean takesBody() {
        return takesBody;
    }

    /// `GET, POST, PUT, PATCH or DELETE`, as the help lists them.
    static String listed() {
        return list(Arrays.asList(values()));
    }

    /// `POST, PUT or PATCH`: the methods that send a body.
    static String withBody() {
        return list(Arrays.stream(values()).filter(CallMethod::takesBody).toList());
    }

    private static String list(List<CallMethod> methods) {
        var names = methods.stream().map(Enum::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }
}
