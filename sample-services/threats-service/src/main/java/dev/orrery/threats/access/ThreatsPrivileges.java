package dev.orrery.threats.access;

import dev.orrery.support.security.RequiredPrivileges;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/// Reading threats needs `threats:read`; creating them `threats:write`; an assignment changes a threat and a hero,
/// so it needs `threats:write` and `heroes:write`. Only used with `orrery.security.enabled=true`.
@Configuration(proxyBeanMethods = false)
public class ThreatsPrivileges {

    @Bean
    RequiredPrivileges threatsRequiredPrivileges() {
        return RequiredPrivileges.builder()
                .require(HttpMethod.GET, "/threats/**", "threats:read")
                .require(HttpMethod.POST, "/threats", "threats:write")
                .require(HttpMethod.POST, "/assignment", "threats:write", "heroes:write")
                .build();
    }
}
