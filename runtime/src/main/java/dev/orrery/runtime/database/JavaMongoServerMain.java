package dev.orrery.runtime.database;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;
import org.slf4j.LoggerFactory;

/// Runs the pure-Java MongoDB engine as its own process:
/// `java -cp orrery.jar dev.orrery.runtime.database.JavaMongoServerMain --port N --file F [--parent-pid P]`.
///
/// Binds 127.0.0.1 only, keeps data in the H2 file and exits when the parent process dies, so a killed console
/// leaves no database behind.
public final class JavaMongoServerMain {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(JavaMongoServerMain.class);

    private JavaMongoServerMain() {}

    public static void main(String[] args) throws Exception {
        quietLibraryLogs();
        JavaServerArguments arguments;
        try {
            arguments = JavaServerArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("orrery database: " + e.getMessage());
            System.exit(2);
            return;
        }
        run(arguments);
    }

    private static void run(JavaServerArguments arguments) throws InterruptedException, java.io.IOException {
        Path parent = arguments.file().toAbsolutePath().getParent();
        Files.createDirectories(parent);
        MVStore store =
                new MVStore.Builder().fileName(arguments.file().toString()).open();
        var backend = new DurableH2Backend(store);
        var server = new MongoServer(backend);
        server.bind("127.0.0.1", arguments.port());
        LOG.info("Java MongoDB engine listening on 127.0.0.1:{}, data in {}", arguments.port(), arguments.file());

        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            server.shutdownNow();
            stopped.countDown();
        }));
        arguments
                .parentPid()
                .flatMap(ProcessHandle::of)
                .ifPresent(handle -> handle.onExit().thenRun(() -> {
                    LOG.info("Parent process {} ended; stopping the database", handle.pid());
                    System.exit(0);
                }));
        if (arguments.parentPid().isPresent()
                && arguments.parentPid().flatMap(ProcessHandle::of).isEmpty()) {
            LOG.warn(
                    "Parent process {} is already gone; stopping",
                    arguments.parentPid().get());
            System.exit(0);
        }
        stopped.await();
    }

    private static void quietLibraryLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.INFO);
        }
        // The wire handler logs every connection at INFO; the supervisor's readiness probe and each driver's
        // connection pool would fill the database log with them.
        Stream.of("io.netty", "de.bwaldvogel.mongo.wire")
                .map(LoggerFactory::getLogger)
                .filter(Logger.class::isInstance)
                .map(Logger.class::cast)
                .forEach(l -> l.setLevel(Level.WARN));
    }
}
