package org.xhpo.jobs.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xhpo.jobs.store.StudyDirectory;
import org.xhpo.sampler.ExplainedSampler;
import org.xhpo.sampler.Sampler;
import org.xhpo.sampler.SearchDecision;

/**
 * Writes an explanation-guided sampler's decisions as {@code OUT/STUDY/search_decisions} (Parquet,
 * one row per decision: study, stage, parameter, action, value, evidence), beside the trials, so
 * {@code xhpo sql} shows them as the view {@code search_decisions}. Rewritten whole at the end of
 * every run: the decisions are a pure function of the told trials, so a resumed run writes the same
 * rows plus those of the stages it reached.
 */
final class SearchDecisionsTable {
    static final StructType SCHEMA = new StructType().add("study", DataTypes.StringType, false)
            .add("stage", DataTypes.StringType, false).add("parameter", DataTypes.StringType, false)
            .add("action", DataTypes.StringType, false).add("value", DataTypes.StringType, false)
            .add("evidence", DataTypes.StringType, false);

    private SearchDecisionsTable() {
    }

    /** Writes the table when the sampler explains its search; does nothing for other samplers. */
    static void write(SparkSession spark, StudyDirectory dir, String study, Sampler sampler) {
        if (!(sampler instanceof ExplainedSampler explained)) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (SearchDecision d : explained.decisions()) {
            rows.add(RowFactory.create(study, d.stage(), d.parameter(), d.action(), d.value(), d.evidence()));
        }
        spark.createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(dir.searchDecisions().toString());
    }
}
