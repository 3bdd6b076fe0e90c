package dev.orrery.support.instance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/// Registers the [ServedByFilter] in every servlet web service.
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class InstanceAutoConfiguration {

    /// Runs the filter first, so every response (also a refused or failed one) names its instance.
    @Bean
    FilterRegistrationBean<ServedByFilter> servedByFilter(@Value("${" + InstanceDefaults.INSTANCE_ID + "}") String id) {
        var registration = new FilterRegistrationBean<>(new ServedByFilter(id));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("orreryServedByFilter");
        return registration;
    }
}
