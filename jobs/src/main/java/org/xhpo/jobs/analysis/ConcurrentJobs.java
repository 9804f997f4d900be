package org.xhpo.jobs.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent small Spark actions (one per analysis table) from a few driver threads at once.
 * A table of a few hundred rows costs a Spark job whose time is scheduling, not work, so the jobs
 * overlap well even on two cores. Results come back in the order of the keys; the first failure is
 * rethrown after every action has finished.
 */
public final class ConcurrentJobs {
    /** Driver threads submitting jobs. */
    public static final int THREADS = 4;

    private ConcurrentJobs() {
    }

    /** An action on one key that may fail with an I/O error. */
    @FunctionalInterface
    public interface Action<K, T> {
        /** Runs the action for {@code key}. */
        T run(K key) throws IOException;
    }

    /**
     * Runs {@code action} on every key concurrently.
     *
     * @return key → result, in the order of {@code keys}
     */
    public static <K, T> Map<K, T> each(List<K> keys, Action<K, T> action) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(THREADS, keys.size())), r -> {
            Thread t = new Thread(r, "xhpo-analysis-tables");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (K k : keys) {
                futures.add(pool.submit(() -> {
                    try {
                        return action.run(k);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            Map<K, T> out = new LinkedHashMap<>();
            Throwable first = null;
            for (int i = 0; i < keys.size(); i++) {
                try {
                    out.put(keys.get(i), futures.get(i).get());
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing the analysis tables", e);
                }
            }
            if (first instanceof UncheckedIOException u) {
                throw u.getCause();
            } else if (first instanceof RuntimeException r) {
                throw r;
            } else if (first instanceof Error err) {
                throw err;
            } else if (first != null) {
                throw new IllegalStateException(first);
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
