package dev.orrery.runtime.token;

import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/// Makes passwords a learner can read aloud and type: three short words and two digits, e.g. `amber-fox-tide-42`.
///
/// About 26 bits of entropy: fine for a local teaching cluster bound to 127.0.0.1, not for anything exposed.
public final class PasswordGenerator {
    private static final List<String> WORDS = List.of(
            "amber", "anchor", "apple", "arrow", "aspen", "badge", "basil", "beach", "birch", "blaze", "bloom", "cedar",
            "chalk", "cider", "cloud", "comet", "coral", "crane", "delta", "dune", "ember", "fern", "flint", "fox",
            "frost", "gale", "grove", "harbor", "hazel", "heron", "iris", "ivory", "jade", "kite", "lark", "lemon",
            "lilac", "lotus", "maple", "marsh", "meadow", "mint", "moss", "nova", "oak", "olive", "orbit", "otter",
            "pearl", "pine", "plum", "quartz", "raven", "reef", "ridge", "river", "sage", "slate", "spark", "stone",
            "tide", "tulip", "willow", "wren");

    private final RandomGenerator random;

    public PasswordGenerator() {
        this(new SecureRandom());
    }

    public PasswordGenerator(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        return word() + "-" + word() + "-" + word() + "-" + (10 + random.nextInt(90));
    }

    /// A random base32 secret of 160 bits, the size RFC 4226 recommends for HMAC-SHA1.
    public String totpSecret() {
        byte[] secret = new byte[20];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) random.nextInt(256);
        }
        return Base32.encode(secret);
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
