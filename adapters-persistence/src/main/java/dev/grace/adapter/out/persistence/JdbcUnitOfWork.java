package dev.grace.adapter.out.persistence;

import dev.grace.application.port.out.DatabaseUnavailableException;
import dev.grace.application.port.out.UnitOfWork;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Units of work as database transactions, through Spring's transaction manager so that every
 * {@code JdbcClient} call inside one runs on the same connection.
 *
 * <p>It is also where database unavailability is named once for the whole adapter: a connection that
 * cannot be had within {@code DB_POOL_TIMEOUT}, or a database that refuses or drops the connection, leaves
 * as {@link DatabaseUnavailableException} (HTTP 503), never as a bug.
 */
public final class JdbcUnitOfWork implements UnitOfWork {
    /**
     * PostgreSQL breaks a deadlock by failing one of the transactions; the whole unit of work is then run
     * again from the start (it only changes the database, which the rollback has undone), so the deadlock
     * never reaches the caller. The adapters lock in a fixed order and should not deadlock at all; this
     * covers callers that combine steps in opposite orders.
     */
    static final int MAX_ATTEMPTS = 5;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcUnitOfWork.class);

    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    /** With its own {@link DataSourceTransactionManager} on the data source. */
    public JdbcUnitOfWork(DataSource dataSource) {
        this(new DataSourceTransactionManager(Objects.requireNonNull(dataSource, "dataSource")));
    }

    /** With a transaction manager that binds connections of the adapters' data source. */
    public JdbcUnitOfWork(PlatformTransactionManager transactionManager) {
        Objects.requireNonNull(transactionManager, "transactionManager");
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Joined: run as part of the caller's transaction. Not through the template, which would mark
            // the whole transaction rollback-only when this step throws even if the caller handles it.
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (TransactionException | DataAccessException e) {
                if (attempt < MAX_ATTEMPTS && isDeadlockOrSerializationFailure(e)) {
                    LOG.info("Unit of work lost a lock conflict (attempt {} of {}), running it again: {}",
                            attempt, MAX_ATTEMPTS, rootMessage(e));
                    pauseBeforeRetry(attempt);
                    continue;
                }
                throw unavailableOrRethrow(e);
            }
        }
    }

    @Override
    public <T> T undoOnFailure(Supplier<T> step) {
        Objects.requireNonNull(step, "step");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("undoOnFailure needs a running unit of work");
        }
        return savepoint.execute(status -> step.get());
    }

    /** SQLSTATE 40P01 (deadlock detected) or 40001 (serialization failure) anywhere in the cause chain. */
    static boolean isDeadlockOrSerializationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause, so the transactions that collided do not collide again in lockstep. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a unit of work", e);
        }
    }

    private static RuntimeException unavailableOrRethrow(RuntimeException failure) {
        if (isUnavailability(failure)) {
            return new DatabaseUnavailableException("database unavailable: " + rootMessage(failure), failure);
        }
        return failure;
    }

    /**
     * No connection in time (HikariCP's {@link SQLTransientConnectionException}), connection refused or lost
     * (SQLSTATE class 08), or the server shutting down (57P01–57P03).
     */
    static boolean isUnavailability(Throwable failure) {
        if (failure instanceof CannotCreateTransactionException
                || failure instanceof CannotGetJdbcConnectionException) {
            return true;
        }
        // A rollback that fails hides the failure that caused it; the cause is what says what happened.
        if (failure instanceof TransactionSystemException rollbackFailed
                && rollbackFailed.getApplicationException() != null
                && isUnavailability(rollbackFailed.getApplicationException())) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
