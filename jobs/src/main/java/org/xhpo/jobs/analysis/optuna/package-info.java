/**
 * Reading Optuna studies where Optuna keeps them: an RDB storage through JDBC ({@link
 * org.xhpo.jobs.analysis.optuna.OptunaRdbStorage}) and a JournalStorage file ({@link
 * org.xhpo.jobs.analysis.optuna.OptunaJournalStorage}), both into an {@link
 * org.xhpo.jobs.analysis.optuna.OptunaStudy} with each parameter's declared distribution.
 */
package org.xhpo.jobs.analysis.optuna;
