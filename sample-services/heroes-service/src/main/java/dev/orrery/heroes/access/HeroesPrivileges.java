package dev.orrery.heroes.access;

import dev.orrery.support.security.RequiredPrivileges;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/// Reading heroes and powers needs `heroes:read`; creating and changing heroes needs `heroes:write`. Pictures and
/// health stay open (the support library's defaults). Only used with `orrery.security.enabled=true`.
@Configuration(proxyBeanMethods = false)
public class HeroesPrivileges {

    @Bean
    RequiredPrivileges heroesRequiredPrivileges() {
        return RequiredPrivileges.builder()
                .require(HttpMethod.GET, "/heroes/**", "heroes:read")
                .require(HttpMethod.GET, "/powers/**", "heroes:read")
                .require(HttpMethod.POST, "/heroes", "heroes:write")
                .require(HttpMethod.POST, "/hero/**", "heroes:write")
                .build();
    }
}
