package org.xhpo.jobs.analysis.optuna;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.xhpo.study.Direction;

/**
 * Reads a study from an Optuna RDB storage through JDBC, with Optuna's schema (3.0 to 5.x):
 * {@code studies}, {@code study_directions}, {@code trials}, {@code trial_params}
 * ({@code param_value} in the internal representation, {@code distribution_json}) and
 * {@code trial_values} ({@code value_type} FINITE / INF_POS / INF_NEG). Only SELECT statements are
 * run. SQLite needs nothing more (the driver ships with XHPO); other databases work when their JDBC
 * driver is on the classpath.
 */
public final class OptunaRdbStorage {
    private OptunaRdbStorage() {
    }

    /**
     * The JDBC URL of an Optuna storage URL: {@code sqlite:///relative.db}, {@code sqlite:////abs.db},
     * {@code postgresql[+driver]://user:pw@host/db}, {@code mysql[+driver]://…}, or a JDBC URL as is.
     * User and password go to {@code props}.
     */
    static String jdbcUrl(String url, Properties props) {
        if (url.startsWith("jdbc:")) {
            return url;
        }
        if (url.startsWith("sqlite:///")) {
            return "jdbc:sqlite:" + url.substring("sqlite:///".length());
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            throw new IllegalArgumentException("--optuna-storage: '" + url + "' is not a storage URL; expected"
                    + " sqlite:///FILE.db, a JDBC URL, a database URL such as postgresql://host/db, or a journal file");
        }
        String dialect = url.substring(0, scheme).replaceFirst("\\+.*$", "");
        String rest = url.substring(scheme + 3);
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String cred = rest.substring(0, at);
            int colon = cred.indexOf(':');
            props.setProperty("user", colon < 0 ? cred : cred.substring(0, colon));
            if (colon >= 0) {
                props.setProperty("password", cred.substring(colon + 1));
            }
            rest = rest.substring(at + 1);
        }
        return "jdbc:" + (dialect.equals("postgres") ? "postgresql" : dialect) + "://" + rest;
    }

    /**
     * Reads one study.
     *
     * @param url the storage URL (see {@link #jdbcUrl})
     * @param study the study name
     * @throws IllegalArgumentException naming the option and what is wrong (unknown study, no driver, …)
     */
    public static OptunaStudy read(String url, String study) {
        Properties props = new Properties();
        String jdbc = jdbcUrl(url, props);
        try (Connection c = DriverManager.getConnection(jdbc, props)) {
            try {
                c.setReadOnly(true);
            } catch (SQLException e) {
                // SQLite only takes the flag when the connection opens; only SELECTs run anyway
            }
            long id = studyId(c, study, url);
            Direction direction = direction(c, id, study);
            Map<Long, Long> numberOf = new LinkedHashMap<>();
            Map<Long, String> stateOf = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT trial_id, number, state FROM trials WHERE study_id = ? ORDER BY number")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        numberOf.put(r.getLong(1), r.getLong(2));
                        stateOf.put(r.getLong(1), r.getString(3));
                    }
                }
            }
            OptunaStudy.Builder b = new OptunaStudy.Builder();
            Map<Long, Map<String, Double>> params = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.trial_id, p.param_name, p.param_value,"
                    + " p.distribution_json FROM trial_params p JOIN trials t ON p.trial_id = t.trial_id"
                    + " WHERE t.study_id = ? ORDER BY t.number, p.param_id")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        b.distribution(r.getString(2), r.getString(4));
                        params.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getDouble(3));
                    }
                }
            }
            Map<Long, Double> values = values(c, id);
            for (Map.Entry<Long, Long> t : numberOf.entrySet()) {
                b.trials.add(new OptunaStudy.Trial(t.getValue(), stateOf.get(t.getKey()),
                        params.getOrDefault(t.getKey(), Map.of()), values.get(t.getKey())));
            }
            return new OptunaStudy(study, direction, b.distributions, b.trials);
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            if (m.startsWith("No suitable driver")) {
                throw new IllegalArgumentException("--optuna-storage: no JDBC driver for '" + jdbc + "' on the classpath"
                        + " (SQLite is built in; add your database's driver jar with --jars or XHPO_JAVA_OPTS)");
            }
            throw new IllegalArgumentException("--optuna-storage: cannot read Optuna study '" + study + "' from '" + url
                    + "': " + m);
        }
    }

    private static long studyId(Connection c, String study, String url) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT study_id, study_name FROM studies ORDER BY study_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (r.getString(2).equals(study)) {
                    return r.getLong(1);
                }
                names.add(r.getString(2));
            }
        }
        throw new IllegalArgumentException("--optuna-study: no study '" + study + "' in " + url + "; studies: " + names);
    }

    private static Direction direction(Connection c, long id, String study) throws SQLException {
        List<String> ds = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT direction FROM study_directions WHERE study_id = ? ORDER BY objective")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ds.add(r.getString(1));
                }
            }
        }
        if (ds.size() != 1) {
            throw new IllegalArgumentException("--optuna-study: '" + study + "' has " + ds.size() + " objectives "
                    + ds + "; XHPO analyzes single-objective studies");
        }
        return ds.get(0).equals("MAXIMIZE") ? Direction.MAXIMIZE : Direction.MINIMIZE;
    }

    private static Map<Long, Double> values(Connection c, long id) throws SQLException {
        Map<Long, Double> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT v.trial_id, v.value, v.value_type FROM trial_values v"
                + " JOIN trials t ON v.trial_id = t.trial_id WHERE t.study_id = ? AND v.objective = 0")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double v = r.getDouble(2);
                    boolean isNull = r.wasNull();
                    String type = r.getString(3);
                    out.put(r.getLong(1), "INF_POS".equals(type) ? Double.POSITIVE_INFINITY
                            : "INF_NEG".equals(type) ? Double.NEGATIVE_INFINITY : isNull ? null : v);
                }
            }
        }
        return out;
    }
}
