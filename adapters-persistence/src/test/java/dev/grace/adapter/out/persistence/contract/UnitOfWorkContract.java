package dev.grace.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.domain.BookingReference;
import org.junit.jupiter.api.Test;

/** {@code UnitOfWork}: commit, rollback, joining, savepoints. */
abstract class UnitOfWorkContract extends PortContract {

    UnitOfWorkContract(Backend backend) {
        super(backend);
    }

    private boolean exists(String reference) {
        return inTransaction(() -> ports.loadBooking().findBookingForUpdate(new BookingReference(reference)))
                .isPresent();
    }

    private void insert(String reference) {
        ports.saveBooking().insertBooking(booking(reference, "DBL", stay(1, 2)));
    }

    @Test
    void workIsCommittedAndItsResultReturned() {
        saveRoomType("DBL", 1);

        String result = inTransaction(() -> {
            insert("A");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(exists("A")).isTrue();
    }

    @Test
    void workThatThrowsIsRolledBackAndTheSameExceptionLeaves() {
        saveRoomType("DBL", 1);
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> inTransaction(() -> {
            insert("A");
            throw failure;
        })).isSameAs(failure);

        assertThat(exists("A")).isFalse();
    }

    @Test
    void anInnerCallJoinsTheOuterOneWhichDecides() {
        saveRoomType("DBL", 1);

        assertThatThrownBy(() -> inTransaction(() -> {
            insert("A");
            inTransaction(() -> insert("B"));
            throw new IllegalStateException("outer fails after inner returned");
        })).hasMessage("outer fails after inner returned");

        assertThat(exists("A")).isFalse();
        assertThat(exists("B")).isFalse();
    }

    @Test
    void anInnerFailureHandledByTheOuterCallDoesNotSpoilTheCommit() {
        saveRoomType("DBL", 1);

        inTransaction(() -> {
            insert("A");
            try {
                inTransaction(() -> {
                    throw new IllegalStateException("inner");
                });
            } catch (IllegalStateException handled) {
                // the outer call decides, and it goes on
            }
            insert("B");
        });

        assertThat(exists("A")).isTrue();
        assertThat(exists("B")).isTrue();
    }

    @Test
    void aFailedStepIsUndoneAndTheRestCommits() {
        saveRoomType("DBL", 1);
        IllegalArgumentException failure = new IllegalArgumentException("step fails");

        inTransaction(() -> {
            insert("BEFORE");
            assertThatThrownBy(() -> ports.unitOfWork().undoOnFailure(() -> {
                insert("IN_STEP");
                ports.reserveInventory().reserveRoom(code("DBL"), stay(1, 2));
                throw failure;
            })).isSameAs(failure);
            insert("AFTER");
        });

        assertThat(exists("BEFORE")).isTrue();
        assertThat(exists("IN_STEP")).isFalse();
        assertThat(exists("AFTER")).isTrue();
        assertThat(inTransaction(() -> ports.reserveInventory().reserveRoom(code("DBL"), stay(1, 2)))).isTrue();
    }

    @Test
    void aSuccessfulStepKeepsItsChanges() {
        saveRoomType("DBL", 1);

        inTransaction(() -> ports.unitOfWork().undoOnFailure(() -> {
            insert("IN_STEP");
            return null;
        }));

        assertThat(exists("IN_STEP")).isTrue();
    }

    @Test
    void aStepNeedsARunningUnitOfWork() {
        assertThatThrownBy(() -> ports.unitOfWork().undoOnFailure(() -> "x"))
                .isInstanceOf(IllegalStateException.class);
    }
}
