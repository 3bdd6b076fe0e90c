package dev.orrery.runtime.cli;

import dev.orrery.runtime.control.ClusterStatus;
import dev.orrery.runtime.request.HttpCall;
import dev.orrery.runtime.request.HttpReply;
import dev.orrery.runtime.request.RequestSender;
import dev.orrery.runtime.request.RequestTarget;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `orrery call`: sends one request through the running cluster's gateway.
@Command(
        name = "call",
        mixinStandardHelpOptions = true,
        description = {
            "Sends a request through the gateway of the cluster running from the data folder and prints the status"
                    + " code, the instance that served it (X-Served-By) and the body. A full http://127.0.0.1:PORT/…"
                    + " URL calls one instance directly. No token is sent unless --token is given.",
            "",
            "  orrery call GET /heroes",
            "  HERO='{\"type\":\"storm-cat\",\"displayName\":\"Storm\",\"powers\":[1]}'",
            "  orrery call --token \"$(orrery token --user teacher)\" POST /heroes \"$HERO\"",
            "",
            "Exit code 0 for a 1xx-3xx answer, 1 for 4xx/5xx or no answer."
        })
final class CallCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--token", paramLabel = "T", description = "Send 'Authorization: Bearer T'.")
    @Nullable
    String token;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "Give up after this many seconds. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds = 30;

    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, PATCH or DELETE.")
    String method = "GET";

    @Parameters(index = "1", paramLabel = "PATH", description = "A path through the gateway, e.g. /heroes/1.")
    String path = "/";

    @Parameters(index = "2", arity = "0..1", paramLabel = "BODY", description = "A JSON body (application/json).")
    @Nullable
    String body;

    @Override
    public Integer call() {
        HttpCall request = request();

        HttpReply reply =
                RequestSender.local(Duration.ofSeconds(timeoutSeconds)).send(request);
        PrintWriter out = spec.commandLine().getOut();
        out.println("HTTP " + reply.status() + "  served by " + reply.servedBy().orElse("-") + "  in "
                + reply.elapsed().toMillis() + " ms");
        out.println(reply.body());
        return reply.status() < 400 ? 0 : 1;
    }

    private HttpCall request() {
        CallMethod chosen = checkedMethod();
        URI url = path.startsWith("http://") || path.startsWith("https://")
                ? URI.create(path)
                : RequestTarget.resolve(path, gateway());
        HttpCall call = HttpCall.of(chosen.name(), url);
        call = Optional.ofNullable(body).map(call::withJsonBody).orElse(call);
        return Optional.ofNullable(token).map(call::withToken).orElse(call);
    }

    /// Refuses, before anything is sent, a method the command does not send and a body a method does not carry
    /// (a stray argument would otherwise travel as a body nobody expects).
    private CallMethod checkedMethod() {
        CallMethod chosen = CallMethod.of(method)
                .orElseThrow(() -> new CliException(
                        "unknown method '" + method + "'", "use " + CallMethod.listed(), CliErrors.USAGE));
        if (body != null && !chosen.takesBody()) {
            throw new CliException(
                    chosen + " sends no body, but a body argument was given: '" + body + "'",
                    "leave it out, or send a JSON body with " + CallMethod.withBody(),
                    CliErrors.USAGE);
        }
        return chosen;
    }

    private URI gateway() {
        ClusterStatus status = RunningCluster.require(data.runFiles()).status();
        if (status.gateway().isEmpty()) {
            throw new CliException(
                    "the cluster '" + status.topology() + "' has no gateway",
                    "call an instance directly with a full URL, e.g. http://127.0.0.1:8081/heroes");
        }
        return URI.create(status.gateway());
    }
}
