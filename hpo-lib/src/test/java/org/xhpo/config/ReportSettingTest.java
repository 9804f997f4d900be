package org.xhpo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config's {@code report} key: on by default, {@code off} turns the HTML report off, anything else is refused. */
class ReportSettingTest {
    @TempDir
    Path tmp;

    private SweepConfig read(String extra) throws Exception {
        Path f = tmp.resolve("c.yaml");
        Files.writeString(f, "objective: branin\nbudget: 10\n" + extra);
        return ConfigReader.read(f);
    }

    @Test
    void reportIsOnByDefaultAndOffWhenSaidSo() throws Exception {
        assertTrue(read("").report());
        assertFalse(read("report: off\n").report());
        assertTrue(read("report: on\n").report());
    }

    @Test
    void aBadValueNamesTheField() {
        ConfigException e = assertThrows(ConfigException.class, () -> read("report: sometimes\n"));
        assertTrue(e.getMessage().startsWith("report: expected true or false"), e.getMessage());
        assertEquals(e.getMessage(), e.getMessage().strip());
    }
}
