package dev.grace.adapter.out.persistence.contract;

import org.junit.jupiter.api.Nested;

/** The Bookings contract against the in-memory fake, the pooled JDBC adapter and the serverless one. */
class BookingsContractTest {

    @Nested
    class InMemoryFake extends BookingsContract {
        InMemoryFake() {
            super(Backend.inMemory());
        }
    }

    @Nested
    class JdbcPooled extends BookingsContract {
        JdbcPooled() {
            super(Backend.jdbc());
        }
    }

    @Nested
    class JdbcServerless extends BookingsContract {
        JdbcServerless() {
            super(Backend.serverless());
        }
    }
}
