package dev.grace.adapter.out.persistence.contract;

import org.junit.jupiter.api.Nested;

/** The EventLog contract against the in-memory fake, the pooled JDBC adapter and the serverless one. */
class EventLogContractTest {

    @Nested
    class InMemoryFake extends EventLogContract {
        InMemoryFake() {
            super(Backend.inMemory());
        }
    }

    @Nested
    class JdbcPooled extends EventLogContract {
        JdbcPooled() {
            super(Backend.jdbc());
        }
    }

    @Nested
    class JdbcServerless extends EventLogContract {
        JdbcServerless() {
            super(Backend.serverless());
        }
    }
}
