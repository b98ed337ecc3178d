package org.stepwise.app.cli;

import org.stepwise.app.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code stepwise --version}: the version from the jar manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Stepwise " + Version.current()};
    }
}
