package org.xhpo.jobs.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.analysis.Evidence;
import org.xhpo.analysis.Recommendation;
import org.xhpo.analysis.TrialMatrix;
import org.xhpo.analysis.hsic.HsicIndex;
import org.xhpo.analysis.shap.ShapDependence;
import org.xhpo.space.Parameter;

/**
 * {@code recommendations}: one row per parameter combining the three methods' evidence with
 * {@link Recommendation#combine}. Votes: HSIC — best-p% p-value &lt; 0.05; PDP — PDP importance at
 * least 10% of the largest (abstains when the GBT's hold-out R² &lt; 0.2); SHAP — not fixable
 * (abstains when the meta-model's hold-out R² &lt; 0.2). Ranges: HSIC — where the best trials put
 * the parameter (5–95% of X | Z = 1); SHAP — the favourable run of bins; cost — the cheapest range of
 * {@code hsic_tradeoff} that is still sufficient.
 */
final class RecommendationTable {
    private RecommendationTable() {
    }

    static Dataset<Row> build(SparkSession spark, AnalysisInput in, TrialMatrix t, HsicTables hsic,
                              GbtPartialDependence.Result gbt, ShapTables shap, AnalysisSettings s) {
        double maxPdp = 0;
        for (double v : gbt.pdpImportance()) {
            maxPdp = Math.max(maxPdp, v);
        }
        List<Row> rows = new ArrayList<>();
        List<Row> trade = hsic.tradeoff().collectAsList();
        for (int j = 0; j < t.d(); j++) {
            Parameter p = in.space().parameters().get(j);
            List<Evidence> ev = new ArrayList<>();
            HsicIndex h = hsic.best(j);
            double[] good = hsic.goodRange(j);
            ev.add(h == null ? new Evidence("hsic", null, Double.NaN, Double.NaN, "too few active trials")
                    : new Evidence("hsic", h.pValue() < 0.05, good == null ? Double.NaN : good[0],
                    good == null ? Double.NaN : good[1], String.format("S=%.3g, p=%.3g", h.s(), h.pValue())));
            boolean gbtTrusted = gbt.heldOutR2() >= 0.2;
            ev.add(new Evidence("pdp", gbtTrusted ? gbt.pdpImportance()[j] >= 0.1 * maxPdp : null, Double.NaN, Double.NaN,
                    String.format("importance %.3g of max %.3g (GBT R²=%.2f)", gbt.pdpImportance()[j], maxPdp,
                            gbt.heldOutR2())));
            ShapDependence d = shap.dependence(j);
            boolean shapTrusted = shap.heldOutR2() >= 0.2;
            ev.add(new Evidence("shap", shapTrusted ? !d.fixable() : null, d.rangeLow(), Double.isNaN(d.rangeLow())
                    ? Double.NaN : d.rangeHigh(), String.format("mean|SHAP|=%.3g, max bin %.3g vs threshold %.3g (R²=%.2f)",
                    d.meanAbs(), d.maxBinMean(), d.threshold(), shap.heldOutR2())));
            double[] cheap = cheapest(trade, p.name());
            if (cheap != null) {
                ev.add(new Evidence("cost", null, cheap[0], cheap[1], String.format("cheapest sufficient range [%s, %s]",
                        p.fromUnit(cheap[0]), p.fromUnit(cheap[1]))));
            }
            Recommendation r = Recommendation.combine(p.name(), t.groups().get(j), ev,
                    cheap == null ? Double.NaN : cheap[2]);
            rows.add(RowFactory.create(r.parameter(), r.group(), r.action(), SqlValues.orNull(r.low()), SqlValues.orNull(r.high()),
                    Double.isNaN(r.low()) ? null : String.valueOf(p.fromUnit(r.low())),
                    Double.isNaN(r.high()) ? null : String.valueOf(p.fromUnit(r.high())), String.join(",", r.supportedBy()),
                    r.evidence()));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** [low, high, value to fix at: its end toward the expensive side] of the most-cut sufficient range of a parameter's trade-off curve, or null. */
    private static double[] cheapest(List<Row> trade, String parameter) {
        double[] best = null;
        double bestCut = -1;
        for (Row r : trade) {
            if (r.getString(0).equals(parameter) && r.getBoolean(13) && r.getDouble(3) > bestCut) {
                bestCut = r.getDouble(3);
                boolean high = r.getString(2).equals("high");
                best = new double[] {r.getDouble(4), r.getDouble(5), high ? r.getDouble(5) : r.getDouble(4)};
            }
        }
        return best;
    }


    static final StructType SCHEMA = new StructType().add("parameter", DataTypes.StringType, false)
            .add("group", DataTypes.StringType, false).add("action", DataTypes.StringType, false)
            .add("unit_low", DataTypes.DoubleType, true).add("unit_high", DataTypes.DoubleType, true)
            .add("value_low", DataTypes.StringType, true).add("value_high", DataTypes.StringType, true)
            .add("supported_by", DataTypes.StringType, false).add("evidence", DataTypes.StringType, false);
}
