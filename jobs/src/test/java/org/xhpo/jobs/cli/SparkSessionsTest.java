package org.xhpo.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Local mode gets starvation-tolerant heartbeat timeouts unless the user set them; clusters keep Spark's. */
class SparkSessionsTest {

    @Test
    void localModeGetsLongTimeoutsTheUserDidNotSet() {
        SparkConf none = new SparkConf(false);
        assertEquals(Map.of("spark.network.timeout", "1200s", "spark.executor.heartbeatInterval", "60s"),
                SparkSessions.localTimeouts("local[*]", none));
        assertEquals(Map.of("spark.network.timeout", "1200s", "spark.executor.heartbeatInterval", "60s"),
                SparkSessions.localTimeouts("local[2]", none));
    }

    @Test
    void aUserSettingIsKept() {
        SparkConf given = new SparkConf(false).set("spark.network.timeout", "300s");
        assertEquals(Map.of("spark.executor.heartbeatInterval", "60s"), SparkSessions.localTimeouts("local[2]", given));
    }

    @Test
    void clusterMastersKeepSparksDefaults() {
        assertEquals(Map.of(), SparkSessions.localTimeouts("spark://host:7077", new SparkConf(false)));
        assertEquals(Map.of(), SparkSessions.localTimeouts("yarn", new SparkConf(false)));
    }
}
