package dev.orrery.runtime.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AotCacheRejectionTest {

    @Test
    void jvmErrorsAndWarningsAboutTheCacheAreRejections() {
        assertThat(AotCacheRejection.isRejection("[0.247s][error  ][aot] shared class paths mismatch"))
                .isTrue();
        assertThat(AotCacheRejection.isRejection(
                        "[0.247s][warning][aot] This file is not the one used while building the shared archive"))
                .isTrue();
        assertThat(AotCacheRejection.isRejection("[error][aot,heap] Unable to map"))
                .isTrue();
    }

    @Test
    void ordinaryLinesAndInfoAboutTheCacheAreNot() {
        assertThat(AotCacheRejection.isRejection("[0.014s][info][aot] Opened AOT cache x.aot."))
                .isFalse();
        assertThat(AotCacheRejection.isRejection("2026-12-04 INFO Started HeroesApplication in 0.9 seconds"))
                .isFalse();
        assertThat(AotCacheRejection.isRejection("")).isFalse();
    }
}
