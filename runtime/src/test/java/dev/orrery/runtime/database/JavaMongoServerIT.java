package dev.orrery.runtime.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Runs the Java engine as a real child process, the way the supervisor does.
class JavaMongoServerIT {
    @TempDir
    Path data;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killProcesses() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void answersTheMongoDbDriverAndKeepsDataAcrossAGracefulRestart() throws Exception {
        int port = freePort();
        Process server = start(port, ProcessHandle.current().pid());
        try (MongoClient client = client(port)) {
            heroes(client).insertOne(new Document("name", "Captain Marvel").append("power", 9));
            assertThat(heroes(client)
                            .find(new Document("name", "Captain Marvel"))
                            .first())
                    .containsEntry("power", 9);
        }

        server.destroy();
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        start(port, ProcessHandle.current().pid());

        try (MongoClient client = client(port)) {
            assertThat(heroes(client).countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        int port = freePort();
        Process server = start(port, ProcessHandle.current().pid());
        int written = 200;
        try (MongoClient client = client(port)) {
            for (int i = 0; i < written; i++) {
                heroes(client).insertOne(new Document("n", i));
            }
            heroes(client).updateOne(new Document("n", 0), new Document("$set", new Document("updated", true)));
            heroes(client).deleteOne(new Document("n", 1));
        }

        server.destroyForcibly();
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        start(port, ProcessHandle.current().pid());

        try (MongoClient client = client(port)) {
            assertThat(heroes(client).countDocuments()).isEqualTo(written - 1);
            assertThat(heroes(client).find(new Document("n", 0)).first()).containsEntry("updated", true);
        }
    }

    @Test
    void exitsWhenItsParentDies() throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        processes.add(parent);
        int port = freePort();
        Process server = start(port, parent.pid());

        parent.destroyForcibly();

        await().atMost(Duration.ofSeconds(20)).until(() -> !server.isAlive());
    }

    private Process start(int port, long parentPid) throws IOException {
        JavaServerCommand command = new JavaServerCommand(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                classPath(),
                parentPid,
                JavaServerCommand.LIGHT_JVM);
        Process process = new ProcessBuilder(command.command(port, data.resolve("db/orrery.mv.db")))
                .redirectErrorStream(true)
                .redirectOutput(
                        data.resolve("server-" + processes.size() + ".log").toFile())
                .start();
        processes.add(process);
        await().atMost(Duration.ofSeconds(60)).until(() -> listening(port) || !process.isAlive());
        assertThat(process.isAlive()).as("database process is running").isTrue();
        return process;
    }

    private static String classPath() {
        Path jar = Path.of("target", "orrery.jar");
        return Files.isRegularFile(jar) ? jar.toAbsolutePath().toString() : System.getProperty("java.class.path");
    }

    private static MongoCollection<Document> heroes(MongoClient client) {
        return client.getDatabase("orrery").getCollection("heroes");
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
