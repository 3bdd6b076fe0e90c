package dev.orrery.gateway.routing;

import dev.orrery.gateway.traffic.TrafficStream;
import dev.orrery.support.problem.ProblemWriter;
import java.time.InstantSource;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/// Wires the gateway's routes to the registry client, the load balancer and the gateway's proxy.
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    InstanceChooser instanceChooser(LoadBalancerClient loadBalancer) {
        return serviceId -> Optional.ofNullable(loadBalancer.choose(serviceId));
    }

    @Bean
    RouteResolver routeResolver(
            GatewayProperties properties,
            DiscoveryClient discovery,
            @Value("${spring.application.name}") String ownServiceId) {
        var catalog = new ServiceCatalog(
                discovery::getServices, properties.shortRoutes().values(), ownServiceId);
        return new RouteResolver(properties.shortRoutes(), catalog);
    }

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(
            GatewayProperties properties,
            RouteResolver resolver,
            InstanceChooser chooser,
            ProxyExchangeHandlerFunction proxy,
            TrafficStream traffic,
            ProblemWriter problems) {
        var forwarder = new InstanceForwarder(chooser, proxy, properties, InstantSource.system());
        return new ServiceRouter(resolver, forwarder, traffic, new ProblemAnswers(problems));
    }
}
