package io.jicha.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this jicha (the project's version, filled in by the build), recorded in the journals it creates. */
public final class JichaVersion {

    private static final String CURRENT = read();

    private JichaVersion() {
    }

    /** This jicha's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = JichaVersion.class.getResourceAsStream("/io/jicha/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("io/jicha/version.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.startsWith("@")) {
                throw new IllegalStateException("io/jicha/version.properties was not filled in by the build: " + v);
            }
            return v;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
