package dev.grace.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Today is the UTC date of the clock's instant, whatever the clock's zone or the JVM's default zone. */
class HotelCalendarTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");
    private TimeZone original;

    @BeforeEach
    void remember() {
        original = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "America/Adak"})
    void todayIsTheUtcDateFromMidnightToTheLastSecond(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        for (String instant : new String[] {"2026-11-27T00:00:00Z", "2026-11-27T23:59:59Z",
                "2026-11-27T23:59:59.999999999Z"}) {
            // The clock's own zone is set far from UTC too: it must not matter either.
            Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of(zone));
            assertThat(HotelCalendar.today(clock)).as("%s in %s", instant, zone).isEqualTo(TODAY);
        }
        assertThat(HotelCalendar.today(Clock.fixed(Instant.parse("2026-11-26T23:59:59Z"), ZoneId.of(zone))))
                .isEqualTo(TODAY.minusDays(1));
        assertThat(HotelCalendar.today(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneId.of(zone))))
                .isEqualTo(TODAY.plusDays(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pacific/Kiritimati", "America/Adak"})
    void aCheckInOnTodaysUtcDateIsAcceptedAtBothEndsOfTheDayAndYesterdayNever(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        for (String instant : new String[] {"2026-11-27T00:00:00Z", "2026-11-27T23:59:59Z"}) {
            LocalDate today = HotelCalendar.today(Clock.fixed(Instant.parse(instant), ZoneId.of(zone)));
            assertThat(StayPolicy.DEFAULT.checkStay(TODAY, TODAY.plusDays(1), today)).isEmpty();
            assertThat(StayPolicy.DEFAULT.checkStay(TODAY.minusDays(1), TODAY.plusDays(1), today))
                    .extracting(Violation::code).containsExactly(ErrorCode.CHECK_IN_IN_PAST);
        }
    }
}
