package org.xhpo.jobs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The user's jars of {@code --jars a.jar,b.jar} (a custom objective and what it needs): a class loader over them
 * that becomes the thread's context class loader while a command runs, so the driver finds the classes (the config's
 * objective is built while the config is read), and the list Spark ships to executors
 * ({@link SparkContext#addJar}), locally as on a cluster.
 *
 * <p>The loader is the state: {@link SparkSessions#create} ships the jars of the context class loader when it is a
 * {@code UserJars}, so a command needs no extra wiring.
 */
final class UserJars extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final List<Path> jars;

    private UserJars(List<Path> jars, URL[] urls, ClassLoader parent) {
        super("xhpo-user-jars", urls, parent);
        this.jars = List.copyOf(jars);
    }

    /**
     * Checks the comma-separated jar list and builds a loader over it, parented by {@code parent}.
     *
     * @throws IllegalArgumentException naming {@code --jars} when the list is empty or a file does not exist
     */
    static UserJars of(String commaSeparated, ClassLoader parent) {
        List<Path> jars = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            Path p = Paths.get(name.startsWith("file:") ? name.substring(5) : name).toAbsolutePath().normalize();
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("--jars: '" + name + "' is not a file (expected a comma-separated"
                        + " list of jar files, e.g. --jars my-objective.jar,lib/dep.jar)");
            }
            jars.add(p);
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--jars: '" + name + "' is not a valid path: " + e.getMessage());
            }
        }
        if (jars.isEmpty()) {
            throw new IllegalArgumentException("--jars: expected a comma-separated list of jar files, got '"
                    + commaSeparated + "'");
        }
        return new UserJars(jars, urls.toArray(URL[]::new), parent);
    }

    /** The jars, as absolute paths. */
    List<Path> jars() {
        return jars;
    }

    /**
     * Makes Spark ship the jars of the thread's context class loader, when it is a {@code UserJars}, to every
     * executor (in local mode too: tasks load them through the executor's class loader). Adding a jar twice is
     * harmless.
     */
    static void shipTo(SparkSession spark) {
        if (Thread.currentThread().getContextClassLoader() instanceof UserJars user) {
            SparkContext sc = spark.sparkContext();
            for (Path jar : user.jars) {
                sc.addJar(jar.toUri().toString());
            }
        }
    }

    /** Closes the loader; classes already loaded stay usable. */
    void release() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
