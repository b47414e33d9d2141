package dev.grace.application.port.in;

/** The data of one signed webhook event, already parsed into the command its {@code type} names. */
public sealed interface EventCommand
        permits UpsertRoomTypeCommand, UpdateRatesCommand, CreateBookingCommand, CancelBookingCommand {
}
