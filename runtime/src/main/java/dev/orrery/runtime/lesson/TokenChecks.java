package dev.orrery.runtime.lesson;

import java.util.Optional;

/// The checks of the tokens lesson: a request refused without a token, accepted with one, both through the
/// gateway.
final class TokenChecks {
    private final ClusterProbe probe;

    TokenChecks(ClusterProbe probe) {
        this.probe = probe;
    }

    CheckResult refusedWithoutToken(CheckContext context) {
        boolean learnerWasRefused = context.exchanges().stream().anyMatch(e -> !e.withToken() && e.status() == 401);
        if (!learnerWasRefused) {
            return CheckResult.notYet("no request without a token was refused yet; send GET /heroes without one");
        }
        int status = heroesThroughGateway(context, Optional.empty());
        return status == 401
                ? CheckResult.passed("without a token GET /heroes answers 401 Unauthorized")
                : CheckResult.notYet("GET /heroes without a token now answers " + describe(status));
    }

    CheckResult acceptedWithToken(CheckContext context) {
        if (context.token().isEmpty()) {
            return CheckResult.notYet("you have no token yet; log in on the Tokens view");
        }
        int with = heroesThroughGateway(context, context.token());
        int without = heroesThroughGateway(context, Optional.empty());
        if (with == 200 && without == 401) {
            return CheckResult.passed("with your token GET /heroes answers 200, without it 401");
        }
        return CheckResult.notYet(
                "GET /heroes answers " + describe(with) + " with your token, " + describe(without) + " without");
    }

    private int heroesThroughGateway(CheckContext context, Optional<String> token) {
        return context.snapshot()
                .addresses()
                .gateway()
                .flatMap(gateway -> probe.get(gateway + "/heroes", token))
                .map(ClusterProbe.Answer::status)
                .orElse(0);
    }

    private static String describe(int status) {
        return status == 0 ? "nothing (is the gateway running?)" : Integer.toString(status);
    }
}
