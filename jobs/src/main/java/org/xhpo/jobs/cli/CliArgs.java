package org.xhpo.jobs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: positional arguments and {@code --name value} options (or
 * {@code --flag}), checked against the options a command accepts.
 *
 * @param positional arguments that are not options, in order
 * @param options option name (without dashes) → value ("true" for flags)
 */
public record CliArgs(List<String> positional, Map<String, String> options) {

    /**
     * Parses arguments.
     *
     * @param args the arguments after the command
     * @param valued options that take a value
     * @param flags options that take none
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    public static CliArgs parse(List<String> args, Set<String> valued, Set<String> flags) {
        List<String> pos = new ArrayList<>();
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name)) {
                    opts.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("--" + name + ": expects a value");
                        }
                        value = args.get(++i);
                    }
                    opts.put(name, value);
                } else {
                    List<String> known = new ArrayList<>(valued);
                    known.addAll(flags);
                    throw new IllegalArgumentException("--" + name + ": unknown option"
                            + org.xhpo.config.NearMiss.hint(name, known) + "; this command accepts "
                            + known.stream().sorted().map(k -> "--" + k).toList());
                }
            } else {
                pos.add(a);
            }
        }
        return new CliArgs(pos, opts);
    }

    /** An option's value or a default. */
    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** Whether a flag or option was given. */
    public boolean has(String name) {
        return options.containsKey(name);
    }
}
