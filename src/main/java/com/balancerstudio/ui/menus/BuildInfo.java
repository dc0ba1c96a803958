package com.balancerstudio.ui.menus;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

/** The program's version and the libraries it ships with, their versions written in by the build. */
final class BuildInfo {
    /** A library the program ships with, and the licence it is used under. */
    record Library(String name, String version, String licence) {
    }

    private final Properties properties = new Properties();

    BuildInfo() {
        try (var in = BuildInfo.class.getResourceAsStream("/com/balancerstudio/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Without the file every version reads "unknown"; the dialog still shows the rest.
        }
    }

    String version() {
        return get("version");
    }

    /** The run-time libraries of pom.xml, with the licences their projects publish. */
    List<Library> libraries() {
        return List.of(
                new Library("OpenJFX (JavaFX)", get("javafx.version"), "GPL 2.0 with the Classpath Exception"),
                new Library("AtlantaFX", get("atlantafx.version"), "MIT"),
                new Library("ControlsFX", get("controlsfx.version"), "BSD 3-Clause"),
                new Library("Jackson", get("jackson.version"), "Apache 2.0"),
                new Library("picocli", get("picocli.version"), "Apache 2.0"));
    }

    private String get(String key) {
        var value = properties.getProperty(key, "");
        // An unfiltered resource (a build that skipped resource filtering) still holds the ${...} placeholder.
        return value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}
