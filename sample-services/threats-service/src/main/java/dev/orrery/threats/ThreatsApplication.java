package dev.orrery.threats;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/// Starts threats-service; every setting is in `application.yaml` and docs/service-contract.md.
@SpringBootApplication
public class ThreatsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThreatsApplication.class, args);
    }
}
