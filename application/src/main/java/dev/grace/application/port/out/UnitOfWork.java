package dev.grace.application.port.out;

import java.util.function.Supplier;

/**
 * Declares transaction boundaries without a framework: the persistence adapter implements it with a
 * database transaction, the in-memory fakes with a lock and undo log.
 */
public interface UnitOfWork {
    /**
     * Run the work in one transaction: committed when it returns, rolled back when it throws. Called inside
     * a running transaction, it joins that one (the outermost call decides commit or rollback), so a use case
     * is safe both on its own and as a step of another.
     *
     * @throws DatabaseUnavailableException when no connection can be had in time
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Inside a transaction, run a step whose changes are all undone if it throws (a savepoint); the
     * exception is rethrown and the surrounding transaction goes on.
     */
    <T> T undoOnFailure(Supplier<T> step);
}
