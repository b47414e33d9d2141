package dev.grace.application.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls on threads of their own, released at the same moment, for the concurrency tests: the more
 * callers reach the contended step together, the more likely a race shows.
 */
public final class AllAtOnce {
    private static final long MAX_WAIT_SECONDS = 60;

    private AllAtOnce() {
    }

    /** {@code times} copies of {@code call}; results in submission order. */
    public static <T> List<T> run(int times, Callable<T> call) throws InterruptedException, ExecutionException {
        return run(Collections.nCopies(times, call));
    }

    /**
     * Every call at once; results in the calls' order. A call that throws fails the whole run with its
     * exception (as the cause of an {@link ExecutionException}); each call gets at most 60 s.
     */
    public static <T> List<T> run(List<Callable<T>> calls) throws InterruptedException, ExecutionException {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new ExecutionException("a call did not finish within " + MAX_WAIT_SECONDS + " s", e);
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
