package kz.oralman.examples.cli;

import kz.oralman.rules.Library;
import picocli.CommandLine;

/** Prints the library version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"oralman " + Library.version()};
    }
}
