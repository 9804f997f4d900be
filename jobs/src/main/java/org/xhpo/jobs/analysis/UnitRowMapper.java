package org.xhpo.jobs.analysis;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Seeds;

/**
 * Maps a narrowed trials row ({@code _row, (_p_name, _u_name)×d, _y, costs…[, source]}) to the
 * analysis row ({@code row, x0..x(d-1), y, c…[, source]}); the trailing columns are copied as they are. A stored unit value ({@code u_*}, XHPO's tables) is used as it
 * is; otherwise the native value is mapped by the parameter's CDF (P1 of hsic-explainable-hpo.md)
 * and discrete values are jittered inside their unit cell with a seeded draw per (row, parameter)
 * (docs/methods/unit-transform.md, 'Jitter of discrete values': the HSIC of discrete parameters of
 * external tables then carries a small Monte-Carlo component).
 */
final class UnitRowMapper implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final SearchSpace space;
    private final long seed;

    UnitRowMapper(SearchSpace space, long seed) {
        this.space = space;
        this.seed = seed;
    }

    @Override
    public Row call(Row in) {
        int d = space.dimension();
        int costs = in.length() - 2 - 2 * d; // the costs and, when pooling, the source label
        Object[] out = new Object[2 + d + costs];
        long key = in.getLong(0);
        out[0] = key;
        for (int j = 0; j < d; j++) {
            Object value = in.get(1 + 2 * j);
            Object stored = in.get(2 + 2 * j);
            if (stored != null) {
                out[1 + j] = stored;
            } else if (value == null) {
                out[1 + j] = null;
            } else {
                Parameter p = space.parameters().get(j);
                double[] cell = p.unitCell(value instanceof Integer i ? (Object) i.longValue() : value);
                out[1 + j] = cell[0] + (cell[1] - cell[0]) * uniform(key, j);
            }
        }
        out[1 + d] = in.get(1 + 2 * d);
        for (int k = 0; k < costs; k++) {
            out[2 + d + k] = in.get(2 + 2 * d + k);
        }
        return RowFactory.create(out);
    }

    private double uniform(long row, int j) {
        long bits = Seeds.derive(seed, Seeds.Purpose.UNIT_JITTER, row * 1_000_003L + j);
        return (bits >>> 11) * 0x1.0p-53;
    }
}
