package dev.orrery.console.tokens;

import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.token.BadTokenMaker;
import dev.orrery.runtime.token.ClusterKeyStore;
import dev.orrery.runtime.token.ClusterKeys;
import dev.orrery.runtime.token.DemoAccount;
import dev.orrery.runtime.token.DemoAccountStore;
import dev.orrery.runtime.token.TokenInspector;
import dev.orrery.runtime.token.TokenIssuer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/// The cluster's token material read from its data folder: key pair, issuer, inspector, bad-token maker and the
/// demo accounts. Reading touches the disk (and creates the key pair on first use): build it off the JavaFX thread.
///
/// The inspector allows the same 30 s of clock skew as the services, so that it judges a token as they do.
record ClusterTokens(
        ClusterKeys keys,
        TokenIssuer issuer,
        TokenInspector inspector,
        BadTokenMaker badTokens,
        List<DemoAccount> accounts) {

    static final Duration SKEW = Duration.ofSeconds(30);

    ClusterTokens {
        accounts = List.copyOf(accounts);
    }

    static ClusterTokens load(DataFolder dataFolder) {
        var keys = new ClusterKeyStore(dataFolder.keys()).loadOrCreate();
        var store = new DemoAccountStore(dataFolder.keys());
        var accounts = store.stored().isEmpty() ? store.loadOrCreate() : store.stored();
        return new ClusterTokens(
                keys,
                new TokenIssuer(keys),
                new TokenInspector(List.of(keys.publicKey()), Clock.systemUTC(), SKEW),
                new BadTokenMaker(keys),
                accounts);
    }

    Optional<DemoAccount> account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /// The first account with a second factor (the admin in the presets).
    Optional<DemoAccount> secondFactorAccount() {
        return accounts.stream().filter(a -> a.totpSecret().isPresent()).findFirst();
    }
}
