package dev.orrery.support.token;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/// Checks that a token is written the one way the issuer writes it: three unpadded base64url parts whose text is
/// exactly the encoding of their bytes.
///
/// The JWT library decodes leniently (it takes `+` and `/` for `-` and `_`, and ignores the unused low bits of a
/// part's last character), so differently written copies of one token would otherwise all pass. Refusing them keeps
/// "this exact token was issued" true, which logs, revocation lists and the console's token view rely on.
final class CanonicalForm {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]*");

    private CanonicalForm() {}

    static boolean isCanonical(String token) {
        var parts = token.split("\\.", -1);
        return parts.length == 3 && Arrays.stream(parts).allMatch(CanonicalForm::isCanonicalPart);
    }

    private static boolean isCanonicalPart(String part) {
        if (!PART.matcher(part).matches()) {
            return false;
        }
        try {
            var bytes = Base64.getUrlDecoder().decode(part);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
