package dev.orrery.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.server.PathContainer;

class RequestPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/heroes-service/actuator/env",
                "/heroes-service/%61ctuator/env",
                "/heroes-service/actuator;jsessionid=1/env",
                "/heroes-service/ACTUATOR/health",
                "/heroes/x/../actuator/health"
            })
    void seesActuatorSegmentsHoweverTheyAreWritten(String path) {
        assertThat(RequestPath.of(PathContainer.parsePath(path)).hasLaterSegment("actuator"))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/heroes-service/heroes/actuators", "/heroes-service/heroes"})
    void leavesOtherPathsAlone(String path) {
        assertThat(RequestPath.of(PathContainer.parsePath(path)).hasLaterSegment("actuator"))
                .isFalse();
    }

    @Test
    void findsAControlSegmentAnywhere() {
        assertThat(RequestPath.of(PathContainer.parsePath("/orrery-control/stop"))
                        .hasSegment("orrery-control"))
                .isTrue();
        assertThat(RequestPath.of(PathContainer.parsePath("/heroes/orrery-control"))
                        .hasSegment("orrery-control"))
                .isTrue();
    }
}
