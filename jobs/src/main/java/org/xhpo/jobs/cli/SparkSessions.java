package org.xhpo.jobs.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the session for a command: the master given, the one spark-submit set, or local[*]; the jars of
 * {@code --jars} are shipped to its executors.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    /**
     * Gets or creates the session.
     *
     * @param appName shown in the Spark UI
     * @param master a master URL, or null to use spark-submit's or local[*]
     * @return the session, with the {@code --jars} of the running command added to its context
     */
    public static SparkSession create(String appName, String master) {
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC");
        if (master != null) {
            b.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            b.master("local[*]");
        }
        SparkSession session = b.getOrCreate();
        UserJars.shipTo(session);
        return session;
    }
}
