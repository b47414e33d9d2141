package dev.grace.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraceSettingsTest {
    private static GraceSettings read(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return GraceSettings.from(env::get);
    }

    @Test
    void defaultsFollowTheContract() {
        GraceSettings settings = read();

        assertThat(settings.developmentMode()).isTrue();
        assertThat(settings.poolSize()).isEqualTo(20);
        assertThat(settings.maxOverflow()).isEqualTo(10);
        assertThat(settings.poolTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.poolRecycle()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.poolPrePing()).isTrue();
        assertThat(settings.serverless()).isFalse();
        assertThat(settings.hmacTolerance()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.webhookMaxBodyBytes()).isEqualTo(65_536);
        assertThat(settings.eventRetentionDays()).isEqualTo(30);
        assertThat(settings.maxStayNights()).isEqualTo(30);
        assertThat(settings.bookingHorizonDays()).isEqualTo(730);
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.dataDirectory().isAbsolute()).isTrue();
        assertThat(settings.dataDirectory().getFileName()).hasToString(".grace");
    }

    @ParameterizedTest
    @CsvSource({"true,true", "TRUE,true", "Yes,true", "1,true", "false,false", "No,false", "0,false", "fAlSe,false"})
    void booleansAcceptEveryContractSpelling(String raw, boolean expected) {
        assertThat(read("IS_SERVERLESS", raw).serverless()).isEqualTo(expected);
        assertThat(read("DB_POOL_PRE_PING", raw).poolPrePing()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "DB_POOL_SIZE,0", "DB_POOL_SIZE,501", "DB_POOL_SIZE,abc", "DB_POOL_SIZE,-1", "DB_POOL_SIZE,2.5",
        "DB_MAX_OVERFLOW,501", "DB_POOL_TIMEOUT,0", "DB_POOL_TIMEOUT,601", "DB_POOL_RECYCLE,29",
        "DB_POOL_RECYCLE,86401", "HMAC_TOLERANCE_SECONDS,0", "HMAC_TOLERANCE_SECONDS,3601",
        "WEBHOOK_MAX_BODY_BYTES,1023", "WEBHOOK_MAX_BODY_BYTES,10485761", "EVENT_RETENTION_DAYS,3651",
        "MAX_STAY_NIGHTS,366", "BOOKING_HORIZON_DAYS,0", "PORT,65536", "PORT,99999999999",
        "DB_POOL_PRE_PING,maybe", "IS_SERVERLESS,on"})
    void aBadValueStopsTheStartNamingTheVariable(String variable, String value) {
        assertThatThrownBy(() -> read(variable, value))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(variable + ": ")
                .satisfies(e -> assertThat(((InvalidSettingException) e).variable()).isEqualTo(variable));
    }

    @Test
    void rangesIncludeTheirBounds() {
        GraceSettings settings = read("DB_POOL_SIZE", "500", "DB_MAX_OVERFLOW", "0", "DB_POOL_TIMEOUT", "1",
                "DB_POOL_RECYCLE", "86400", "MAX_STAY_NIGHTS", "365", "BOOKING_HORIZON_DAYS", "3650");

        assertThat(settings.poolSize()).isEqualTo(500);
        assertThat(settings.maxOverflow()).isZero();
        assertThat(settings.poolTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.poolRecycle()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.maxStayNights()).isEqualTo(365);
        assertThat(settings.bookingHorizonDays()).isEqualTo(3650);
    }

    @Test
    void aDatabaseUrlWithoutASecretStopsTheStart() {
        assertThatThrownBy(() -> read("DATABASE_URL", "postgresql://grace:s3cr3t-pw@db:5432/grace"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("HMAC_SECRET: ")
                .hasMessageNotContaining("s3cr3t-pw");
    }

    @Test
    void aDatabaseUrlMeansProductionMode() {
        GraceSettings settings = read("DATABASE_URL", "postgresql://grace:pw-very-secret@db/grace",
                "HMAC_SECRET", "0123456789abcdef0123");

        assertThat(settings.developmentMode()).isFalse();
        assertThat(settings.hmacSecrets()).hasValueSatisfying(secrets -> assertThat(secrets)
                .singleElement().isEqualTo("0123456789abcdef0123".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(settings.toString()).as("the settings may be logged")
                .doesNotContain("0123456789abcdef0123").doesNotContain("pw-very-secret");
    }

    @Test
    void blankValuesCountAsUnset() {
        assertThat(read("DB_POOL_SIZE", "  ", "DATABASE_URL", "").developmentMode()).isTrue();
        assertThat(read("DB_POOL_SIZE", "").poolSize()).isEqualTo(20);
    }
}
