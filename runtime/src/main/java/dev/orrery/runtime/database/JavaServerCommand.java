package dev.orrery.runtime.database;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/// Builds the command that starts [JavaMongoServerMain] in its own JVM, from the same Java and class path as the
/// running runtime, watching this process as its parent.
public record JavaServerCommand(Path javaExecutable, String classPath, long parentPid, List<String> jvmOptions) {
    /// Small heap and quick start: the server holds little, and two cores are shared by the whole cluster.
    public static final List<String> LIGHT_JVM =
            List.of("-Xmx96m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public JavaServerCommand {
        jvmOptions = List.copyOf(jvmOptions);
    }

    public static JavaServerCommand fromCurrentJvm() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new JavaServerCommand(
                java,
                absolute(System.getProperty("java.class.path")),
                ProcessHandle.current().pid(),
                LIGHT_JVM);
    }

    /// The class path with absolute entries, because the database runs in its own working folder.
    static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    public List<String> command(int port, Path file) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, JavaMongoServerMain.class.getName()));
        command.addAll(List.of("--port", Integer.toString(port), "--file", file.toString()));
        command.addAll(List.of("--parent-pid", Long.toString(parentPid)));
        return List.copyOf(command);
    }
}
