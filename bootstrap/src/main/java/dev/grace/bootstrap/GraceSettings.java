package dev.grace.bootstrap;

import dev.grace.adapter.in.web.webhook.WebhookSettings;
import dev.grace.adapter.out.persistence.DatabaseUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Every setting Grace reads from its environment, checked once at start. A bad value stops the start with a
 * message naming the variable (see {@link InvalidSettingException}); secrets are kept as given and never
 * echoed.
 *
 * @param databaseUrl {@code DATABASE_URL}; empty means development mode on an embedded PostgreSQL
 * @param hmacSecrets {@code HMAC_SECRET}'s entries as key bytes; empty in development mode without one
 * @param dataDirectory {@code GRACE_DATA_DIR}: where development mode keeps its database and generated secret
 */
public record GraceSettings(
        Optional<DatabaseUrl> databaseUrl,
        int poolSize,
        int maxOverflow,
        Duration poolTimeout,
        Duration poolRecycle,
        boolean poolPrePing,
        boolean serverless,
        Optional<List<byte[]>> hmacSecrets,
        Duration hmacTolerance,
        int webhookMaxBodyBytes,
        int eventRetentionDays,
        int maxStayNights,
        int bookingHorizonDays,
        int port,
        Path dataDirectory) {

    public boolean developmentMode() {
        return databaseUrl.isEmpty();
    }

    /**
     * Reads the settings through {@code lookup} (a variable name to its value, or null when unset). Blank
     * values count as unset, so an empty {@code DB_POOL_SIZE=} falls back to its default rather than failing.
     */
    public static GraceSettings from(UnaryOperator<String> lookup) {
        Reader env = new Reader(lookup);
        Optional<DatabaseUrl> databaseUrl = env.text("DATABASE_URL").map(url -> checked("DATABASE_URL",
                () -> DatabaseUrl.parse("DATABASE_URL", url)));
        // Kept as parsed bytes only: the settings never hold the secret's text, so no log of them can show it.
        Optional<List<byte[]>> hmacSecrets = Optional.ofNullable(lookup.apply("HMAC_SECRET"))
                .filter(s -> !s.isEmpty())
                .map(secret -> checked("HMAC_SECRET", () -> WebhookSettings.parseSecrets(secret)));
        if (databaseUrl.isPresent() && hmacSecrets.isEmpty()) {
            throw new InvalidSettingException("HMAC_SECRET",
                    "is required when DATABASE_URL is set (webhook senders sign with it); "
                            + "generate one with: openssl rand -hex 32");
        }
        return new GraceSettings(
                databaseUrl,
                env.integer("DB_POOL_SIZE", 20, 1, 500),
                env.integer("DB_MAX_OVERFLOW", 10, 0, 500),
                Duration.ofSeconds(env.integer("DB_POOL_TIMEOUT", 30, 1, 600)),
                Duration.ofSeconds(env.integer("DB_POOL_RECYCLE", 3600, 30, 86_400)),
                env.bool("DB_POOL_PRE_PING", true),
                env.bool("IS_SERVERLESS", false),
                hmacSecrets,
                Duration.ofSeconds(env.integer("HMAC_TOLERANCE_SECONDS", 300, 1, 3600)),
                env.integer("WEBHOOK_MAX_BODY_BYTES", 65_536, 1024, 10_485_760),
                env.integer("EVENT_RETENTION_DAYS", 30, 1, 3650),
                env.integer("MAX_STAY_NIGHTS", 30, 1, 365),
                env.integer("BOOKING_HORIZON_DAYS", 730, 1, 3650),
                env.integer("PORT", 8080, 0, 65_535),
                Path.of(env.text("GRACE_DATA_DIR").orElse(".grace")).toAbsolutePath().normalize());
    }

    /** Runs an adapter's own parser, turning its refusal into a setting error that names the variable once. */
    private static <T> T checked(String variable, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            // The adapters' messages already name the variable and never contain the value.
            String reason = String.valueOf(e.getMessage());
            if (reason.startsWith(variable)) {
                reason = reason.substring(variable.length()).strip();
            }
            throw new InvalidSettingException(variable, reason);
        }
    }

    private record Reader(UnaryOperator<String> lookup) {
        Optional<String> text(String name) {
            return Optional.ofNullable(lookup.apply(name)).map(String::strip).filter(s -> !s.isEmpty());
        }

        int integer(String name, int fallback, int min, int max) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            String allowed = "must be a whole number from " + min + " to " + max;
            if (!raw.get().matches("[0-9]{1,9}")) {
                throw new InvalidSettingException(name, allowed + " (got '" + printable(raw.get()) + "')");
            }
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new InvalidSettingException(name, allowed + " (got " + value + ")");
            }
            return value;
        }

        boolean bool(String name, boolean fallback) {
            Optional<String> raw = text(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            return switch (raw.get().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw new InvalidSettingException(name,
                        "must be one of true/false/1/0/yes/no (got '" + printable(raw.get()) + "')");
            };
        }

        /** Keeps a rejected value readable in a log line: short, no control characters. */
        private static String printable(String value) {
            String clean = value.replaceAll("\\p{Cntrl}", "?");
            return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
        }
    }
}
