package org.xhpo.config;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Refuses YAML that Jackson's tree reader would silently misread: a file of several documents (only
 * the first would be read) and anchors or aliases (XHPO refuses them rather than resolve them: a
 * config is small enough to write out, and an alias to a mapping is where readers disagree). Checked
 * on SnakeYAML's event stream, which never expands an alias, so an alias bomb costs nothing.
 */
final class YamlStructure {
    private YamlStructure() {
    }

    /** Throws a {@link ConfigException} naming {@code source} and the line at fault. */
    static void check(String text, String source) {
        int documents = 0;
        try {
            for (Event e : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                if (e instanceof DocumentStartEvent) {
                    documents++;
                    if (documents > 1) {
                        throw new ConfigException(source, "holds more than one YAML document (a second one starts"
                                + at(e.getStartMark()) + "); a config is one document: remove the '---' separator");
                    }
                } else if (e instanceof AliasEvent a) {
                    throw new ConfigException(source, "YAML alias '*" + a.getAnchor() + "'" + at(e.getStartMark())
                            + " is not supported; write the value out");
                } else if (e instanceof NodeEvent n && n.getAnchor() != null) {
                    throw new ConfigException(source, "YAML anchor '&" + n.getAnchor() + "'" + at(e.getStartMark())
                            + " is not supported; write the value out where it is used");
                }
            }
        } catch (MarkedYAMLException e) {
            throw new ConfigException(source, "malformed YAML" + at(e.getProblemMark()) + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(source, "malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String at(Mark m) {
        return m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
    }
}
