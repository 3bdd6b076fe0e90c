package dev.orrery.support.parent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ParentWatchAutoConfigurationTest {

    /// Like a service with `spring.main.lazy-initialization=true`.
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ParentWatchAutoConfiguration.class))
            .withInitializer(context -> {
                context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
                context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor());
            });

    @Test
    void watchStartsEvenWhenBeansAreLazy() {
        runner.withPropertyValues("orrery.parent-pid="
                        + ProcessHandle.current().parent().orElseThrow().pid())
                .run(context -> assertThat(context.getBeanFactory().containsSingleton("parentWatch"))
                        .isTrue());
    }

    @Test
    void noWatchWithoutAParent() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ParentWatch.class));
    }
}
