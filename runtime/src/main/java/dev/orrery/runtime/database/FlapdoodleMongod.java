package dev.orrery.runtime.database;

import de.flapdoodle.embed.mongo.distribution.Version;
import de.flapdoodle.embed.mongo.transitions.Mongod;
import de.flapdoodle.embed.process.archives.ExtractedFileSet;
import de.flapdoodle.embed.process.net.DownloadToPath;
import de.flapdoodle.embed.process.transitions.DownloadPackage;
import de.flapdoodle.reverse.StateID;
import dev.orrery.runtime.data.AtomicFileWriter;
import dev.orrery.runtime.data.FileMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Gets a `mongod` through flapdoodle: it unpacks a MongoDB archive from its cache (`~/.embedmongo` or env
/// `EMBEDDED_MONGO_ARTIFACTS`), and the executable is copied into the cluster's data folder so the supervisor can
/// run it like any other program.
///
/// Orrery never downloads at run time: flapdoodle's download step is replaced by one that refuses, so only an
/// archive already in the cache is used, and a slow unpack is abandoned after a timeout.
public final class FlapdoodleMongod {
    private static final Pattern ARCHIVE = Pattern.compile("mongodb-.*\\.(tgz|tar\\.gz|zip)");

    private final Map<String, String> environment;
    private final Duration timeout;

    public FlapdoodleMongod(Map<String, String> environment, Duration timeout) {
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    public static FlapdoodleMongod fromSystem() {
        return new FlapdoodleMongod(System.getenv(), Duration.ofSeconds(20));
    }

    public Path cacheFolder() {
        return Optional.ofNullable(environment.get("EMBEDDED_MONGO_ARTIFACTS"))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".embedmongo"));
    }

    /// Whether the cache holds any MongoDB archive, checked without touching the network.
    public boolean hasCachedArchive() {
        if (!Files.isDirectory(cacheFolder())) {
            return false;
        }
        try (Stream<Path> files = Files.walk(cacheFolder(), 5)) {
            return files.anyMatch(
                    p -> ARCHIVE.matcher(p.getFileName().toString()).matches());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /// The executable copied into `engineFolder`, or why flapdoodle could not provide one.
    public Result resolve(Path engineFolder) {
        var executor = Executors.newSingleThreadExecutor(
                r -> Thread.ofPlatform().daemon().name("flapdoodle").unstarted(r));
        try {
            return executor.submit(() -> extract(engineFolder)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Result.Unavailable("flapdoodle found no MongoDB within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new Result.Unavailable("flapdoodle could not provide MongoDB: " + rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result.Unavailable("interrupted while flapdoodle looked for MongoDB");
        } finally {
            executor.shutdownNow();
        }
    }

    private static Result extract(Path engineFolder) throws IOException {
        DownloadToPath refuse = (url, destination, proxy, userAgent, timeouts, listener) -> {
            throw new IOException("MongoDB is not in flapdoodle's cache (Orrery does not download " + url + ")");
        };
        var transitions = Mongod.instance()
                .withDownloadPackage(DownloadPackage.withDefaults().withDownloadToPath(refuse))
                .transitions(Version.Main.V7_0);
        try (var state = transitions.walker().initState(StateID.of(ExtractedFileSet.class))) {
            ExtractedFileSet files = state.current();
            Path target = engineFolder.resolve("mongod");
            // Libraries first: a complete mongod beside a missing library would be found and fail to start.
            for (Path library : files.libraryFiles()) {
                AtomicFileWriter.copy(library, engineFolder.resolve(library.getFileName()), FileMode.OWNER_PROGRAM);
            }
            AtomicFileWriter.copy(files.executable(), target, FileMode.OWNER_PROGRAM);
            return new Result.Found(target);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    /// The outcome of asking flapdoodle.
    public sealed interface Result {
        /// A runnable `mongod`.
        record Found(Path executable) implements Result {}

        /// Why there is none, for the engine's reason text.
        record Unavailable(String reason) implements Result {}
    }
}
