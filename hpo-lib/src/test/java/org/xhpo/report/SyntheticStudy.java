package org.xhpo.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.xhpo.study.Direction;

/**
 * A study made up for report tests and the size/speed measurement: n trials of d parameters
 * (value = Σ_j (j+1)·(u_j − 0.3)² + noise, so the first parameters matter most), every fifth round
 * a second sampler, 2% failed trials, and analysis tables with the columns xhpo analyze writes.
 */
final class SyntheticStudy {
    private SyntheticStudy() {
    }

    /** The study with n trials of d parameters (d ≥ 2), from a fixed seed. */
    static ReportInput of(int n, int d, long seed, double gbtR2) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> params = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            params.add("param_" + j);
        }
        List<ReportTrial> trials = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Double> unit = new LinkedHashMap<>();
            double y = 0;
            for (int j = 0; j < d; j++) {
                double u = rng.nextDouble();
                unit.put(params.get(j), u);
                values.put(params.get(j), j % 3 == 2 ? (Object) (long) (1 + 63 * u) : (Object) Math.pow(10, -5 + 4 * u));
                y += (j + 1) * (u - 0.3) * (u - 0.3);
            }
            y += 0.05 * rng.nextDouble();
            boolean failed = rng.nextDouble() < 0.02;
            int round = i / 8;
            trials.add(new ReportTrial(i, round, round % 5 == 4 ? "tpe" : "random", failed ? "failed" : "ok",
                    failed ? null : y, values, unit, Map.of("params", 1000.0 * (1 + i % 50),
                    "flops", 2000.0 * Math.pow(10, 3.0 * i / n)), failed ? 0.1 : 0.5 + rng.nextDouble(),
                    "2026-01-01T00:00:0" + (i % 10) + "Z", "2026-01-01T00:01:0" + (i % 10) + "Z"));
        }
        Map<String, ReportTable> tables = new LinkedHashMap<>();
        List<Map<String, Object>> hsic = new ArrayList<>();
        List<Map<String, Object>> pdp = new ArrayList<>();
        List<Map<String, Object>> shap = new ArrayList<>();
        List<Map<String, Object>> summary = new ArrayList<>();
        List<Map<String, Object>> rec = new ArrayList<>();
        List<Map<String, Object>> gbt = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            String p = params.get(j);
            for (String target : List.of("best", "worst")) {
                double s = (j + 1) * 0.01 / d;
                hsic.add(row("parameter", p, "group", j == d - 1 ? "param_0 = high" : "", "target", target, "s", s,
                        "p_value", j < 3 ? 0.001 : 0.4, "significant", j < 3, "r2_hsic", s * 3));
            }
            for (int g = 0; g < 20; g++) {
                double u = g / 19.0;
                pdp.add(row("parameter", p, "unit_value", u, "value", String.valueOf(u), "pdp", (j + 1) * (u - 0.3) * (u - 0.3),
                        "ice_sd", 0.05, "target_scale", "value"));
            }
            for (int t = 0; t < Math.min(200, n); t++) {
                double u = trials.get(t).unit().get(p);
                shap.add(row("trial", (long) t, "parameter", p, "unit_value", u, "value", String.valueOf(u),
                        "shap", (j + 1) * ((u - 0.3) * (u - 0.3) - 0.13), "metric", "value"));
            }
            List<Object> bins = new ArrayList<>();
            for (int b = 0; b < 10; b++) {
                double mid = (b + 0.5) / 10;
                bins.add(row("unit_low", b / 10.0, "unit_high", (b + 1) / 10.0, "trials", 20L,
                        "mean_shap", (j + 1) * ((mid - 0.3) * (mid - 0.3) - 0.13), "sd_shap", 0.01));
            }
            summary.add(row("parameter", p, "mean_abs_shap", 0.1 * (j + 1), "metamodel_r2_holdout", gbtR2,
                    "dependence", bins));
            rec.add(row("parameter", p, "group", "", "action", j < 3 ? "tune" : "fix", "value_low", "0.1",
                    "value_high", "0.5", "supported_by", "hsic,pdp", "evidence", "S = " + (j + 1) * 0.01 / d + " <b>"));
            gbt.add(row("parameter", p, "feature_importance", 0.1, "pdp_importance", 0.1, "r2_holdout", gbtR2));
        }
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<Map<String, Object>> pdp2 = new ArrayList<>();
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                pairs.add(row("parameter_a", params.get(a), "parameter_b", params.get(b), "group", "", "s_pair",
                        0.01 * (a + b), "excess_over_max", (a == 0 && b == 1) ? 0.02 : -0.001 * b,
                        "excess_over_sum", -0.001, "p_gamma", a == 0 ? 0.01 : 0.5));
            }
        }
        for (int ga = 0; ga < 10; ga++) {
            for (int gb = 0; gb < 10; gb++) {
                pdp2.add(row("parameter_a", params.get(0), "parameter_b", params.get(1), "unit_a", ga / 9.0,
                        "unit_b", gb / 9.0, "value_a", "a" + ga, "value_b", "b" + gb, "pdp", ga * gb / 81.0));
            }
        }
        List<Map<String, Object>> tradeoff = new ArrayList<>();
        for (int c = 0; c <= 8; c++) {
            tradeoff.add(row("parameter", params.get(2), "cost", "flops", "expensive_end", "high", "cut", c / 10.0,
                    "value_low", "1", "value_high", String.valueOf(64 - 6 * c), "s", 0.001 * c * c, "p_gamma",
                    Math.pow(10, -c / 2.0), "sufficient", c <= 5));
        }
        tables.put("hsic_importance", new ReportTable("hsic_importance", hsic));
        tables.put("hsic_interactions", new ReportTable("hsic_interactions", pairs));
        tables.put("hsic_tradeoff", new ReportTable("hsic_tradeoff", tradeoff));
        tables.put("pdp_1d", new ReportTable("pdp_1d", pdp));
        tables.put("pdp_2d", new ReportTable("pdp_2d", pdp2));
        tables.put("gbt_importance", new ReportTable("gbt_importance", gbt));
        tables.put("shap_values", new ReportTable("shap_values", shap));
        tables.put("shap_summary", new ReportTable("shap_summary", summary));
        tables.put("recommendations", new ReportTable("recommendations", rec));
        ObjectMapper json = new ObjectMapper();
        ObjectNode study = json.createObjectNode().put("study", "synthetic").put("seed", seed).put("direction", "minimize")
                .put("created", "2026-01-01T00:00:00Z").put("java_version", "17").put("os", "Linux amd64")
                .put("spark_version", "3.5.7");
        ObjectNode analysis = json.createObjectNode().put("created", "2026-01-01T00:02:00Z").put("seed", 1)
                .put("trials_analyzed", n).put("gbt_r2_holdout", gbtR2).put("metamodel_r2_holdout", gbtR2);
        analysis.putObject("settings").put("bestFraction", 0.1).putArray("costs").add(params.get(2));
        return new ReportInput("synthetic", false, "value", Direction.MINIMIZE, params, trials, n, study, analysis, tables);
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
