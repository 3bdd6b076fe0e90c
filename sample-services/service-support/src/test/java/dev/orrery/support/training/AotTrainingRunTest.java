package dev.orrery.support.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orrery.support.testapp.SupportTestApplication;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AotTrainingRunTest {

    @Test
    void trainingRunRequestsEveryPathFromItselfThenClosesAndExitsWithZero(CapturedOutput output) {
        var exitStatus = new AtomicInteger(-1);
        TrainingExit exit = exitStatus::set;
        var context = new SpringApplicationBuilder(SupportTestApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("trainingExit", exit))
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--eureka.client.enabled=false",
                        "--orrery.aot.training.paths=/heroes,/heroes/7",
                        "--orrery.aot.training.linger=0s");
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> exitStatus.get() != -1);

            assertThat(exitStatus).hasValue(0);
            assertThat(context.isActive()).isFalse();
            assertThat(output)
                    .contains("AOT training: GET /heroes answered 200")
                    .contains("AOT training: GET /heroes/7 answered 404");
        } finally {
            context.close();
        }
    }

    @Test
    void aNormalStartIsNoTrainingRun() {
        var context = new SpringApplicationBuilder(SupportTestApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--eureka.client.enabled=false");
        try {
            assertThat(context.getBeanProvider(AotTrainingRun.class).getIfAvailable())
                    .isNull();
        } finally {
            context.close();
        }
    }
}
