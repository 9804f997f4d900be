package org.xhpo.jobs.analysis;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * A trials table made ready for analysis: the ok trials with a finite objective, as a DataFrame of
 * columns {@code row} (a stable key), {@code x0..x(d-1)} (unit-space values, null when inactive),
 * {@code y} (the objective), {@code c0..} (cost metrics) and, when several tables are pooled,
 * {@code source} (the path a row came from; never analyzed).
 *
 * @param source where the trials came from (for messages and provenance)
 * @param space the search space (declared or inferred); its parameter order is the x-column order
 * @param prepared the DataFrame described above
 * @param totalRows rows in the table before filtering
 * @param okRows rows that are analyzed
 * @param objective the analyzed column
 * @param direction whether lower or higher objective values are better
 * @param costMetrics names of the cost metrics, in c-column order
 */
public record AnalysisInput(String source, SearchSpace space, Dataset<Row> prepared, long totalRows, long okRows,
                            String objective, Direction direction, List<String> costMetrics) {

    /** The column naming each row's table in a pooled analysis (absent otherwise). */
    public static final String SOURCE = "source";

    /** The x column of parameter j. */
    public static String x(int j) {
        return "x" + j;
    }

    /** The c column of cost metric k. */
    public static String c(int k) {
        return "c" + k;
    }
}
