package dev.orrery.support.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class InstanceDefaultsTest {

    @Test
    void instanceIdIsServiceAddressAndPort() {
        var environment = environment(Map.of("spring.application.name", "heroes-service", "server.port", "8081"));

        assertThat(environment.getProperty("orrery.instance-id")).isEqualTo("heroes-service:127.0.0.1:8081");
        assertThat(environment.getProperty("eureka.instance.instance-id")).isEqualTo("heroes-service:127.0.0.1:8081");
    }

    @Test
    void randomPortFallsBackToTheProcessId() {
        var environment = environment(Map.of("spring.application.name", "heroes-service", "server.port", "0"));

        assertThat(environment.getProperty("orrery.instance-id"))
                .isEqualTo(
                        "heroes-service:127.0.0.1:pid" + ProcessHandle.current().pid());
    }

    @Test
    void givenInstanceIdWinsAndIsAlsoTheEurekaId() {
        var environment = environment(Map.of("orrery.instance-id", "heroes-2", "server.port", "8081"));

        assertThat(environment.getProperty("orrery.instance-id")).isEqualTo("heroes-2");
        assertThat(environment.getProperty("eureka.instance.instance-id")).isEqualTo("heroes-2");
    }

    @Test
    void errorsNeverShowTheWhitelabelPage() {
        var environment = environment(Map.of());

        assertThat(environment.getProperty("server.error.whitelabel.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new InstanceDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
