package org.xhpo.jobs.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.xhpo.jobs.analysis.AnalysisJob;

/**
 * Compares the analysis tables of two study directories value for value: every row of every table
 * of {@link AnalysisJob#TABLES} as text (a double prints its shortest exact decimal, so equal text
 * means equal bits), sorted, and prints {@code SAME table n rows} or {@code DIFFERENT} with the first
 * differing rows; exit code 1 when any table differs. Used to check that a speed change of the
 * analysis kept its results (benchmarks/RESULTS.md, issue 18).
 */
public final class AnalysisDiff {
    private AnalysisDiff() {
    }

    /** {@code AnalysisDiff STUDY_DIR_A STUDY_DIR_B}. */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("xhpo analysis diff")
                .config("spark.ui.enabled", "false").getOrCreate();
        boolean same = true;
        try {
            for (String t : AnalysisJob.TABLES) {
                List<String> a = rows(spark, args[0] + "/" + t);
                List<String> b = rows(spark, args[1] + "/" + t);
                if (a.equals(b)) {
                    System.out.println("SAME " + t + " " + a.size() + " rows");
                    continue;
                }
                same = false;
                System.out.println("DIFFERENT " + t + ": " + a.size() + " vs " + b.size() + " rows");
                for (int i = 0, shown = 0; i < Math.min(a.size(), b.size()) && shown < 3; i++) {
                    if (!a.get(i).equals(b.get(i))) {
                        System.out.println("  < " + a.get(i) + "\n  > " + b.get(i));
                        shown++;
                    }
                }
            }
        } finally {
            spark.stop();
        }
        System.exit(same ? 0 : 1);
    }

    private static List<String> rows(SparkSession spark, String path) {
        List<String> out = new ArrayList<>();
        for (Row r : spark.read().parquet(path).collectAsList()) {
            out.add(r.toString());
        }
        out.sort(null);
        return out;
    }
}
