package dev.orrery.support.problem;

import java.util.Arrays;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/// Puts a [ProblemReportValve] on Tomcat's host in place of its HTML error report (also the one Spring Boot adds).
///
/// Runs after Spring Boot's own Tomcat customizers so that no other error report valve is added after this one.
final class TomcatProblemReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final ProblemWriter problems;

    TomcatProblemReports(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            var pipeline = host.getPipeline();
            Arrays.stream(pipeline.getValves())
                    .filter(ErrorReportValve.class::isInstance)
                    .forEach(pipeline::removeValve);
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            pipeline.addValve(new ProblemReportValve(problems));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
