package org.xhpo.analysis;

/**
 * One way of explaining a sweep (STYLE §2, Optuna's importance evaluators): the finished trials of a
 * study and the typed analysis settings in, typed result rows out. Every implementation is a pure
 * function of its arguments (all randomness from {@code seed}), sees only finished trials (the
 * {@link ExplainInput} holds no failed ones), handles conditional parameters by their groups, and
 * refuses a table it cannot use with an {@link IllegalArgumentException} whose message names what
 * was expected. {@code ExplanationMethodContract} (tests) checks these four promises.
 *
 * @param <R> the result: one or more tables of typed rows
 */
public interface ExplanationMethod<R extends ResultTables> {
    /** The method's name as it appears in tables and messages ({@code hsic}, {@code shap}, …). */
    String name();

    /**
     * Explains the trials.
     *
     * @param input the finished trials with their space
     * @param settings the {@code analysis:} settings
     * @param seed the analysis seed
     * @throws IllegalArgumentException when the table cannot be used (message names the reason)
     */
    R explain(ExplainInput input, AnalysisSettings settings, long seed);
}
