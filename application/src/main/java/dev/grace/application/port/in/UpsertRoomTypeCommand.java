package dev.grace.application.port.in;

import java.util.Objects;

/** Create or change a room type ({@code room_type.upserted}). Values as received; rules checked by the use case. */
public record UpsertRoomTypeCommand(String code, String name, int maxGuests, int rooms) implements EventCommand {
    public UpsertRoomTypeCommand {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
