package dev.healthsync.cli;

import picocli.CommandLine;

/** The version written into the jar's manifest at build time. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"healthsync " + (version == null ? "development build" : version)};
    }
}
