package org.xhpo.jobs.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.DescribeColumn;
import org.apache.spark.sql.catalyst.plans.logical.DescribeFunction;
import org.apache.spark.sql.catalyst.plans.logical.DescribeNamespace;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoDir;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowCreateTable;
import org.apache.spark.sql.catalyst.plans.logical.ShowFunctions;
import org.apache.spark.sql.catalyst.plans.logical.ShowNamespaces;
import org.apache.spark.sql.catalyst.plans.logical.ShowPartitions;
import org.apache.spark.sql.catalyst.plans.logical.ShowTableExtended;
import org.apache.spark.sql.catalyst.plans.logical.ShowTableProperties;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import org.apache.spark.sql.execution.command.DescribeQueryCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import org.apache.spark.sql.execution.command.ShowCatalogsCommand;
import org.apache.spark.sql.execution.command.ShowCurrentNamespaceCommand;
import scala.collection.JavaConverters;

/**
 * Decides whether a statement only reads, by parsing it with the session's own SQL parser and
 * inspecting the logical plan — never by looking at its text, so comments, spaces and letter case
 * change nothing. Allowed: queries (SELECT, WITH, VALUES, TABLE, set operations: plans without a
 * command node) and the read-only commands SHOW …, DESCRIBE …, EXPLAIN (of an allowed statement).
 * Refused: every other command (INSERT, CREATE, DROP, ALTER, TRUNCATE, CACHE, SET, ADD JAR, LOAD,
 * MSCK, REFRESH, USE, …), parsed write statements ({@code InsertIntoStatement}), {@code INSERT
 * OVERWRITE DIRECTORY} ({@code InsertIntoDir}), and the functions that call arbitrary Java methods
 * ({@code reflect}, {@code java_method}).
 */
public final class ReadOnlyStatements {
    /** What {@code xhpo sql} runs, as told to the user. */
    public static final String ALLOWED = "SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, VALUES and TABLE";

    private static final List<Class<?>> READ_COMMANDS = List.of(ShowTables.class, ShowTableExtended.class,
            ShowViews.class, ShowColumns.class, ShowFunctions.class, ShowNamespaces.class, ShowPartitions.class,
            ShowTableProperties.class, ShowCreateTable.class, ShowCatalogsCommand.class,
            ShowCurrentNamespaceCommand.class, DescribeRelation.class, DescribeColumn.class, DescribeFunction.class,
            DescribeNamespace.class, DescribeQueryCommand.class, ExplainCommand.class);
    private static final Set<String> JAVA_CALLS = Set.of("reflect", "java_method");

    private ReadOnlyStatements() {
    }

    /**
     * Parses the statement and refuses it unless it only reads.
     *
     * @throws IllegalArgumentException one line: the parse error, or why the statement is refused
     */
    public static void check(SparkSession spark, String statement) {
        LogicalPlan plan;
        try {
            plan = spark.sessionState().sqlParser().parsePlan(statement);
        } catch (ParseException e) {
            throw new IllegalArgumentException("sql: " + SqlErrors.oneLine(e));
        }
        String why = refusal(plan);
        if (why != null) {
            throw new IllegalArgumentException("sql: refused " + why + ": xhpo sql only reads the tables (it runs "
                    + ALLOWED + " statements)");
        }
    }

    /** Why a parsed plan is refused, or null when it only reads. */
    static String refusal(LogicalPlan root) {
        Deque<LogicalPlan> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            LogicalPlan p = todo.pop();
            String name = p.getClass().getSimpleName();
            if (p instanceof ExplainCommand e) {
                todo.push(e.logicalPlan());
                continue;
            }
            if (p instanceof DescribeQueryCommand d) {
                todo.push(d.plan());
                continue;
            }
            if (p instanceof InsertIntoDir || p instanceof ParsedStatement) {
                return "a write (" + name + ")";
            }
            if (p instanceof Command && READ_COMMANDS.stream().noneMatch(c -> c.isInstance(p))) {
                return "a command that changes the session or the tables (" + name + ")";
            }
            for (Expression e : JavaConverters.seqAsJavaListConverter(p.expressions()).asJava()) {
                String call = javaCall(e);
                if (call != null) {
                    return "the function " + call + " (it calls Java methods)";
                }
            }
            for (LogicalPlan child : JavaConverters.seqAsJavaListConverter(p.children()).asJava()) {
                todo.push(child);
            }
        }
        return null;
    }

    private static String javaCall(Expression root) {
        Deque<Expression> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Expression e = todo.pop();
            if (e instanceof UnresolvedFunction f) {
                List<String> parts = JavaConverters.seqAsJavaListConverter(f.nameParts()).asJava();
                String last = parts.get(parts.size() - 1).toLowerCase(Locale.ROOT);
                if (JAVA_CALLS.contains(last)) {
                    return last;
                }
            }
            for (Expression child : JavaConverters.seqAsJavaListConverter(e.children()).asJava()) {
                todo.push(child);
            }
        }
        return null;
    }
}
