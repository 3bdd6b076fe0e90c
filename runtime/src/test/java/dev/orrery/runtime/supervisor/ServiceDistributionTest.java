package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceDistributionTest {

    private static final ServiceJvmFlags FLAGS = ServiceJvmFlags.parse("-Xmx96m");
    private static final AotCacheCheck CHECK = new AotCacheCheck("25+1", FLAGS);

    @TempDir
    Path root;

    private ServiceDistribution distribution;
    private Path fatJar;

    @BeforeEach
    void checkout() throws IOException {
        distribution = new ServiceDistribution(root, false);
        fatJar = distribution.expectedJar("heroes-service");
        Files.createDirectories(fatJar.getParent());
        Files.writeString(fatJar, "jar");
        Files.setLastModifiedTime(fatJar, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void extractedFormWithValidCacheIsPreferred() throws IOException {
        var extracted = extract("java.vm.version=25+1\nflags=-Xmx96m\n");

        var launch = distribution.launch("heroes-service", CHECK);

        assertThat(launch.jar()).isEqualTo(extracted);
        assertThat(launch.aotCache()).contains(extracted.resolveSibling("heroes-service.aot"));
        assertThat(launch.form()).isEqualTo("extracted jar + AOT cache");
    }

    @Test
    void extractedFormRunsWithoutACacheOfAnotherJava() throws IOException {
        var extracted = extract("java.vm.version=24+36\nflags=-Xmx96m\n");

        var launch = distribution.launch("heroes-service", CHECK);

        assertThat(launch.jar()).isEqualTo(extracted);
        assertThat(launch.aotCache()).isEmpty();
        assertThat(launch.reason()).contains("24+36");
    }

    @Test
    void jarIsUsedWhenTheExtractedFormIsMissingOrOlder() throws IOException {
        assertThat(distribution.launch("heroes-service", CHECK).jar()).isEqualTo(fatJar);

        var extracted = extract("java.vm.version=25+1\nflags=-Xmx96m\n");
        Files.setLastModifiedTime(extracted, FileTime.from(Instant.now().minusSeconds(600)));
        var launch = distribution.launch("heroes-service", CHECK);

        assertThat(launch.jar()).isEqualTo(fatJar);
        assertThat(launch.extracted()).isFalse();
        assertThat(launch.reason()).contains("older");
    }

    @Test
    void aServiceIsMissingOnlyWithoutBothForms() throws IOException {
        Files.delete(fatJar);
        assertThat(distribution.missing(List.of("heroes-service"))).containsExactly("heroes-service");

        extract("java.vm.version=25+1\nflags=-Xmx96m\n");
        assertThat(distribution.missing(List.of("heroes-service"))).isEmpty();
    }

    private Path extract(String stamp) throws IOException {
        var jar = distribution.extractedJar("heroes-service");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "thin jar");
        var cache = Files.writeString(jar.resolveSibling("heroes-service.aot"), "cache");
        Files.writeString(AotCacheCheck.stampOf(cache), stamp);
        return jar;
    }
}
