package dev.grace.adapter.out.persistence;

import dev.grace.application.port.out.LoadRatesPort;
import dev.grace.application.port.out.SaveRatesPort;
import dev.grace.domain.Money;
import dev.grace.domain.NightlyRate;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nightly prices in {@code nightly_rate}, one row per room type and night. */
public final class JdbcRates implements LoadRatesPort, SaveRatesPort {
    /** The first key of the advisory locks that serialise rate updates per room type (an arbitrary tag). */
    static final int RATES_LOCK_CLASS = 0x52415445;

    private final JdbcClient jdbc;

    public JdbcRates(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Map<RoomTypeCode, List<NightlyRate>> ratesForStay(Stay stay) {
        Map<RoomTypeCode, List<NightlyRate>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT room_type, night, price, currency FROM nightly_rate
                        WHERE night >= :checkIn AND night < :checkOut
                        ORDER BY room_type, night""")
                .param("checkIn", stay.checkIn())
                .param("checkOut", stay.checkOut())
                .query(Rows.RateRow::read)
                .list()
                .forEach(row -> result.computeIfAbsent(new RoomTypeCode(row.roomType()), code -> new ArrayList<>())
                        .add(RowMapping.INSTANCE.nightlyRate(row)));
        result.replaceAll((code, nights) -> List.copyOf(nights));
        return Map.copyOf(result);
    }

    /**
     * First takes a transaction-scoped advisory lock on the room type's rates, so a concurrent update of the
     * same room type (on any instance) waits here until this unit of work ends and then reads what it wrote:
     * the currency check and the write that follows cannot interleave with another update's. An advisory
     * lock rather than a row lock on {@code room_type}, so rate updates never queue behind bookings.
     */
    @Override
    public Set<Currency> currenciesOfRatesFrom(RoomTypeCode roomType, LocalDate from) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:code))")
                .param("lockClass", RATES_LOCK_CLASS)
                .param("code", roomType.value())
                .query(rs -> { });
        return jdbc.sql("SELECT DISTINCT currency FROM nightly_rate WHERE room_type = :code AND night >= :from")
                .param("code", roomType.value())
                .param("from", from)
                .query(String.class)
                .list().stream()
                .map(Currency::getInstance)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * One statement for the whole range, so a year of prices is one round trip.
     *
     * @throws IllegalArgumentException when the range is empty or the room type does not exist
     */
    @Override
    public void setRates(RoomTypeCode roomType, LocalDate from, LocalDate to, Money price) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        // Checked first rather than left to the foreign key: a failed statement would doom the transaction.
        boolean exists = jdbc.sql("SELECT code FROM room_type WHERE code = :code FOR KEY SHARE")
                .param("code", roomType.value())
                .query(String.class)
                .optional()
                .isPresent();
        if (!exists) {
            throw new IllegalArgumentException("no room type " + roomType);
        }
        jdbc.sql("""
                        INSERT INTO nightly_rate (room_type, night, price, currency)
                        SELECT :code, CAST(:from AS date) + offset_days, :price, :currency
                        FROM generate_series(0, :nights - 1) AS offset_days
                        ON CONFLICT (room_type, night)
                        DO UPDATE SET price = EXCLUDED.price, currency = EXCLUDED.currency""")
                .param("code", roomType.value())
                .param("price", price.amount())
                .param("currency", price.currency().getCurrencyCode())
                .param("from", from)
                .param("nights", (int) java.time.temporal.ChronoUnit.DAYS.between(from, to))
                .update();
    }
}
