package dev.orrery.support.fault;

import dev.orrery.support.instance.InstanceDefaults;
import dev.orrery.support.problem.ProblemWriter;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/// Puts the fault control endpoint and the fault filter in every servlet service. The secret comes from the file in
/// `orrery.control.secret-file`; without it the endpoint refuses every request and no fault can be injected.
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FaultAutoConfiguration {

    /// Property naming the owner-only file that holds the cluster's control secret.
    public static final String SECRET_FILE = "orrery.control.secret-file";

    @Bean
    FaultSwitch faultSwitch() {
        return new FaultSwitch();
    }

    /// Right after the `X-Served-By` filter and before the token check: the runtime calls it without a user token.
    @Bean
    FilterRegistrationBean<FaultControlFilter> faultControlFilter(
            FaultSwitch faults,
            @Value("${" + SECRET_FILE + ":}") String secretFile,
            @Value("${" + InstanceDefaults.INSTANCE_ID + "}") String instanceId) {
        var secret = secretFile.isBlank() ? ControlSecret.none() : ControlSecret.readFrom(Path.of(secretFile));
        var registration =
                new FilterRegistrationBean<>(new FaultControlFilter(faults, secret, new ProblemWriter(instanceId)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.setName("orreryFaultControlFilter");
        return registration;
    }

    /// Before the token check too: a slow or flaky instance is slow or flaky for every caller.
    @Bean
    FilterRegistrationBean<FaultInjectionFilter> faultInjectionFilter(
            FaultSwitch faults, @Value("${" + InstanceDefaults.INSTANCE_ID + "}") String instanceId) {
        var registration =
                new FilterRegistrationBean<>(new FaultInjectionFilter(faults, new ProblemWriter(instanceId)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.setName("orreryFaultInjectionFilter");
        return registration;
    }
}
