package dev.orrery.support.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/// Random damage to valid tokens: whatever is flipped, dropped, re-signed or re-dated, the verifier never accepts
/// the result, not even a copy written differently that decodes to the same bytes.
class TokenMutationTest {

    private static TestTokens tokens;
    private static KeyPair otherKeys;
    private static TokenVerifier verifier;
    private static String original;

    @BeforeContainer
    static void keys() {
        tokens = new TestTokens(TestTokens.newKeyPair());
        otherKeys = TestTokens.newKeyPair();
        verifier = new TokenVerifier(tokens.keys().getPublic());
        original = tokens.token("heroes:read", "heroes:write");
    }

    @Example
    void theUndamagedTokenIsAccepted() {
        assertThat(verifier.verify(original)).isInstanceOf(TokenCheck.Accepted.class);
    }

    @Example
    void aCopyWrittenDifferentlyThatDecodesAlikeIsRefused() {
        var signature = original.substring(original.lastIndexOf('.') + 1);
        var last = signature.charAt(signature.length() - 1);
        // 256 signature bytes leave the low 4 bits of the last character unused: its neighbour decodes alike.
        var twin = (char) (last ^ 1);
        var alphabetSwapped = original.replace('-', '+').replace('_', '/');

        assertRefused(original.substring(0, original.length() - 1) + twin);
        assertRefused(original + "==");
        if (!alphabetSwapped.equals(original)) {
            assertRefused(alphabetSwapped);
        }
    }

    @Property(tries = 400)
    void aTokenWithAnyCharacterChangedIsRefused(
            @ForAll("positions") double at, @ForAll("base64urlCharacters") char replacement) {
        var index = (int) (at * (original.length() - 1));
        Assume.that(original.charAt(index) != '.' && original.charAt(index) != replacement);
        var damaged = original.substring(0, index) + replacement + original.substring(index + 1);

        Statistics.label("part").collect(partAt(index));
        assertRefused(damaged);
    }

    @Property(tries = 200)
    void aTokenWithPartsDroppedOrAddedIsRefused(@ForAll("partLists") List<Integer> parts) {
        var split = original.split("\\.", -1);
        var rebuilt = String.join(
                ".", parts.stream().map(i -> i < split.length ? split[i] : "").toList());
        Assume.that(!rebuilt.equals(original));

        assertRefused(rebuilt);
    }

    @Property(tries = 100)
    void aTokenReSignedWithAnotherAlgorithmOrKeyIsRefused(@ForAll("forgeries") Forgery forgery) {
        Statistics.label("forgery").collect(forgery.name());
        assertRefused(forgery.token());
    }

    @Property(tries = 200)
    void aTokenSignedRightButWithWrongClaimsIsRefused(@ForAll("wrongClaims") String token) {
        assertRefused(token);
    }

    @Property(tries = 100)
    void claimsSwappedUnderTheOriginalSignatureAreRefused(@ForAll("wrongClaims") String token) {
        var signature = original.substring(original.lastIndexOf('.'));
        var swapped = token.substring(0, token.lastIndexOf('.')) + signature;

        assertRefused(swapped);
    }

    private static void assertRefused(String token) {
        assertThat(verifier.verify(token)).as("verdict on %s", token).isInstanceOf(TokenCheck.Refused.class);
        assertThat(verifier.verifyAuthorization(Optional.of("Bearer " + token))).isInstanceOf(TokenCheck.Refused.class);
    }

    private static String partAt(int index) {
        var firstDot = original.indexOf('.');
        var lastDot = original.lastIndexOf('.');
        return index < firstDot ? "header" : index < lastDot ? "payload" : "signature";
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0.0, 1.0);
    }

    @Provide
    Arbitrary<Character> base64urlCharacters() {
        return Arbitraries.oneOf(
                Arbitraries.chars().alpha().numeric().with('-', '_'), Arbitraries.of('=', '+', '/', ' ', 'é'));
    }

    @Provide
    Arbitrary<List<Integer>> partLists() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(0).ofMaxSize(5);
    }

    /// A named forged token, so that the statistics show which kinds were tried.
    record Forgery(String name, String token) {}

    @Provide
    Arbitrary<Forgery> forgeries() {
        var secrets = Arbitraries.oneOf(
                Arbitraries.just(PemKeys.toPem(tokens.keys().getPublic()).getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.just(tokens.keys().getPublic().getEncoded()),
                Arbitraries.bytes().array(byte[].class).ofSize(32));
        return Arbitraries.oneOf(
                Arbitraries.just(new Forgery("alg none", tokens.unsigned())),
                Arbitraries.just(new Forgery("alg none with signature", tokens.unsigned() + "AAAA")),
                Arbitraries.just(new Forgery("HS256 with the public key", tokens.hs256WithPublicKey())),
                secrets.map(secret -> new Forgery("HS256", hmacSigned(secret))),
                Arbitraries.just(new Forgery("RS512 with the cluster key", rs512())),
                Arbitraries.just(new Forgery("RS256 with another key", otherKeySigned())));
    }

    @Provide
    Arbitrary<String> wrongClaims() {
        var lateness = Arbitraries.longs()
                .between(
                        Duration.ofMinutes(1).toSeconds(), Duration.ofDays(9000).toSeconds());
        var words = Arbitraries.strings().ofMinLength(0).ofMaxLength(20);
        return Arbitraries.oneOf(
                lateness.map(seconds -> tokens.valid()
                        .expiration(Date.from(Instant.now().minusSeconds(seconds)))
                        .compact()),
                lateness.map(seconds -> tokens.valid()
                        .notBefore(Date.from(Instant.now().plusSeconds(seconds)))
                        .compact()),
                words.filter(w -> !w.equals(TokenContract.ISSUER))
                        .map(issuer -> tokens.valid().issuer(issuer).compact()),
                words.filter(w -> !w.equals(TokenContract.AUDIENCE))
                        .map(audience ->
                                tokens.valid().audience().single(audience).compact()),
                Arbitraries.just(tokens.valid().expiration(null).compact()),
                Arbitraries.just(tokens.valid().subject(null).compact()),
                words.filter(kid -> !kid.equals(verifier.keyId()))
                        .map(kid -> tokens.valid().header().keyId(kid).and().compact()));
    }

    private static String hmacSigned(byte[] secret) {
        return Jwts.builder()
                .header()
                .keyId(KeyIds.of(tokens.keys().getPublic()))
                .and()
                .issuer(TokenContract.ISSUER)
                .audience()
                .add(TokenContract.AUDIENCE)
                .and()
                .subject("mallory")
                .expiration(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .signWith(new SecretKeySpec(padded(secret), "HmacSHA256"), Jwts.SIG.HS256)
                .compact();
    }

    /// jjwt insists on 256-bit HMAC keys; a shorter secret is repeated to fill them.
    private static byte[] padded(byte[] secret) {
        return secret.length >= 32 ? secret : Arrays.copyOf(secret.length == 0 ? new byte[32] : secret, 32);
    }

    private static String rs512() {
        return tokens.valid()
                .signWith(tokens.keys().getPrivate(), Jwts.SIG.RS512)
                .compact();
    }

    private static String otherKeySigned() {
        return tokens.valid().signWith(otherKeys.getPrivate(), Jwts.SIG.RS256).compact();
    }
}
