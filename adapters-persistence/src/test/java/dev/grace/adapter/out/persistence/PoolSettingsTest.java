package dev.grace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoolSettingsTest {

    private static PoolSettings settings(int size, int overflow, long timeoutSeconds, long recycleSeconds) {
        return new PoolSettings(size, overflow, Duration.ofSeconds(timeoutSeconds),
                Duration.ofSeconds(recycleSeconds), true, false);
    }

    @Test
    void maxIsSizePlusOverflow() {
        assertThat(PoolSettings.DEFAULTS.max()).isEqualTo(30);
        assertThat(settings(1, 0, 1, 30).max()).isEqualTo(1);
        assertThat(settings(500, 500, 600, 86_400).max()).isEqualTo(1000);
    }

    @Test
    void eachRangeIsCheckedAndNamesItsVariable() {
        assertThatThrownBy(() -> settings(0, 0, 30, 3600)).hasMessageContaining("DB_POOL_SIZE");
        assertThatThrownBy(() -> settings(501, 0, 30, 3600)).hasMessageContaining("DB_POOL_SIZE");
        assertThatThrownBy(() -> settings(1, -1, 30, 3600)).hasMessageContaining("DB_MAX_OVERFLOW");
        assertThatThrownBy(() -> settings(1, 501, 30, 3600)).hasMessageContaining("DB_MAX_OVERFLOW");
        assertThatThrownBy(() -> settings(1, 0, 0, 3600)).hasMessageContaining("DB_POOL_TIMEOUT");
        assertThatThrownBy(() -> settings(1, 0, 601, 3600)).hasMessageContaining("DB_POOL_TIMEOUT");
        assertThatThrownBy(() -> settings(1, 0, 30, 29)).hasMessageContaining("DB_POOL_RECYCLE");
        assertThatThrownBy(() -> settings(1, 0, 30, 86_401)).hasMessageContaining("DB_POOL_RECYCLE");
    }

    @Test
    void withersKeepTheOtherSettings() {
        PoolSettings changed = PoolSettings.DEFAULTS.withSize(2, 0).withTimeout(Duration.ofSeconds(1))
                .withServerless(true);

        assertThat(changed).isEqualTo(new PoolSettings(2, 0, Duration.ofSeconds(1), Duration.ofSeconds(3600),
                true, true));
    }
}
