package dev.grace.adapter.out.persistence.contract;

import org.junit.jupiter.api.Nested;

/** The UnitOfWork contract against the in-memory fake, the pooled JDBC adapter and the serverless one. */
class UnitOfWorkContractTest {

    @Nested
    class InMemoryFake extends UnitOfWorkContract {
        InMemoryFake() {
            super(Backend.inMemory());
        }
    }

    @Nested
    class JdbcPooled extends UnitOfWorkContract {
        JdbcPooled() {
            super(Backend.jdbc());
        }
    }

    @Nested
    class JdbcServerless extends UnitOfWorkContract {
        JdbcServerless() {
            super(Backend.serverless());
        }
    }
}
