package dev.grace.adapter.in.web.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * How signed webhooks are checked: the accepted secrets (rotation: every one is accepted), the allowed clock
 * difference in both directions, and the largest body read.
 *
 * <p>Messages name the environment variable and never echo a secret.
 */
public record WebhookSettings(List<byte[]> secrets, Duration tolerance, int maxBodyBytes) {
    public static final int MIN_SECRET_BYTES = 16;
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);
    public static final int DEFAULT_MAX_BODY_BYTES = 65_536;
    private static final String WHSEC = "whsec_";

    public WebhookSettings {
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(tolerance, "tolerance");
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("HMAC_SECRET must hold at least one secret");
        }
        List<byte[]> copies = new ArrayList<>(secrets.size());
        for (int i = 0; i < secrets.size(); i++) {
            byte[] secret = Objects.requireNonNull(secrets.get(i), "secret");
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("HMAC_SECRET entry " + (i + 1) + " is shorter than "
                        + MIN_SECRET_BYTES + " bytes");
            }
            copies.add(secret.clone());
        }
        secrets = List.copyOf(copies);
        if (tolerance.isNegative() || tolerance.getSeconds() < 1 || tolerance.getSeconds() > 3600
                || tolerance.getNano() != 0) {
            throw new IllegalArgumentException("HMAC_TOLERANCE_SECONDS must be a whole number of seconds from 1 to 3600");
        }
        if (maxBodyBytes < 1024 || maxBodyBytes > 10_485_760) {
            throw new IllegalArgumentException("WEBHOOK_MAX_BODY_BYTES must be from 1024 to 10485760");
        }
    }

    /** Builds settings from the environment's raw values, checking each as the contract says. */
    public static WebhookSettings of(String hmacSecretValue, long toleranceSeconds, int maxBodyBytes) {
        if (toleranceSeconds < 1 || toleranceSeconds > 3600) {
            throw new IllegalArgumentException("HMAC_TOLERANCE_SECONDS must be from 1 to 3600");
        }
        return new WebhookSettings(parseSecrets(hmacSecretValue), Duration.ofSeconds(toleranceSeconds), maxBodyBytes);
    }

    /**
     * The contract's secret rules: a comma-separated list; an entry starting with {@code whsec_} is the
     * base64-decoded bytes after the prefix, any other entry its UTF-8 bytes. Empty entries, undecodable
     * {@code whsec_} entries and secrets under 16 bytes are refused. So is an entry with whitespace at either
     * end: it is almost always a copy-paste slip ({@code "a, b"}), and signing with the untrimmed bytes would
     * fail every delivery in a way that is hard to see.
     *
     * @throws IllegalArgumentException naming {@code HMAC_SECRET} and the entry's position, never its value
     */
    public static List<byte[]> parseSecrets(String hmacSecretValue) {
        if (hmacSecretValue == null || hmacSecretValue.isEmpty()) {
            throw new IllegalArgumentException("HMAC_SECRET is required and must not be empty");
        }
        String[] entries = hmacSecretValue.split(",", -1);
        List<byte[]> secrets = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i];
            String position = "HMAC_SECRET entry " + (i + 1) + " of " + entries.length;
            if (entry.isEmpty()) {
                throw new IllegalArgumentException(position + " is empty");
            }
            if (!entry.equals(entry.strip())) {
                throw new IllegalArgumentException(position + " starts or ends with whitespace");
            }
            byte[] secret;
            if (entry.startsWith(WHSEC)) {
                try {
                    secret = Base64.getDecoder().decode(entry.substring(WHSEC.length()));
                } catch (IllegalArgumentException notBase64) {
                    throw new IllegalArgumentException(position + " starts with whsec_ but is not valid base64");
                }
            } else {
                secret = entry.getBytes(StandardCharsets.UTF_8);
            }
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException(position + " is shorter than " + MIN_SECRET_BYTES + " bytes");
            }
            secrets.add(secret);
        }
        return secrets;
    }

    /** Deep copies: no caller can change a secret in place. */
    @Override
    public List<byte[]> secrets() {
        return secrets.stream().map(byte[]::clone).toList();
    }

    @Override
    public String toString() {
        return "WebhookSettings[secrets=" + secrets.size() + " (hidden), tolerance=" + tolerance
                + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
