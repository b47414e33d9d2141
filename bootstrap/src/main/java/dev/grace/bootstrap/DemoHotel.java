package dev.grace.bootstrap;

import dev.grace.application.port.in.ListRoomTypesUseCase;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpdateRatesUseCase;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import dev.grace.application.port.in.UpsertRoomTypeUseCase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small hotel development mode starts with, loaded through the same use cases a channel manager's
 * events reach, so demo data obeys every rule. Loaded only into an empty development database: a developer's
 * own changes survive restarts.
 */
final class DemoHotel {
    private static final Logger log = LoggerFactory.getLogger(DemoHotel.class);
    static final int RATE_DAYS = 365;

    private record DemoRoomType(String code, String name, int maxGuests, int rooms, String price) {
    }

    private static final List<DemoRoomType> ROOM_TYPES = List.of(
            new DemoRoomType("STD", "Standard room", 2, 10, "95.00"),
            new DemoRoomType("DBL", "Double room", 2, 8, "120.00"),
            new DemoRoomType("FAM", "Family room", 4, 4, "180.00"),
            new DemoRoomType("STE", "Suite", 3, 2, "320.00"));

    private final ListRoomTypesUseCase roomTypes;
    private final UpsertRoomTypeUseCase upsertRoomType;
    private final UpdateRatesUseCase updateRates;
    private final Clock clock;

    DemoHotel(ListRoomTypesUseCase roomTypes, UpsertRoomTypeUseCase upsertRoomType, UpdateRatesUseCase updateRates,
            Clock clock) {
        this.roomTypes = roomTypes;
        this.upsertRoomType = upsertRoomType;
        this.updateRates = updateRates;
        this.clock = clock;
    }

    /** @return true when the demo hotel was loaded, false when the database already had room types */
    boolean loadIntoEmptyHotel() {
        if (!roomTypes.listRoomTypes().isEmpty()) {
            log.info("Development mode: the database has room types already; demo hotel not loaded");
            return false;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (DemoRoomType demo : ROOM_TYPES) {
            upsertRoomType.upsertRoomType(new UpsertRoomTypeCommand(demo.code(), demo.name(), demo.maxGuests(), demo.rooms()));
            updateRates.updateRates(new UpdateRatesCommand(
                    demo.code(), today, today.plusDays(RATE_DAYS), new BigDecimal(demo.price()), "EUR"));
        }
        log.info("Development mode: loaded the demo hotel ({} room types, EUR rates from {} for {} nights)",
                ROOM_TYPES.size(), today, RATE_DAYS);
        return true;
    }
}
