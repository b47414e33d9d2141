package dev.grace.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development mode's webhook secret when {@code HMAC_SECRET} is unset: random, saved beside the development
 * database so {@code bin/sign-webhook} and the examples can sign with it, and kept across restarts so a
 * saved signing set-up keeps working. Never used when {@code DATABASE_URL} is set.
 */
final class DevelopmentSecret {
    static final String FILE_NAME = "dev-hmac-secret";
    private static final Logger log = LoggerFactory.getLogger(DevelopmentSecret.class);

    private DevelopmentSecret() {
    }

    static String loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (saved.length() >= 32) {
                    log.info("Development mode: webhook secret read from {} (set HMAC_SECRET to use your own)", file);
                    return saved;
                }
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            Files.createDirectories(dataDirectory);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            restrictToOwner(file);
            // Printed once, on purpose: this is a throwaway development secret, and the developer needs it to sign.
            log.warn("Development mode: HMAC_SECRET is unset, generated webhook secret {} (saved to {})", secret, file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the development webhook secret in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
