package dev.grace.adapter.in.web.webhook;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.grace.adapter.in.web.Signing;
import dev.grace.application.fake.SettableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** For any body and any timestamp, a signature by a configured secret is accepted and any change is not. */
class SignaturePropertiesTest {
    private static final String FIRST = "property-secret-0123456789";
    private static final String SECOND = "whsec_c2Vjb25kLXByb3BlcnR5LXNlY3JldC1ieXRlcw==";
    private static final long NOW = 1_800_000_000L;
    private final SignatureVerifier verifier = new SignatureVerifier(
            WebhookSettings.of(FIRST + "," + SECOND, 300, 65536), new SettableClock(Instant.ofEpochSecond(NOW)));

    private static Gen<byte[]> bodies() {
        return lists().of(integers().between(0, 255)).ofSizeBetween(0, 300).map(values -> {
            byte[] bytes = new byte[values.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (int) values.get(i);
            }
            return bytes;
        });
    }

    private static SignedHeaders headers(Map<String, String> values) {
        return new SignedHeaders() {
            @Override
            public List<String> values(String name) {
                List<String> found = new ArrayList<>();
                values.forEach((key, value) -> {
                    if (key.equalsIgnoreCase(name)) {
                        found.add(value);
                    }
                });
                return found;
            }

            @Override
            public List<String> names() {
                return List.copyOf(values.keySet());
            }
        };
    }

    private boolean accepts(Map<String, String> values, byte[] body) {
        try {
            verifier.verify(headers(values), body);
            return true;
        } catch (SignatureRejectedException rejected) {
            return false;
        }
    }

    @Test
    void seed_signatures_by_either_secret_within_tolerance_are_accepted_and_a_flipped_bit_is_not() {
        qt().forAll(bodies(), integers().between(-300, 300), integers().between(0, 1), integers().between(0, 10_000))
                .checkAssert((body, offset, which, flip) -> {
                    String ts = Long.toString(NOW + offset);
                    String signature = Signing.seed(Signing.key(which == 0 ? FIRST : SECOND), ts, body);
                    org.assertj.core.api.Assertions.assertThat(
                            accepts(Map.of("X-Timestamp", ts, "X-Signature", signature), body)).isTrue();
                    if (body.length > 0) {
                        byte[] tampered = body.clone();
                        tampered[flip % body.length] ^= (byte) (1 << (flip % 8));
                        org.assertj.core.api.Assertions.assertThat(
                                accepts(Map.of("X-Timestamp", ts, "X-Signature", signature), tampered)).isFalse();
                    }
                });
    }

    @Test
    void standard_signatures_are_accepted_only_for_their_own_id_and_only_within_tolerance() {
        qt().forAll(bodies(), integers().between(-600, 600), integers().between(1, 1000))
                .checkAssert((body, offset, n) -> {
                    String ts = Long.toString(NOW + offset);
                    String id = "msg_" + n;
                    String signature = Signing.standard(Signing.key(SECOND), id, ts, body);
                    boolean inside = Math.abs(offset) <= 300;
                    org.assertj.core.api.Assertions.assertThat(accepts(Map.of("webhook-id", id, "webhook-timestamp", ts,
                            "webhook-signature", signature), body)).isEqualTo(inside);
                    org.assertj.core.api.Assertions.assertThat(accepts(Map.of("webhook-id", id + "x",
                            "webhook-timestamp", ts, "webhook-signature", signature), body)).isFalse();
                });
    }
}
