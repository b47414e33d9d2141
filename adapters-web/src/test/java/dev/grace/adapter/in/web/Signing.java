package dev.grace.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The sender's side of both schemes, written from the contract, independent of the production verifier. */
public final class Signing {
    private Signing() {
    }

    public static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seed scheme: lower-case hex of HMAC(secret UTF-8, timestamp + body). */
    public static String seed(String secret, String timestamp, byte[] body) {
        return seed(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
    }

    public static String seed(byte[] key, String timestamp, byte[] body) {
        byte[] ts = timestamp.getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[ts.length + body.length];
        System.arraycopy(ts, 0, message, 0, ts.length);
        System.arraycopy(body, 0, message, ts.length, body.length);
        return HexFormat.of().formatHex(hmac(key, message));
    }

    /** Standard Webhooks: {@code v1,} + base64 of HMAC(key, id.timestamp.body). */
    public static String standard(byte[] key, String id, String timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, message));
    }

    /** The key bytes a secret entry stands for: base64 after {@code whsec_}, else UTF-8. */
    public static byte[] key(String secret) {
        return secret.startsWith("whsec_")
                ? Base64.getDecoder().decode(secret.substring("whsec_".length()))
                : secret.getBytes(StandardCharsets.UTF_8);
    }
}
