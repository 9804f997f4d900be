package org.xhpo.jobs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.xhpo.objective.Objective;

/**
 * A user's objective as a user ships it: Java source compiled with the system compiler against hpo-lib's classes
 * and packed into a jar that is not on the test's classpath (for {@code --jars}).
 */
public final class UserObjectiveJar {
    private UserObjectiveJar() {
    }

    /**
     * Compiles one class and packs it.
     *
     * @param dir a scratch directory
     * @param className the fully qualified class name
     * @param source its Java source
     * @return the jar
     */
    public static Path build(Path dir, String className, String source) throws Exception {
        String relative = className.replace('.', '/');
        Path src = dir.resolve("src/" + relative + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String hpoLib = Path.of(Objective.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK (not a JRE) runs the tests");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "--release", "17", "-cp", hpoLib, "-d", classes.toString(),
                src.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));
        Path jar = dir.resolve(className.substring(className.lastIndexOf('.') + 1).toLowerCase() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            String pkg = relative.substring(0, relative.lastIndexOf('/') + 1);
            out.putNextEntry(new JarEntry(pkg));
            out.closeEntry();
            out.putNextEntry(new JarEntry(relative + ".class"));
            out.write(Files.readAllBytes(classes.resolve(relative + ".class")));
            out.closeEntry();
        }
        return jar;
    }
}
