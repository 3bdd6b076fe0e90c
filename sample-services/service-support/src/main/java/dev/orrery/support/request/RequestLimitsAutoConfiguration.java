package dev.orrery.support.request;

import dev.orrery.support.problem.ProblemAutoConfiguration;
import dev.orrery.support.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/// Registers the [BodySizeLimitFilter] first in the filter chain; the limit is `orrery.requests.max-body-size`.
@AutoConfiguration(after = ProblemAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ProblemWriter.class)
public class RequestLimitsAutoConfiguration {

    /// Room for any document the sample APIs take, with a wide margin.
    static final String DEFAULT_MAX_BODY_SIZE = "64KB";

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${orrery.requests.max-body-size:" + DEFAULT_MAX_BODY_SIZE + "}") DataSize maxBodySize,
            ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBodySize.toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
