package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheCheckTest {

    private static final ServiceJvmFlags FLAGS = ServiceJvmFlags.parse("-XX:+UseSerialGC -Xmx96m");
    private static final AotCacheCheck CHECK = new AotCacheCheck("25.0.3+9-LTS", FLAGS);

    @TempDir
    Path folder;

    @Test
    void cacheMadeByThisJavaWithTheseFlagsIsUsed() throws IOException {
        var cache = cache("java.vm.version=25.0.3+9-LTS\nflags=-XX:+UseSerialGC   -Xmx96m\n");

        var decision = CHECK.decide(cache);

        assertThat(decision.cache()).contains(cache);
    }

    @Test
    void cacheOfAnotherJavaIsNotUsedAndTheReasonNamesBoth() throws IOException {
        var decision = CHECK.decide(cache("java.vm.version=25.0.1+8-LTS\nflags=-XX:+UseSerialGC -Xmx96m\n"));

        assertThat(decision.cache()).isEmpty();
        assertThat(decision.reason()).contains("25.0.1+8-LTS", "25.0.3+9-LTS");
    }

    @Test
    void cacheMadeWithOtherFlagsIsNotUsed() throws IOException {
        var decision = CHECK.decide(cache("java.vm.version=25.0.3+9-LTS\nflags=-XX:+UseG1GC -Xmx96m\n"));

        assertThat(decision.cache()).isEmpty();
        assertThat(decision.reason()).contains("-XX:+UseG1GC");
    }

    @Test
    void cacheWithoutStampIsNotUsed() throws IOException {
        var cache = Files.writeString(folder.resolve("svc.aot"), "cache");

        var decision = CHECK.decide(cache);

        assertThat(decision.cache()).isEmpty();
        assertThat(decision.reason()).contains("stamp");
    }

    @Test
    void missingCacheIsNotUsed() {
        var decision = CHECK.decide(folder.resolve("svc.aot"));

        assertThat(decision.cache()).isEmpty();
        assertThat(decision.reason()).contains("no AOT cache");
    }

    private Path cache(String stamp) throws IOException {
        var cache = Files.writeString(folder.resolve("svc.aot"), "cache");
        Files.writeString(AotCacheCheck.stampOf(cache), stamp);
        return cache;
    }
}
