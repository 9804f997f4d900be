package org.xhpo.jobs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: positional arguments and {@code --name value} options (or
 * {@code --flag}), checked against the options a command accepts. An option's value is never empty, and
 * the typed accessors ({@link #intOption}, {@link #doubleOption}, …) refuse a bad value with one line
 * naming the option: {@code --limit: expected a whole number, got 'abc'}.
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
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--" + name + ": must not be empty");
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

    /** A text option that must not be empty when given, or the default. */
    public String nonEmpty(String name, String defaultValue) {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v.isBlank()) {
            throw new IllegalArgumentException("--" + name + ": must not be empty");
        }
        return v;
    }

    /** A whole-number option in [min, max], or the default. */
    public long longOption(String name, long defaultValue, long min, long max) {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": expected a whole number, got '" + shorten(v) + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("--" + name + ": must be " + range(min, max) + ", got " + n);
        }
        return n;
    }

    /** A whole-number option in [min, max] (within int range), or the default. */
    public int intOption(String name, int defaultValue, int min, int max) {
        return (int) longOption(name, defaultValue, min, max);
    }

    /** A whole-number option of at least 1, or the default. */
    public int positiveInt(String name, int defaultValue) {
        return intOption(name, defaultValue, 1, Integer.MAX_VALUE);
    }

    /** A finite number option in [min, max], or the default. */
    public double doubleOption(String name, double defaultValue, double min, double max) {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        double d;
        try {
            d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + ": expected a number, got '" + shorten(v) + "'");
        }
        if (!Double.isFinite(d) || d < min || d > max) {
            throw new IllegalArgumentException("--" + name + ": must be a number in [" + min + ", " + max + "], got "
                    + v);
        }
        return d;
    }

    /** A comma-separated list of whole numbers, each in [min, max], or the default list. */
    public List<Long> longList(String name, String defaultValue, long min, long max) {
        String v = options.getOrDefault(name, defaultValue);
        if (v.isBlank()) {
            throw new IllegalArgumentException("--" + name + ": must not be empty");
        }
        List<Long> out = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            long n;
            try {
                n = Long.parseLong(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + ": expected whole numbers separated by commas, got '"
                        + shorten(v) + "'");
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException("--" + name + ": each value must be " + range(min, max)
                        + ", got " + n);
            }
            out.add(n);
        }
        return out;
    }

    /** A comma-separated list of non-empty names, or the default list. */
    public List<String> nameList(String name, String defaultValue) {
        String v = options.getOrDefault(name, defaultValue);
        List<String> out = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("--" + name + ": expected names separated by commas, got '"
                        + shorten(v) + "'");
            }
            out.add(part.strip());
        }
        return out;
    }

    private static String range(long min, long max) {
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? ">= " + min : "in [" + min + ", " + max + "]";
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
