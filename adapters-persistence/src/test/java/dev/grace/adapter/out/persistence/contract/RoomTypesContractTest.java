package dev.grace.adapter.out.persistence.contract;

import org.junit.jupiter.api.Nested;

/** The RoomTypes contract against the in-memory fake, the pooled JDBC adapter and the serverless one. */
class RoomTypesContractTest {

    @Nested
    class InMemoryFake extends RoomTypesContract {
        InMemoryFake() {
            super(Backend.inMemory());
        }
    }

    @Nested
    class JdbcPooled extends RoomTypesContract {
        JdbcPooled() {
            super(Backend.jdbc());
        }
    }

    @Nested
    class JdbcServerless extends RoomTypesContract {
        JdbcServerless() {
            super(Backend.serverless());
        }
    }
}
