package dev.grace.application.port.in;

import dev.grace.domain.RoomTypeCode;
import java.time.LocalDate;

/** The result of a rates update: how many nights now carry the new price. */
public record RatesUpdated(RoomTypeCode roomType, LocalDate from, LocalDate to, int nightsUpdated) {
}
