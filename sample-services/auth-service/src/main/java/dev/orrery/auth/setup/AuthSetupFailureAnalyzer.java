package dev.orrery.auth.setup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/// Turns an [AuthSetupException] into Spring Boot's "APPLICATION FAILED TO START" report, with the problem and the
/// action to take instead of a stack trace.
public final class AuthSetupFailureAnalyzer extends AbstractFailureAnalyzer<AuthSetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuthSetupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
