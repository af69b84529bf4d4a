package uk.schoolgate.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by the build). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = GatewayCli.class.getPackage().getImplementationVersion();
        return new String[] {"school mail gateway " + (v == null ? "(development build)" : v)};
    }
}
