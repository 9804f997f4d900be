package org.xhpo.jobs.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * One {@code xhpo} command: its name, the options it accepts, its usage lines and what it does. {@link XhpoMain}
 * parses the arguments against {@link #options()} and {@link #flags()} and calls {@link #run}.
 */
public interface CliCommand {

    /** The options that take a value (names without dashes). */
    Set<String> options();

    /** The options that take no value. */
    Set<String> flags();

    /** The command's lines of the usage text, each starting with {@code xhpo NAME}. */
    List<String> usage();

    /**
     * Runs the command.
     *
     * @param args the parsed arguments after the command name
     * @param out where results go
     * @param err where progress and warnings go
     * @return the exit code
     * @throws Exception anything unexpected (reported by {@link XhpoMain} with exit code 1)
     */
    int run(CliArgs args, PrintStream out, PrintStream err) throws Exception;
}
