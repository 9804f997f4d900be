package org.xhpo.jobs.analysis;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.xhpo.analysis.AnalysisSettings;

/**
 * What an analysis depends on, as one SHA-256 hex string recorded in {@code analysis.json}
 * ({@code input_hash}): the prepared trials (row count and the order-independent sum of a 64-bit
 * hash of every row: keys, unit values, objective, costs), the parameter names, the settings as
 * JSON, the seed and the sampling. {@code xhpo run} on a finished study compares it and skips an
 * analysis whose inputs have not changed.
 */
public final class AnalysisFingerprint {
    private AnalysisFingerprint() {
    }

    /** The fingerprint of analyzing {@code in} with these settings, seed and sampling. */
    public static String of(AnalysisInput in, AnalysisSettings settings, long seed, AnalysisJob.Sampling sampling) {
        String[] cols = in.prepared().columns();
        Column[] all = new Column[cols.length];
        for (int i = 0; i < cols.length; i++) {
            all[i] = col(cols[i]);
        }
        Row r = in.prepared().agg(functions.count(functions.lit(1)), functions.sum(functions.xxhash64(all))).first();
        String text;
        try {
            text = r.getLong(0) + "|" + (r.isNullAt(1) ? 0 : r.getLong(1)) + "|" + in.space().names() + "|"
                    + in.objective() + "|" + in.direction().label() + "|" + in.costMetrics() + "|"
                    + new ObjectMapper().writeValueAsString(settings) + "|" + seed + "|" + sampling;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("analysis settings: cannot render as JSON", e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
