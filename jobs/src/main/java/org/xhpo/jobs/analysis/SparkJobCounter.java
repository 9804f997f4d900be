package org.xhpo.jobs.analysis;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Counts the Spark jobs started while it is open: on a small table a job's cost is mostly
 * scheduling, so the count says how long a step takes on an idle machine better than a wall time
 * on a busy one. Listener events arrive asynchronously, so a job started just before {@link #jobs()}
 * may not be counted yet.
 */
public final class SparkJobCounter extends SparkListener implements AutoCloseable {
    private final SparkContext sc;
    private final AtomicInteger jobs = new AtomicInteger();

    /** Starts counting the jobs of {@code sc}. */
    public SparkJobCounter(SparkContext sc) {
        this.sc = sc;
        sc.addSparkListener(this);
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
    }

    /** Jobs started so far. */
    public int jobs() {
        return jobs.get();
    }

    /** Stops counting. */
    @Override
    public void close() {
        sc.removeSparkListener(this);
    }
}
