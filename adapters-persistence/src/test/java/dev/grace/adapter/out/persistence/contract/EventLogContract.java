package dev.grace.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.application.port.in.RecordedResponse;
import dev.grace.application.port.out.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code EventLogPort}: claims, stored outcomes, and deliveries of one event that arrive together. */
abstract class EventLogContract extends PortContract {
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "0123456789abcdef".repeat(4);
    private static final RecordedResponse CREATED_201 =
            new RecordedResponse(201, "{\"reference\":\"R1\",\"request_id\":\"req-1\"}".getBytes(StandardCharsets.UTF_8));

    EventLogContract(Backend backend) {
        super(backend);
    }

    private Optional<StoredEvent> claim(String eventId, String hash) {
        return inTransaction(() -> ports.eventLog().claim(eventId, hash));
    }

    private void claimAndRecord(String eventId, String hash, RecordedResponse response, Instant receivedAt) {
        inTransaction(() -> {
            assertThat(ports.eventLog().claim(eventId, hash)).isEmpty();
            ports.eventLog().recordOutcome(eventId, response, receivedAt);
        });
    }

    @Test
    void aRecordedOutcomeIsReturnedByteForByteToTheNextClaim() {
        byte[] anyBytes = {0, (byte) 0xff, (byte) 0xc3, 0x28, '\n', '"'};
        RecordedResponse odd = new RecordedResponse(409, anyBytes);
        claimAndRecord("evt_1", HASH_A, odd, CREATED);

        Optional<StoredEvent> stored = claim("evt_1", HASH_A);

        assertThat(stored).contains(new StoredEvent("evt_1", HASH_A, odd));
        assertThat(stored.orElseThrow().response().body()).containsExactly(anyBytes);
    }

    @Test
    void aClaimWithAnotherBodyHashGetsTheStoredEventWithItsOwnHash() {
        claimAndRecord("evt_1", HASH_A, CREATED_201, CREATED);

        assertThat(claim("evt_1", HASH_B)).contains(new StoredEvent("evt_1", HASH_A, CREATED_201));
    }

    @Test
    void eventIdsAreExactStrings() {
        claimAndRecord("EVT-1", HASH_A, CREATED_201, CREATED);

        assertThat(claim("evt-1", HASH_A)).isEmpty();
        assertThat(claim("EVT-1 ", HASH_A)).isEmpty();
    }

    @Test
    void aReleasedClaimLeavesNothingBehind() {
        inTransaction(() -> {
            assertThat(ports.eventLog().claim("evt_1", HASH_A)).isEmpty();
            ports.eventLog().releaseClaim("evt_1");
        });

        assertThat(claim("evt_1", HASH_B)).isEmpty();
    }

    @Test
    void aClaimEndsWithItsUnitOfWorkEvenIfNeitherRecordedNorReleased() {
        assertThat(claim("evt_1", HASH_A)).isEmpty();

        assertThat(claim("evt_1", HASH_B)).isEmpty();
        claimAndRecord("evt_1", HASH_B, CREATED_201, CREATED);
        assertThat(claim("evt_1", HASH_A)).contains(new StoredEvent("evt_1", HASH_B, CREATED_201));
    }

    @Test
    void aRolledBackOutcomeIsNotStored() {
        assertThatThrownBy(() -> inTransaction(() -> {
            ports.eventLog().claim("evt_1", HASH_A);
            ports.eventLog().recordOutcome("evt_1", CREATED_201, CREATED);
            throw new IllegalStateException("commit failed");
        })).hasMessage("commit failed");

        assertThat(claim("evt_1", HASH_A)).isEmpty();
    }

    @Test
    void recordingWithoutAClaimFails() {
        assertThatThrownBy(() -> inTransaction(
                        () -> ports.eventLog().recordOutcome("evt_unclaimed", CREATED_201, CREATED)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(claim("evt_unclaimed", HASH_A)).isEmpty();
    }

    @Test
    void claimingOutsideAUnitOfWorkIsRefused() {
        assertThatThrownBy(() -> ports.eventLog().claim("evt_1", HASH_A)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void purgeRemovesOutcomesReceivedBeforeTheCutoffOnly() {
        Instant cutoff = Instant.parse("2030-03-01T00:00:00Z");
        claimAndRecord("old_1", HASH_A, CREATED_201, cutoff.minusSeconds(86_400));
        claimAndRecord("old_2", HASH_A, CREATED_201, cutoff.minusMillis(1));
        claimAndRecord("at_cutoff", HASH_A, CREATED_201, cutoff);
        claimAndRecord("new", HASH_A, CREATED_201, cutoff.plusSeconds(5));

        int purged = inTransaction(() -> ports.eventLog().purgeReceivedBefore(cutoff));

        assertThat(purged).isEqualTo(2);
        assertThat(claim("old_1", HASH_B)).isEmpty();
        assertThat(claim("old_2", HASH_B)).isEmpty();
        assertThat(claim("at_cutoff", HASH_B)).isPresent();
        assertThat(claim("new", HASH_B)).isPresent();
    }

    @Test
    void aSecondDeliveryWaitsForTheFirstAndGetsItsOutcome() throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inTransaction(() -> {
                assertThat(ports.eventLog().claim("evt_1", HASH_A)).isEmpty();
                firstClaimed.countDown();
                await(mayFinish);
                ports.eventLog().recordOutcome("evt_1", CREATED_201, CREATED);
            }), threads);
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Optional<StoredEvent>> second =
                    CompletableFuture.supplyAsync(() -> claim("evt_1", HASH_A), threads);
            // While the first delivery is still running the second has no answer to give.
            Thread.sleep(200);
            assertThat(second).isNotDone();

            mayFinish.countDown();
            first.get(10, TimeUnit.SECONDS);
            assertThat(second.get(10, TimeUnit.SECONDS)).contains(new StoredEvent("evt_1", HASH_A, CREATED_201));
        } finally {
            mayFinish.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aSecondDeliveryGetsTheClaimWhenTheFirstGivesUp() throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inTransaction(() -> {
                ports.eventLog().claim("evt_1", HASH_A);
                firstClaimed.countDown();
                await(mayFinish);
                ports.eventLog().releaseClaim("evt_1");
            }), threads);
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Optional<StoredEvent>> second = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
                Optional<StoredEvent> claimed = ports.eventLog().claim("evt_1", HASH_A);
                ports.eventLog().recordOutcome("evt_1", CREATED_201, CREATED);
                return claimed;
            }), threads);

            mayFinish.countDown();
            first.get(10, TimeUnit.SECONDS);

            assertThat(second.get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(claim("evt_1", HASH_A)).contains(new StoredEvent("evt_1", HASH_A, CREATED_201));
        } finally {
            mayFinish.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not let the first delivery finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
