package dev.orrery.runtime.cli;

import dev.orrery.runtime.token.ClusterKeyStore;
import dev.orrery.runtime.token.DemoAccount;
import dev.orrery.runtime.token.DemoAccountStore;
import dev.orrery.runtime.token.IssuedToken;
import dev.orrery.runtime.token.Privilege;
import dev.orrery.runtime.token.TokenIssuer;
import dev.orrery.runtime.token.TokenTtl;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `orrery token`: issues a token signed with the cluster's key, printed as the last line of standard output.
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = {
            "Issues a signed token (JWT, RS256) for the cluster in the data folder, as auth-service would after a"
                    + " login.",
            "The key pair is created on first use. Details go to standard error; the token alone is printed on"
                    + " standard output, so it can be captured:",
            "",
            "  TOKEN=$(orrery token --user student --ttl 1h)",
            "  orrery call --token \"$TOKEN\" GET /heroes"
        })
final class TokenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOption data;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--user", paramLabel = "U", defaultValue = "teacher", description = "Subject (sub) of the token.")
    String user = "teacher";

    @Option(
            names = "--privilege",
            paramLabel = "P",
            description = "A privilege to grant (repeatable): heroes:read, heroes:write, threats:read, threats:write."
                    + " Default: the demo user's privileges (student: read only), or all four for other users.")
    List<String> privileges = new ArrayList<>();

    @Option(
            names = "--ttl",
            paramLabel = "DURATION",
            defaultValue = "10m",
            description = "How long the token stays valid: 90s, 10m, 1h, PT10M. Default: ${DEFAULT-VALUE}.")
    String ttl = "10m";

    @Override
    public Integer call() {
        Duration lifetime = parseTtl();
        List<Privilege> granted = granted();
        var keys = new ClusterKeyStore(data.dataFolder().keys()).loadOrCreate();

        IssuedToken token = new TokenIssuer(keys).issue(user, granted, lifetime);
        PrintWriter err = spec.commandLine().getErr();
        err.println("Token for " + user + " with "
                + granted.stream().map(Privilege::claim).toList() + ", valid until " + token.expiresAt() + " (key "
                + keys.keyId() + ")");
        err.flush();
        spec.commandLine().getOut().println(token.compact());
        return 0;
    }

    private Duration parseTtl() {
        try {
            return TokenTtl.parse(ttl);
        } catch (IllegalArgumentException e) {
            throw new CliException("--ttl: " + e.getMessage(), "", CliErrors.USAGE);
        }
    }

    private static Optional<List<Privilege>> defaultPrivileges(String user) {
        return DemoAccountStore.DEFAULT_USERS.stream()
                .filter(u -> u.id().equals(user))
                .findFirst()
                .map(u -> u.privileges().stream()
                        .flatMap(p -> Privilege.fromClaim(p).stream())
                        .toList());
    }

    private List<Privilege> granted() {
        if (privileges.isEmpty()) {
            return new DemoAccountStore(data.dataFolder().keys())
                    .stored().stream()
                            .filter(a -> a.id().equals(user))
                            .findFirst()
                            .map(DemoAccount::privileges)
                            .or(() -> defaultPrivileges(user))
                            .orElse(Privilege.all());
        }
        return privileges.stream()
                .map(p -> Privilege.fromClaim(p)
                        .orElseThrow(() -> new CliException(
                                "--privilege: unknown privilege '" + p + "'",
                                "use heroes:read, heroes:write, threats:read or threats:write",
                                CliErrors.USAGE)))
                .distinct()
                .toList();
    }
}
