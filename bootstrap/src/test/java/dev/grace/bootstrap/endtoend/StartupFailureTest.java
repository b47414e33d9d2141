package dev.grace.bootstrap.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.application.port.out.DatabaseUnavailableException;
import dev.grace.bootstrap.InvalidSettingException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A start that cannot work stops with a message naming the cause, never with a secret or password in it. */
class StartupFailureTest {
    private static final String PASSWORD = "hunter2-very-secret";

    private static Throwable rootCause(ThrowingCallable start) {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(start).satisfies(t -> caught[0] = t);
        Throwable cause = caught[0];
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void aBadSettingStopsTheStartNamingTheVariable() {
        Throwable cause = rootCause(() -> GraceInstance.startWith(Map.of(
                "DATABASE_URL", "postgresql://grace:" + PASSWORD + "@127.0.0.1:1/grace",
                "HMAC_SECRET", GraceInstance.SECRET, "DB_POOL_SIZE", "lots")));

        assertThat(cause).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("DB_POOL_SIZE: ");
    }

    @Test
    void aMalformedDatabaseUrlIsNamedWithoutItsPassword() {
        Throwable cause = rootCause(() -> GraceInstance.startWith(Map.of(
                "DATABASE_URL", "mysql://grace:" + PASSWORD + "@db/grace", "HMAC_SECRET", GraceInstance.SECRET)));

        assertThat(cause).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("DATABASE_URL: ")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aDatabaseUrlWithoutHmacSecretStopsTheStart() {
        Throwable cause = rootCause(() -> GraceInstance.startWith(Map.of(
                "DATABASE_URL", "postgresql://grace:" + PASSWORD + "@127.0.0.1:1/grace", "HMAC_SECRET", "")));

        assertThat(cause).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HMAC_SECRET: ")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aShortSecretStopsTheStartWithoutEchoingIt() {
        Throwable cause = rootCause(() -> GraceInstance.startWith(Map.of(
                "DATABASE_URL", "postgresql://grace@127.0.0.1:1/grace", "HMAC_SECRET", "tooShortSecret")));

        assertThat(cause).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HMAC_SECRET: ")
                .hasMessageNotContaining("tooShortSecret");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithinThePoolTimeout() {
        Throwable[] caught = new Throwable[1];
        assertThatThrownBy(() -> GraceInstance.startWith(Map.of(
                "DATABASE_URL", "postgresql://grace:" + PASSWORD + "@127.0.0.1:1/grace",
                "HMAC_SECRET", GraceInstance.SECRET, "DB_POOL_TIMEOUT", "1"))).satisfies(t -> caught[0] = t);

        DatabaseUnavailableException unavailable = null;
        for (Throwable t = caught[0]; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD);
            if (t instanceof DatabaseUnavailableException found && unavailable == null) {
                unavailable = found;
            }
        }
        assertThat(unavailable).as("the start-up pool check names the database").isNotNull();
        assertThat(unavailable.getMessage()).contains("127.0.0.1:1").contains("DB_POOL_TIMEOUT");
    }
}
