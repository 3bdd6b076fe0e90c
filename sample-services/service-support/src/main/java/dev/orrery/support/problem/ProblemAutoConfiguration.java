package dev.orrery.support.problem;

import dev.orrery.support.instance.InstanceDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/// Problem bodies for every error of a servlet web service; switch off with `orrery.problems.enabled=false`.
///
/// Runs before Spring Boot's error configuration so that [ProblemErrorController] replaces its whitelabel controller.
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "orrery.problems.enabled", matchIfMissing = true)
public class ProblemAutoConfiguration {

    @Bean
    ProblemWriter problemWriter(@Value("${" + InstanceDefaults.INSTANCE_ID + "}") String instanceId) {
        return new ProblemWriter(instanceId);
    }

    @Bean
    ProblemExceptionHandler problemExceptionHandler(ProblemWriter problems) {
        return new ProblemExceptionHandler(problems);
    }

    @Bean
    ProblemErrorController problemErrorController(ProblemWriter problems) {
        return new ProblemErrorController(problems);
    }

    /// Only where the service runs on Tomcat (every sample service does).
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    static class TomcatProblems {

        @Bean
        TomcatProblemReports tomcatProblemReports(ProblemWriter problems) {
            return new TomcatProblemReports(problems);
        }
    }

    /// Only where Spring's data access exceptions exist, that is in services with a database.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.dao.DataAccessResourceFailureException")
    static class DataAccessProblems {

        @Bean
        DataAccessProblemHandler dataAccessProblemHandler(ProblemWriter problems) {
            return new DataAccessProblemHandler(problems);
        }
    }
}
