package dev.orrery.runtime.topology;

import java.nio.file.Path;
import java.util.Optional;

/// How the instances of a service are started: one of the sample services shipped with Orrery, or any command.
public sealed interface ServiceLaunch {

    /// A sample service started from its jar in the Orrery distribution.
    record Builtin(BuiltinService service) implements ServiceLaunch {}

    /// Any program; `{port}` in the command line is replaced by the instance's port.
    ///
    /// @param commandLine the command, split on white space (double quotes group words)
    /// @param workingDirectory where to run it; the topology file's folder when empty
    /// @param readiness how the runtime decides the instance is up
    /// @param registerWithRegistry `true` when the program registers itself in Eureka; when `false` the runtime
    ///     registers it under the service id, renews its lease while healthy and removes it when it stops
    record Command(
            String commandLine, Optional<Path> workingDirectory, ReadinessSpec readiness, boolean registerWithRegistry)
            implements ServiceLaunch {

        /// The placeholder replaced by the instance's port.
        public static final String PORT_PLACEHOLDER = "{port}";
    }
}
