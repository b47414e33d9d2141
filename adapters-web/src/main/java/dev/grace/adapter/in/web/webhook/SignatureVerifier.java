package dev.grace.adapter.in.web.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a delivery's signature under both accepted schemes, in the contract's order: headers present
 * ({@code missing_signature}), timestamp well-formed ({@code invalid_timestamp}), timestamp within the
 * tolerance in either direction ({@code timestamp_out_of_tolerance}), then the HMAC ({@code invalid_signature}).
 *
 * <p>Every configured secret is tried; comparison is on bytes and constant-time; a new {@link Mac} is made per
 * computation (a {@code Mac} is not thread-safe). One HMAC is computed per secret, never per signature entry,
 * so a long {@code webhook-signature} list cannot multiply the work.
 */
public final class SignatureVerifier {
    static final String X_TIMESTAMP = "X-Timestamp";
    static final String X_SIGNATURE = "X-Signature";
    static final String WEBHOOK_ID = "webhook-id";
    static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";
    static final String WEBHOOK_SIGNATURE = "webhook-signature";
    /** Entries beyond this many {@code v1,} signatures are ignored. */
    static final int MAX_SIGNATURE_ENTRIES = 8;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,18}");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9A-Fa-f]{64}");
    private static final String SEED_PREFIX = "sha256=";
    private static final String V1 = "v1,";
    private static final byte[] DOT = {'.'};

    private final List<byte[]> secrets;
    private final long toleranceSeconds;
    private final Clock clock;

    public SignatureVerifier(WebhookSettings settings, Clock clock) {
        this.secrets = settings.secrets();
        this.toleranceSeconds = settings.tolerance().getSeconds();
        this.clock = clock;
    }

    /** Which scheme the headers ask for: any {@code webhook-*} header means Standard Webhooks. */
    public static SignatureScheme schemeOf(SignedHeaders headers) {
        for (String name : headers.names()) {
            if (name.toLowerCase(Locale.ROOT).startsWith("webhook-")) {
                return SignatureScheme.STANDARD_WEBHOOKS;
            }
        }
        return SignatureScheme.SEED;
    }

    public Verification verify(SignedHeaders headers, byte[] body) throws SignatureRejectedException {
        return switch (schemeOf(headers)) {
            case SEED -> verifySeed(headers, body);
            case STANDARD_WEBHOOKS -> verifyStandard(headers, body);
        };
    }

    private Verification verifySeed(SignedHeaders headers, byte[] body) throws SignatureRejectedException {
        List<String> timestamps = headers.values(X_TIMESTAMP);
        List<String> signatures = headers.values(X_SIGNATURE);
        if (isMissing(timestamps) || isMissing(signatures)) {
            throw new SignatureRejectedException(SignatureFailure.MISSING_SIGNATURE,
                    "Signed events need the X-Timestamp and X-Signature headers "
                            + "(or the Standard Webhooks headers webhook-id, webhook-timestamp, webhook-signature).");
        }
        String timestamp = single(timestamps, SignatureFailure.INVALID_TIMESTAMP, X_TIMESTAMP);
        checkTimestamp(timestamp, X_TIMESTAMP);
        String signature = single(signatures, SignatureFailure.INVALID_SIGNATURE, X_SIGNATURE);
        if (signature.startsWith(SEED_PREFIX)) {
            signature = signature.substring(SEED_PREFIX.length());
        }
        if (!HEX_SHA256.matcher(signature).matches()) {
            throw invalidSignature("X-Signature must be 64 hex digits (optionally prefixed with sha256=).");
        }
        byte[] presented = HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT));
        byte[] timestampBytes = timestamp.getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (byte[] secret : secrets) {
            // no early exit: each secret costs the same whether or not an earlier one matched
            matched |= MessageDigest.isEqual(hmac(secret, timestampBytes, body), presented);
        }
        if (!matched) {
            throw invalidSignature("X-Signature does not match the body and timestamp under any configured secret.");
        }
        return new Verification(SignatureScheme.SEED, Optional.empty());
    }

    private Verification verifyStandard(SignedHeaders headers, byte[] body) throws SignatureRejectedException {
        List<String> ids = headers.values(WEBHOOK_ID);
        List<String> timestamps = headers.values(WEBHOOK_TIMESTAMP);
        List<String> signatures = headers.values(WEBHOOK_SIGNATURE);
        if (isMissing(ids) || isMissing(timestamps) || isMissing(signatures)) {
            throw new SignatureRejectedException(SignatureFailure.MISSING_SIGNATURE,
                    "The Standard Webhooks scheme needs all of webhook-id, webhook-timestamp and webhook-signature.");
        }
        String timestamp = single(timestamps, SignatureFailure.INVALID_TIMESTAMP, WEBHOOK_TIMESTAMP);
        checkTimestamp(timestamp, WEBHOOK_TIMESTAMP);
        String id = single(ids, SignatureFailure.INVALID_SIGNATURE, WEBHOOK_ID);
        List<byte[]> presented = v1Signatures(signatures);
        if (presented.isEmpty()) {
            throw invalidSignature("webhook-signature holds no well-formed v1,<base64> entry.");
        }
        byte[] idBytes = id.getBytes(StandardCharsets.ISO_8859_1);
        byte[] timestampBytes = timestamp.getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        for (byte[] secret : secrets) {
            byte[] expected = hmac(secret, idBytes, DOT, timestampBytes, DOT, body);
            for (byte[] candidate : presented) {
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        if (!matched) {
            throw invalidSignature(
                    "No webhook-signature entry matches the id, timestamp and body under any configured secret.");
        }
        return new Verification(SignatureScheme.STANDARD_WEBHOOKS, Optional.of(id));
    }

    /** Up to {@link #MAX_SIGNATURE_ENTRIES} decodable {@code v1,} entries; other versions are skipped, as the scheme says. */
    private static List<byte[]> v1Signatures(List<String> headerValues) {
        List<byte[]> found = new ArrayList<>(MAX_SIGNATURE_ENTRIES);
        for (String value : headerValues) {
            for (String entry : value.split(" ")) {
                if (found.size() == MAX_SIGNATURE_ENTRIES) {
                    return found;
                }
                if (!entry.startsWith(V1)) {
                    continue;
                }
                try {
                    found.add(Base64.getDecoder().decode(entry.substring(V1.length())));
                } catch (IllegalArgumentException notBase64) {
                    // an undecodable entry simply matches nothing
                    found.add(new byte[0]);
                }
            }
        }
        return found;
    }

    private void checkTimestamp(String timestamp, String header) throws SignatureRejectedException {
        if (!TIMESTAMP.matcher(timestamp).matches()) {
            throw new SignatureRejectedException(SignatureFailure.INVALID_TIMESTAMP,
                    header + " must be Unix time in whole seconds: 1 to 18 ASCII digits.");
        }
        long sent = Long.parseLong(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - sent) > toleranceSeconds) {
            throw new SignatureRejectedException(SignatureFailure.TIMESTAMP_OUT_OF_TOLERANCE,
                    header + " is more than " + toleranceSeconds
                            + " seconds away from the server's clock; sign with the current Unix time in seconds.");
        }
    }

    private static boolean isMissing(List<String> values) {
        return values.isEmpty() || values.stream().allMatch(String::isEmpty);
    }

    /** A signature header given twice is ambiguous; refusing it is safer than picking one. */
    private static String single(List<String> values, SignatureFailure failure, String header)
            throws SignatureRejectedException {
        if (values.size() != 1) {
            throw new SignatureRejectedException(failure, header + " must be given exactly once.");
        }
        return values.get(0);
    }

    private static SignatureRejectedException invalidSignature(String detail) {
        return new SignatureRejectedException(SignatureFailure.INVALID_SIGNATURE, detail);
    }

    private static byte[] hmac(byte[] secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            // HmacSHA256 is required of every JRE and any non-empty key is valid for it
            throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
        }
    }
}
