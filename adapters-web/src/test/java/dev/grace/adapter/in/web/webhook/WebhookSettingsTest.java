package dev.grace.adapter.in.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {
    private static final String PLAIN = "0123456789abcdef"; // exactly 16 bytes

    @Test
    void plain_entries_are_their_utf8_bytes_and_whsec_entries_their_base64_bytes() {
        byte[] raw = "raw,bytes,with,commas!".getBytes(StandardCharsets.UTF_8);
        List<byte[]> secrets = WebhookSettings.parseSecrets(PLAIN + ",whsec_" + Base64.getEncoder().encodeToString(raw)
                + ",ünïcödé-secret-long");
        assertThat(secrets).hasSize(3);
        assertThat(secrets.get(0)).isEqualTo(PLAIN.getBytes(StandardCharsets.UTF_8));
        assertThat(secrets.get(1)).isEqualTo(raw);
        assertThat(secrets.get(2)).isEqualTo("ünïcödé-secret-long".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_standard_webhooks_test_secret_decodes() {
        assertThat(WebhookSettings.parseSecrets("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").get(0))
                .isEqualTo(Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    @Test
    void bad_secret_lists_stop_the_start_naming_the_variable_never_the_secret() {
        String shortOne = "short-secret";
        String notBase64 = "whsec_%%%not*base64%%%-longer-than-sixteen";
        String shortDecoded = "whsec_" + Base64.getEncoder().encodeToString(new byte[15]);
        for (String value : new String[] {"", PLAIN + ",", "," + PLAIN, PLAIN + ",," + PLAIN, shortOne,
                notBase64, shortDecoded, " " + PLAIN, PLAIN + " ", "whsec_"}) {
            assertThatThrownBy(() -> WebhookSettings.parseSecrets(value))
                    .as(value)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("HMAC_SECRET")
                    .satisfies(e -> assertThat(e.getCause()).isNull())
                    .satisfies(e -> {
                        if (!value.isBlank()) {
                            assertThat(e.getMessage()).doesNotContain(value.strip());
                        }
                    });
        }
        assertThatThrownBy(() -> WebhookSettings.parseSecrets(null)).hasMessageContaining("HMAC_SECRET");
    }

    @Test
    void ranges_of_tolerance_and_body_cap_are_checked() {
        assertThatThrownBy(() -> WebhookSettings.of(PLAIN, 0, 65536)).hasMessageContaining("HMAC_TOLERANCE_SECONDS");
        assertThatThrownBy(() -> WebhookSettings.of(PLAIN, 3601, 65536)).hasMessageContaining("HMAC_TOLERANCE_SECONDS");
        assertThatThrownBy(() -> WebhookSettings.of(PLAIN, 300, 1023)).hasMessageContaining("WEBHOOK_MAX_BODY_BYTES");
        assertThatThrownBy(() -> WebhookSettings.of(PLAIN, 300, 10_485_761))
                .hasMessageContaining("WEBHOOK_MAX_BODY_BYTES");
        WebhookSettings settings = WebhookSettings.of(PLAIN, 3600, 10_485_760);
        assertThat(settings.tolerance()).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookSettings.of(PLAIN, 1, 1024).maxBodyBytes()).isEqualTo(1024);
    }

    @Test
    void secrets_cannot_be_changed_from_outside_or_printed() {
        byte[] secret = PLAIN.getBytes(StandardCharsets.UTF_8);
        WebhookSettings settings = new WebhookSettings(List.of(secret), Duration.ofSeconds(300), 65536);
        secret[0] = 'X';
        settings.secrets().get(0)[1] = 'Y';
        assertThat(settings.secrets().get(0)).isEqualTo(PLAIN.getBytes(StandardCharsets.UTF_8));
        assertThat(settings.toString()).doesNotContain(PLAIN).contains("hidden");
    }
}
