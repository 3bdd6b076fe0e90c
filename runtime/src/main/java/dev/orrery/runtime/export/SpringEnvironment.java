package dev.orrery.runtime.export;

import java.util.Locale;

/// Spring property names as environment variables, following Spring Boot's canonical rule for relaxed binding:
/// dots become underscores, dashes are dropped, letters go upper case (`spring.mongodb.uri` → `SPRING_MONGODB_URI`,
/// `orrery.security.public-key-file` → `ORRERY_SECURITY_PUBLICKEYFILE`).
final class SpringEnvironment {

    private SpringEnvironment() {}

    static String variable(String property) {
        return property.replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
    }
}
