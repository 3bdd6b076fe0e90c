package dev.orrery.auth;

import dev.orrery.auth.setup.SecretFile;
import dev.orrery.auth.token.SigningKey;
import dev.orrery.auth.token.TokenIssuer;
import dev.orrery.auth.user.UserDirectory;
import dev.orrery.auth.user.UsersFile;
import dev.orrery.support.security.RequiredPrivileges;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/// Reads the secret files at start-up (failing with a clear report when one is missing or unsafe) and wires the
/// token issuer.
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AuthConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SigningKey signingKey(SigningProperties properties) {
        var file = SecretFile.checked(
                "orrery.security.private-key-file", properties.privateKeyFile(), "private key that signs tokens");
        var key = SigningKey.read(file);
        LOG.info("Signing tokens with {} from {}", key, file.toAbsolutePath());
        return key;
    }

    @Bean
    UserDirectory userDirectory(AuthProperties properties) {
        var file = SecretFile.checked("orrery.auth.users-file", properties.usersFile(), "users file");
        var users = new UserDirectory(UsersFile.read(file));
        LOG.info("{} user(s) may log in (from {})", users.size(), file.toAbsolutePath());
        return users;
    }

    @Bean
    TokenIssuer tokenIssuer(SigningKey key, SigningProperties properties, Clock clock) {
        return new TokenIssuer(key, properties.tokenTtl(), clock);
    }

    /// Logging in needs no token, also when `orrery.security.enabled` is true for this service.
    @Bean
    RequiredPrivileges loginIsOpen() {
        return RequiredPrivileges.builder()
                .open(HttpMethod.POST, "/auth")
                .open(HttpMethod.POST, "/auth/second-factor")
                .open(HttpMethod.GET, "/auth/.well-known/jwks.json")
                .build();
    }
}
