package dev.grace.adapter.in.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.adapter.in.web.Signing;
import dev.grace.application.fake.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {
    private static final String SECRET = "seed-secret-0123456789";
    private static final String OTHER = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final long NOW = 1_800_000_000L;
    private static final byte[] BODY = "{\"event_id\":\"e1\",\"type\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    private final SettableClock clock = new SettableClock(Instant.ofEpochSecond(NOW));
    private final SignatureVerifier verifier = new SignatureVerifier(WebhookSettings.of(SECRET + "," + OTHER, 300, 65536), clock);

    /** Headers as a servlet container gives them: names case-insensitive, values as sent. */
    private static SignedHeaders headers(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return new SignedHeaders() {
            @Override
            public List<String> values(String name) {
                List<String> all = new ArrayList<>();
                map.forEach((key, values) -> {
                    if (key.equalsIgnoreCase(name)) {
                        all.addAll(values);
                    }
                });
                return all;
            }

            @Override
            public List<String> names() {
                return List.copyOf(map.keySet());
            }
        };
    }

    private SignatureFailure failureOf(SignedHeaders headers, byte[] body) {
        try {
            verifier.verify(headers, body);
            return null;
        } catch (SignatureRejectedException rejected) {
            return rejected.failure();
        }
    }

    private static String seed(long ts) {
        return Signing.seed(SECRET, Long.toString(ts), BODY);
    }

    @Test
    void seed_scheme_accepts_lower_upper_and_prefixed_hex() throws Exception {
        String ts = Long.toString(NOW);
        for (String signature : new String[] {seed(NOW), seed(NOW).toUpperCase(Locale.ROOT), "sha256=" + seed(NOW),
                "sha256=" + seed(NOW).toUpperCase(Locale.ROOT)}) {
            Verification verification = verifier.verify(headers("X-Timestamp", ts, "X-Signature", signature), BODY);
            assertThat(verification.scheme()).isEqualTo(SignatureScheme.SEED);
            assertThat(verification.webhookId()).isEmpty();
        }
    }

    @Test
    void every_configured_secret_is_accepted_under_both_schemes() throws Exception {
        String ts = Long.toString(NOW);
        String byOther = Signing.seed(Signing.key(OTHER), ts, BODY);
        assertThat(verifier.verify(headers("X-Timestamp", ts, "X-Signature", byOther), BODY).scheme())
                .isEqualTo(SignatureScheme.SEED);
        String standardBySeedSecret = Signing.standard(Signing.key(SECRET), "msg_1", ts, BODY);
        assertThat(verifier.verify(headers("webhook-id", "msg_1", "webhook-timestamp", ts,
                "webhook-signature", standardBySeedSecret), BODY).webhookId()).contains("msg_1");
    }

    @Test
    void wrong_secret_and_tampered_body_are_invalid_signature() {
        String ts = Long.toString(NOW);
        String wrong = Signing.seed("another-secret-0123456789", ts, BODY);
        assertThat(failureOf(headers("X-Timestamp", ts, "X-Signature", wrong), BODY))
                .isEqualTo(SignatureFailure.INVALID_SIGNATURE);
        byte[] tampered = BODY.clone();
        tampered[3] ^= 1;
        assertThat(failureOf(headers("X-Timestamp", ts, "X-Signature", seed(NOW)), tampered))
                .isEqualTo(SignatureFailure.INVALID_SIGNATURE);
        // signed with another timestamp than the one sent
        assertThat(failureOf(headers("X-Timestamp", ts, "X-Signature", seed(NOW - 1)), BODY))
                .isEqualTo(SignatureFailure.INVALID_SIGNATURE);
        for (String malformed : new String[] {"zz", seed(NOW) + "00", seed(NOW).substring(2), "sha256:" + seed(NOW),
                "SHA256=" + seed(NOW), " "}) {
            assertThat(failureOf(headers("X-Timestamp", ts, "X-Signature", malformed), BODY)).as(malformed)
                    .isEqualTo(SignatureFailure.INVALID_SIGNATURE);
        }
    }

    @Test
    void missing_or_empty_headers_are_missing_signature() {
        String ts = Long.toString(NOW);
        assertThat(failureOf(headers(), BODY)).isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        assertThat(failureOf(headers("X-Timestamp", ts), BODY)).isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        assertThat(failureOf(headers("X-Signature", seed(NOW)), BODY)).isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        assertThat(failureOf(headers("X-Timestamp", "", "X-Signature", seed(NOW)), BODY))
                .isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        assertThat(failureOf(headers("X-Timestamp", ts, "X-Signature", ""), BODY))
                .isEqualTo(SignatureFailure.MISSING_SIGNATURE);
    }

    @Test
    void timestamps_must_be_1_to_18_ascii_digits_checked_before_the_signature() {
        for (String bad : new String[] {"abc", "-1", "+1800000000", "1800000000.0", "1e9", " 1", "١٢٣",
                "1234567890123456789"}) {
            assertThat(failureOf(headers("X-Timestamp", bad, "X-Signature", "not-even-hex"), BODY)).as(bad)
                    .isEqualTo(SignatureFailure.INVALID_TIMESTAMP);
        }
        // 18 digits is well-formed, and then far out of tolerance
        assertThat(failureOf(headers("X-Timestamp", "999999999999999999", "X-Signature", "x"), BODY))
                .isEqualTo(SignatureFailure.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void tolerance_holds_in_both_directions_and_is_checked_before_the_signature() throws Exception {
        for (long ts : new long[] {NOW - 300, NOW + 300, NOW}) {
            verifier.verify(headers("X-Timestamp", Long.toString(ts), "X-Signature", seed(ts)), BODY);
        }
        for (long ts : new long[] {NOW - 301, NOW + 301}) {
            assertThat(failureOf(headers("X-Timestamp", Long.toString(ts), "X-Signature", seed(ts)), BODY))
                    .isEqualTo(SignatureFailure.TIMESTAMP_OUT_OF_TOLERANCE);
            assertThat(failureOf(headers("X-Timestamp", Long.toString(ts), "X-Signature", "garbage"), BODY))
                    .isEqualTo(SignatureFailure.TIMESTAMP_OUT_OF_TOLERANCE);
        }
        long millis = NOW * 1000;
        assertThat(failureOf(headers("X-Timestamp", Long.toString(millis), "X-Signature", seed(millis)), BODY))
                .isEqualTo(SignatureFailure.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void a_header_given_twice_is_refused() {
        String ts = Long.toString(NOW);
        assertThat(failureOf(headers("X-Timestamp", ts, "X-Timestamp", ts, "X-Signature", seed(NOW)), BODY))
                .isEqualTo(SignatureFailure.INVALID_TIMESTAMP);
        assertThat(failureOf(headers("X-Timestamp", ts, "X-Signature", seed(NOW), "X-Signature", seed(NOW)), BODY))
                .isEqualTo(SignatureFailure.INVALID_SIGNATURE);
    }

    @Test
    void standard_webhooks_published_test_vector_verifies() throws Exception {
        // From the standard-webhooks repository's library tests (test_sign_function).
        SettableClock then = new SettableClock(Instant.ofEpochSecond(1614265330L));
        SignatureVerifier vectorVerifier = new SignatureVerifier(
                WebhookSettings.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", 300, 65536), then);
        byte[] payload = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        Verification verification = vectorVerifier.verify(headers(
                "webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), payload);
        assertThat(verification.webhookId()).contains("msg_p5jXN8AQM9LWM0D4loKWxJek");
        // our independent signer reproduces the published signature
        assertThat(Signing.standard(Signing.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", payload))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        // the library's invalid-signature case: last character changed
        assertThatThrownBy(() -> vectorVerifier.verify(headers(
                "webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA="), payload))
                .isInstanceOfSatisfying(SignatureRejectedException.class,
                        e -> assertThat(e.failure()).isEqualTo(SignatureFailure.INVALID_SIGNATURE));
        // the library's multi-signature case: other versions and wrong v1 entries around the right one
        vectorVerifier.verify(headers(
                "webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                        + "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                        + "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= "
                        + "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="), payload);
    }

    @Test
    void standard_scheme_needs_all_three_headers_and_is_chosen_by_any_webhook_header() {
        String ts = Long.toString(NOW);
        String sig = Signing.standard(Signing.key(SECRET), "msg_1", ts, BODY);
        assertThat(failureOf(headers("webhook-timestamp", ts, "webhook-signature", sig), BODY))
                .isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        assertThat(failureOf(headers("webhook-id", "msg_1", "webhook-signature", sig), BODY))
                .isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        assertThat(failureOf(headers("webhook-id", "msg_1", "webhook-timestamp", ts), BODY))
                .isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        // a valid seed signature does not help once a webhook-* header is present
        assertThat(failureOf(headers("X-Timestamp", ts, "X-Signature", seed(NOW), "Webhook-Anything", "1"), BODY))
                .isEqualTo(SignatureFailure.MISSING_SIGNATURE);
        assertThat(failureOf(headers("webhook-id", "msg_1", "webhook-timestamp", "x", "webhook-signature", sig), BODY))
                .isEqualTo(SignatureFailure.INVALID_TIMESTAMP);
        assertThat(failureOf(headers("webhook-id", "msg_1", "webhook-timestamp", Long.toString(NOW + 301),
                "webhook-signature", sig), BODY)).isEqualTo(SignatureFailure.TIMESTAMP_OUT_OF_TOLERANCE);
        // id is part of the signed content
        assertThat(failureOf(headers("webhook-id", "msg_2", "webhook-timestamp", ts, "webhook-signature", sig), BODY))
                .isEqualTo(SignatureFailure.INVALID_SIGNATURE);
    }

    @Test
    void only_the_first_eight_v1_entries_are_considered() throws Exception {
        String ts = Long.toString(NOW);
        String good = Signing.standard(Signing.key(SECRET), "msg_1", ts, BODY);
        String wrong = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
        String sevenWrong = String.join(" ", java.util.Collections.nCopies(7, wrong));
        verifier.verify(headers("webhook-id", "msg_1", "webhook-timestamp", ts,
                "webhook-signature", sevenWrong + " " + good), BODY);
        String eightWrong = sevenWrong + " " + wrong;
        assertThat(failureOf(headers("webhook-id", "msg_1", "webhook-timestamp", ts,
                "webhook-signature", eightWrong + " " + good), BODY)).isEqualTo(SignatureFailure.INVALID_SIGNATURE);
        assertThat(failureOf(headers("webhook-id", "msg_1", "webhook-timestamp", ts,
                "webhook-signature", "v1,not*base64 v2,abc"), BODY)).isEqualTo(SignatureFailure.INVALID_SIGNATURE);
    }
}
