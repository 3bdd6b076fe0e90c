package dev.orrery.auth.login;

import dev.orrery.auth.AuthProperties;
import dev.orrery.auth.token.TokenIssuer;
import dev.orrery.auth.user.UserDirectory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/// Wires the login flow.
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    LoginService loginService(UserDirectory users, TokenIssuer issuer, AuthProperties properties, Clock clock) {
        return new LoginService(users, new SecondFactorChallenges(properties.challengeTtl(), clock), issuer, clock);
    }
}
