package org.stepwise.app;

/** The application's version, from the jar manifest (the POM's version). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
