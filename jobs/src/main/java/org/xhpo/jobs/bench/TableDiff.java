package org.xhpo.jobs.bench;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares two trials tables on everything a trial's outcome determines (ids, rounds, parameters,
 * unit values, value, status, seed — not times or executors) and prints {@code SAME n rows} or
 * {@code DIFFERENT} with the differing rows. Used by the multi-process checks in submit-scripts/.
 */
public final class TableDiff {
    private TableDiff() {
    }

    /** {@code TableDiff TRIALS_DIR_A TRIALS_DIR_B}. */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("xhpo table diff")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            Dataset<Row> a = spark.read().parquet(args[0]);
            Dataset<Row> b = spark.read().parquet(args[1]);
            String[] cols = Arrays.stream(a.columns())
                    .filter(c -> !c.equals("start_time") && !c.equals("end_time") && !c.equals("duration_s")
                            && !c.equals("executor_id") && !c.equals("metrics"))
                    .toArray(String[]::new);
            Dataset<Row> sa = a.selectExpr(cols);
            Dataset<Row> sb = b.selectExpr(cols);
            long onlyA = sa.exceptAll(sb).count();
            long onlyB = sb.exceptAll(sa).count();
            if (onlyA == 0 && onlyB == 0) {
                System.out.println("SAME " + sa.count() + " rows");
            } else {
                System.out.println("DIFFERENT: " + onlyA + " rows only in " + args[0] + ", " + onlyB + " only in " + args[1]);
                sa.exceptAll(sb).show(20, false);
                sb.exceptAll(sa).show(20, false);
            }
        } finally {
            spark.stop();
        }
    }
}
