package dev.orrery.support.instance;

import dev.orrery.support.request.BodySizeLimitFilter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/// Defaults every Orrery service shares, added with the lowest precedence so that `application.yaml`, command-line
/// arguments and the runtime's properties always win.
///
/// The instance id defaults to `<spring.application.name>:<server.address>:<server.port>`; when the port is chosen
/// at random (`0`), the process id stands in for it so that ids stay unique per process. Eureka registers the
/// instance under the same id, so two instances on one host never collapse into one registration. Errors are
/// always JSON: the whitelabel page is off and stack traces are never included.
public final class InstanceDefaults implements EnvironmentPostProcessor, Ordered {

    /// Name of the property source holding these defaults.
    public static final String SOURCE_NAME = "orreryServiceDefaults";

    /// Property holding this process's instance id.
    public static final String INSTANCE_ID = "orrery.instance-id";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("server.address", "127.0.0.1");
        defaults.put("server.error.whitelabel.enabled", "false");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("server.tomcat.max-swallow-size", BodySizeLimitFilter.DRAINED_SIZE);
        if (!environment.containsProperty(INSTANCE_ID)) {
            defaults.put(INSTANCE_ID, defaultInstanceId(environment));
        }
        defaults.put("eureka.instance.instance-id", "${" + INSTANCE_ID + "}");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    private static String defaultInstanceId(ConfigurableEnvironment environment) {
        String name = environment.getProperty("spring.application.name", "application");
        String address = environment.getProperty("server.address", "127.0.0.1");
        String port = environment.getProperty("server.port", "8080");
        String portOrPid =
                "0".equals(port.strip()) ? "pid" + ProcessHandle.current().pid() : port.strip();
        return name + ":" + address + ":" + portOrPid;
    }

    @Override
    public int getOrder() {
        // After the config data (application.yaml) and command-line sources are in place.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
