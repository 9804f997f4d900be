package org.xhpo.jobs.cli;

import java.util.LinkedHashMap;
import java.util.Map;
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
        SparkConf given = new SparkConf();
        String effective = master != null ? master : given.get("spark.master", "local[*]");
        if (master != null || !given.contains("spark.master")) {
            b.master(effective); // else spark-submit's master stands
        }
        localTimeouts(effective, given).forEach(b::config);
        SparkSession session = b.getOrCreate();
        UserJars.shipTo(session);
        return session;
    }

    /**
     * Timeouts for local mode that the user did not set. In local mode the executor lives in the driver's JVM,
     * so a missed heartbeat only means the JVM got no CPU for a while; with Spark's defaults (a heartbeat every
     * 10 s, expiry after {@code spark.network.timeout} = 120 s) a sweep running at low priority on a loaded
     * machine lost its only executor after 132 s and stopped (issue 19's UBAL study, benchmarks/SEEDS.md).
     * Cluster masters keep Spark's defaults.
     *
     * @param master the master URL the session will use
     * @param given the settings already given (system properties, spark-submit)
     * @return setting → value to add
     */
    static Map<String, String> localTimeouts(String master, SparkConf given) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!master.startsWith("local")) {
            return out;
        }
        if (!given.contains("spark.network.timeout")) {
            out.put("spark.network.timeout", "1200s");
        }
        if (!given.contains("spark.executor.heartbeatInterval")) {
            out.put("spark.executor.heartbeatInterval", "60s");
        }
        return out;
    }
}
