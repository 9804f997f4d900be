/**
 * {@code xhpo sql}: the read-only guard on statements ({@link org.xhpo.jobs.sql.ReadOnlyStatements}), one-shot
 * queries and the interactive shell ({@link org.xhpo.jobs.sql.SqlShell}) on the views
 * {@link org.xhpo.jobs.store.ResultTables} registers.
 */
package org.xhpo.jobs.sql;
