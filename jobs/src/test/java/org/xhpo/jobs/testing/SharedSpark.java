package org.xhpo.jobs.testing;

import org.apache.spark.sql.SparkSession;

/** One local[2] SparkSession per test JVM (tasks retried up to 4 times), shared by every Spark test. */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    /** The shared session, created on first use. */
    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder().master("local[2,4]").appName("xhpo-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
