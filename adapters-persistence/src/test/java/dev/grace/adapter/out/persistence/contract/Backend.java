package dev.grace.adapter.out.persistence.contract;

import dev.grace.adapter.out.persistence.JdbcBookings;
import dev.grace.adapter.out.persistence.JdbcEventLog;
import dev.grace.adapter.out.persistence.JdbcInventory;
import dev.grace.adapter.out.persistence.JdbcRates;
import dev.grace.adapter.out.persistence.JdbcRoomTypes;
import dev.grace.adapter.out.persistence.JdbcUnitOfWork;
import dev.grace.adapter.out.persistence.PoolSettings;
import dev.grace.adapter.out.persistence.testing.TestDatabase;
import dev.grace.adapter.out.persistence.testing.TestDatabases;
import dev.grace.application.fake.HotelPorts;
import dev.grace.application.fake.InMemoryHotel;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where a contract suite's ports come from: opened once per suite, reset to empty before each test. */
interface Backend extends AutoCloseable {
    void open();

    /** Empty state, and the ports on it. */
    HotelPorts reset();

    @Override
    void close();

    static Backend inMemory() {
        return new Backend() {
            @Override
            public void open() {
            }

            @Override
            public HotelPorts reset() {
                return HotelPorts.of(new InMemoryHotel());
            }

            @Override
            public void close() {
            }
        };
    }

    static Backend jdbc() {
        return new Jdbc(TestDatabase.TEST_POOL);
    }

    /** No pool: a new connection per unit of work, prepared statements off (IS_SERVERLESS=true). */
    static Backend serverless() {
        return new Jdbc(TestDatabase.TEST_POOL.withServerless(true));
    }

    /** The JDBC adapters on a fresh, migrated test database. */
    final class Jdbc implements Backend {
        private final PoolSettings settings;
        private TestDatabase database;
        private DataSource dataSource;
        private HotelPorts ports;

        Jdbc(PoolSettings settings) {
            this.settings = settings;
        }

        @Override
        public void open() {
            database = TestDatabases.create().migrate();
            dataSource = database.dataSource(settings);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            JdbcRoomTypes roomTypes = new JdbcRoomTypes(jdbc);
            JdbcRates rates = new JdbcRates(jdbc);
            JdbcInventory inventory = new JdbcInventory(jdbc);
            JdbcBookings bookings = new JdbcBookings(jdbc);
            ports = new HotelPorts(roomTypes, roomTypes, rates, rates, inventory, inventory, bookings, bookings,
                    new JdbcEventLog(jdbc), new JdbcUnitOfWork(dataSource));
        }

        @Override
        public HotelPorts reset() {
            JdbcClient.create(dataSource)
                    .sql("TRUNCATE processed_event, booking, inventory, nightly_rate, room_type")
                    .update();
            return ports;
        }

        /** The adapters as the application's own contract suite wants them (the same record). */
        HotelPorts hotelPorts() {
            return ports;
        }

        DataSource dataSource() {
            return dataSource;
        }

        TestDatabase database() {
            return database;
        }

        @Override
        public void close() {
            if (database != null) {
                database.close();
            }
        }
    }
}
