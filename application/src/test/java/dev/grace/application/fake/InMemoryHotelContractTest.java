package dev.grace.application.fake;

/** The in-memory hotel keeps the same port contract the database adapter is held to. */
class InMemoryHotelContractTest extends HotelPortsContract {
    @Override
    protected HotelPorts freshPorts() {
        return HotelPorts.of(new InMemoryHotel());
    }
}
