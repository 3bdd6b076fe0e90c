package dev.orrery.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final String SHA1_SEED = "12345678901234567890";
    private static final String SHA256_SEED = "12345678901234567890123456789012";
    private static final String SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234";

    @ParameterizedTest
    @CsvSource({
        "59, HmacSHA1, 94287082",
        "59, HmacSHA256, 46119246",
        "59, HmacSHA512, 90693936",
        "1111111109, HmacSHA1, 07081804",
        "1111111109, HmacSHA256, 68084774",
        "1111111109, HmacSHA512, 25091201",
        "1111111111, HmacSHA1, 14050471",
        "1111111111, HmacSHA256, 67062674",
        "1111111111, HmacSHA512, 99943326",
        "1234567890, HmacSHA1, 89005924",
        "1234567890, HmacSHA256, 91819424",
        "1234567890, HmacSHA512, 93441116",
        "2000000000, HmacSHA1, 69279037",
        "2000000000, HmacSHA256, 90698825",
        "2000000000, HmacSHA512, 38618901",
        "20000000000, HmacSHA1, 65353130",
        "20000000000, HmacSHA256, 77737706",
        "20000000000, HmacSHA512, 47863826"
    })
    void matchesTheRfc6238TestVectors(long epochSecond, String algorithm, String expected) {
        String seed = switch (algorithm) {
            case "HmacSHA1" -> SHA1_SEED;
            case "HmacSHA256" -> SHA256_SEED;
            default -> SHA512_SEED;
        };
        var totp = new Totp(seed.getBytes(StandardCharsets.US_ASCII), algorithm, 8, Duration.ofSeconds(30));

        assertThat(totp.codeAt(Instant.ofEpochSecond(epochSecond))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804"})
    void standardCodesAreTheLastSixDigitsFromABase32Secret(long epochSecond, String expected) {
        String secret = Base32.encode(SHA1_SEED.getBytes(StandardCharsets.US_ASCII));

        assertThat(Totp.standard(secret).codeAt(Instant.ofEpochSecond(epochSecond)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 30", "29, 1", "31, 29"})
    void tellsHowLongTheCurrentCodeStaysValid(long epochSecond, long remaining) {
        var totp = Totp.standard("GEZDGNBVGY3TQOJQ");

        assertThat(totp.remainingAt(Instant.ofEpochSecond(epochSecond))).hasSeconds(remaining);
    }
}
