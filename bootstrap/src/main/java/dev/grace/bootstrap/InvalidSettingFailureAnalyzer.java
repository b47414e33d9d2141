package dev.grace.bootstrap;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad setting into Boot's short "APPLICATION FAILED TO START" report instead of a stack trace. */
final class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis(
                "Grace cannot start: " + cause.getMessage(),
                "Fix or unset " + cause.variable() + " (see the configuration table in README.md) and start again.",
                cause);
    }
}
