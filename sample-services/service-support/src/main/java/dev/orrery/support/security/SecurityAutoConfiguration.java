package dev.orrery.support.security;

import dev.orrery.support.instance.InstanceDefaults;
import dev.orrery.support.problem.ProblemWriter;
import dev.orrery.support.token.KeyFiles;
import dev.orrery.support.token.TokenVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/// With `orrery.security.enabled=true`, verifies tokens with the key in `orrery.security.public-key-file` and puts
/// the [BearerTokenFilter] in front of every endpoint. Start-up fails, naming the property, if the key is missing.
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty("orrery.security.enabled")
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    TokenVerifier tokenVerifier(SecurityProperties properties) {
        var file = properties
                .publicKey()
                .orElseThrow(() -> new IllegalStateException("orrery.security.enabled is true but"
                        + " orrery.security.public-key-file is not set: point it at the cluster's PEM public key"));
        TokenVerifier verifier = new TokenVerifier(KeyFiles.readPublicKey(file));
        LOG.info("Token checks on: public key {} (key id {})", file, verifier.keyId());
        return verifier;
    }

    /// Runs right after the `X-Served-By` filter, so refusals name their instance too.
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(
            TokenVerifier verifier,
            ObjectProvider<RequiredPrivileges> declared,
            @Value("${" + InstanceDefaults.INSTANCE_ID + "}") String instanceId) {
        RequiredPrivileges rules =
                declared.orderedStream().reduce(RequiredPrivileges.builder().build(), RequiredPrivileges::followedBy);
        var filter = new BearerTokenFilter(verifier, rules, new ProblemWriter(instanceId));
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("orreryBearerTokenFilter");
        return registration;
    }
}
