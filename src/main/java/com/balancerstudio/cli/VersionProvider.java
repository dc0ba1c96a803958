package com.balancerstudio.cli;

import java.io.IOException;
import java.util.Properties;
import picocli.CommandLine;

/** The program version, from the build (version.properties is filled in by Maven). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        var properties = new Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/com/balancerstudio/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Balancer Studio " + version(), "Java " + System.getProperty("java.version")};
    }
}
