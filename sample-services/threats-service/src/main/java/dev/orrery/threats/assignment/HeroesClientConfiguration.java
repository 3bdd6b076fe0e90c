package dev.orrery.threats.assignment;

import java.net.http.HttpClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/// How threats-service reaches heroes-service: at `orrery.heroes.url` when it is set (lesson 1, no registry), else
/// as `http://heroes-service` resolved through the registry by Spring Cloud LoadBalancer.
///
/// Short timeouts (`orrery.heroes.connect-timeout`, 2 s; `orrery.heroes.read-timeout`, 5 s) keep an assignment from
/// hanging on a dead instance.
@Configuration(proxyBeanMethods = false)
public class HeroesClientConfiguration {

    static final String SERVICE_URL = "http://heroes-service";

    private static final Logger LOG = LoggerFactory.getLogger(HeroesClientConfiguration.class);

    @Bean
    HeroesClient heroesClient(
            ObjectProvider<LoadBalancerClient> loadBalancer,
            @Value("${orrery.heroes.url:}") String fixedUrl,
            @Value("${orrery.heroes.connect-timeout:2s}") Duration connectTimeout,
            @Value("${orrery.heroes.read-timeout:5s}") Duration readTimeout) {
        var requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        if (!fixedUrl.isBlank()) {
            LOG.info("Calling heroes-service at {} (orrery.heroes.url)", fixedUrl);
            var rest = RestClient.builder()
                    .baseUrl(fixedUrl)
                    .requestFactory(requests)
                    .build();
            return new HeroesClient(rest, fixedUrl);
        }

        LOG.info("Calling heroes-service through the registry as {}", SERVICE_URL);
        // The load-balancing interceptor goes on this one client only. A `@LoadBalanced RestClient.Builder` bean
        // would also be picked up by the Eureka client for its own calls, which then try to resolve the
        // registry's host as a service id and never register this instance.
        var rest = RestClient.builder()
                .baseUrl(SERVICE_URL)
                .requestFactory(requests)
                .requestInterceptor(new LoadBalancerInterceptor(loadBalancer.getObject()))
                .build();
        return new HeroesClient(rest, SERVICE_URL + " (through the registry)");
    }
}
