package org.parley.app;

import picocli.CommandLine.IVersionProvider;

/** parley's version, from the jar manifest when packaged, else the build's default. */
public final class Version implements IVersionProvider {
    /** The version string, e.g. "0.1.0". */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"parley " + current()};
    }
}
