package dev.grace.adapter.out.persistence.contract;

import dev.grace.application.fake.HotelPorts;
import dev.grace.application.fake.HotelPortsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The application's own port contract (the one its in-memory fake passes), run against the pooled JDBC adapter. */
class JdbcPooledHotelPortsContractTest extends HotelPortsContract {
    private static Backend.Jdbc backend;

    @BeforeAll
    static void openDatabase() {
        backend = (Backend.Jdbc) Backend.jdbc();
        backend.open();
    }

    @AfterAll
    static void dropDatabase() {
        backend.close();
    }

    @Override
    protected HotelPorts freshPorts() {
        backend.reset();
        return backend.hotelPorts();
    }
}
