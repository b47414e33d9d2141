package dev.grace.adapter.out.persistence.contract;

import org.junit.jupiter.api.Nested;

/** The Inventory contract against the in-memory fake, the pooled JDBC adapter and the serverless one. */
class InventoryContractTest {

    @Nested
    class InMemoryFake extends InventoryContract {
        InMemoryFake() {
            super(Backend.inMemory());
        }
    }

    @Nested
    class JdbcPooled extends InventoryContract {
        JdbcPooled() {
            super(Backend.jdbc());
        }
    }

    @Nested
    class JdbcServerless extends InventoryContract {
        JdbcServerless() {
            super(Backend.serverless());
        }
    }
}
