package dev.orrery.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.netflix.eureka.server.EnableEurekaServer;

/// Starts the standalone Eureka registry that every service of a cluster registers with.
///
/// All tuning lives in `application.yaml`; the runtime overrides only the port and the parent PID.
@SpringBootApplication
@EnableEurekaServer
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
