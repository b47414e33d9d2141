package dev.grace.adapter.out.persistence.contract;

import org.junit.jupiter.api.Nested;

/** The Rates contract against the in-memory fake, the pooled JDBC adapter and the serverless one. */
class RatesContractTest {

    @Nested
    class InMemoryFake extends RatesContract {
        InMemoryFake() {
            super(Backend.inMemory());
        }
    }

    @Nested
    class JdbcPooled extends RatesContract {
        JdbcPooled() {
            super(Backend.jdbc());
        }
    }

    @Nested
    class JdbcServerless extends RatesContract {
        JdbcServerless() {
            super(Backend.serverless());
        }
    }
}
