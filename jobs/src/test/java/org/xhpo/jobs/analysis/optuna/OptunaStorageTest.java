package org.xhpo.jobs.analysis.optuna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xhpo.jobs.analysis.AnalysisInput;
import org.xhpo.jobs.analysis.TrialsSource;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * Optuna storages written by Optuna 3.1 and 5.0 ({@code src/test/resources/optuna/make_storages.py}):
 * the declared distributions come back exactly, unsuggested parameters are inactive, only COMPLETE
 * trials count, and the direction is the storage's.
 */
class OptunaStorageTest {
    static final Path DIR = Paths.get("src/test/resources/optuna").toAbsolutePath();

    /** The space make_storages.py declares, in first-suggestion order (momentum is first suggested after drop). */
    static SearchSpace declared() {
        return new SearchSpace(List.of(
                new FloatParameter("lr", 1e-5, 0.1, true, null, null),
                new IntParameter("layers", 1, 9, false, 2, null, null),
                new CategoricalParameter("opt", List.of("sgd", "adam", "rmsprop"), null, null),
                new IntParameter("width", 16, 256, true, 1, null, null),
                new FloatParameter("drop", 0, 0.5, false, null, null),
                new FloatParameter("momentum", 0, 0.9, false, null, null)));
    }

    static String storage(String fixture) {
        return fixture.endsWith(".db") ? "sqlite:///" + DIR.resolve(fixture) : DIR.resolve(fixture).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"optuna31.db", "optuna31.journal", "optuna50.db", "optuna50.journal"})
    void theStoredStudyReadsBackWithItsDeclaredSpace(String fixture) throws Exception {
        OptunaStudy s = OptunaStorages.read(SharedSpark.get().sparkContext().hadoopConfiguration(), storage(fixture),
                "mixed");
        assertEquals(Direction.MINIMIZE, s.direction());
        assertEquals(60, s.trials().size());
        assertEquals(57, s.trials().stream().filter(OptunaStudy.Trial::complete).count());
        assertEquals("FAIL", s.trials().get(4).state());
        assertEquals("PRUNED", s.trials().get(7).state());

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        AnalysisInput in = new TrialsSource(SharedSpark.get(), new PrintStream(log, true, StandardCharsets.UTF_8))
                .loadOptuna(storage(fixture), "mixed", null, null, List.of(), 5);
        assertEquals(declared(), in.space(), "the declared ranges, exactly");
        assertEquals(57, in.okRows());
        assertEquals(60, in.totalRows());
        assertEquals(Direction.MINIMIZE, in.direction());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("drop: float step 0.1 is not represented"));
        // momentum (x5) is null exactly where opt (x2, cells of 1/3) is not sgd (cell [0, 1/3))
        List<Row> rows = in.prepared().collectAsList();
        long mismatched = rows.stream().filter(r -> r.isNullAt(6) != (r.getDouble(3) >= 1.0 / 3)).count();
        assertEquals(0, mismatched);
        assertTrue(rows.stream().anyMatch(r -> r.isNullAt(6)) && rows.stream().anyMatch(r -> !r.isNullAt(6)));

        AnalysisInput up = new TrialsSource(SharedSpark.get(), new PrintStream(new ByteArrayOutputStream()))
                .loadOptuna(storage(fixture), "up", null, null, List.of(), 5);
        assertEquals(Direction.MAXIMIZE, up.direction());
        assertEquals(12, up.okRows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31", "50"})
    void databaseAndJournalHoldTheSameTrials(String version) throws Exception {
        var conf = SharedSpark.get().sparkContext().hadoopConfiguration();
        OptunaStudy db = OptunaStorages.read(conf, storage("optuna" + version + ".db"), "mixed");
        OptunaStudy journal = OptunaStorages.read(conf, storage("optuna" + version + ".journal"), "mixed");
        assertEquals(db.distributions().keySet(), journal.distributions().keySet());
        for (int i = 0; i < db.trials().size(); i++) {
            OptunaStudy.Trial a = db.trials().get(i);
            OptunaStudy.Trial b = journal.trials().get(i);
            assertEquals(a.number(), b.number());
            assertEquals(a.state(), b.state());
            assertEquals(a.params(), b.params(), "trial " + i);
            if (a.value() == null) {
                assertNull(b.value());
            } else {
                assertEquals(a.value(), b.value(), 1e-12 * Math.abs(a.value()));
            }
        }
    }
}
