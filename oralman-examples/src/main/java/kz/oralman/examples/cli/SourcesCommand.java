package kz.oralman.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.oralman.rules.Messages;
import kz.oralman.rules.Source;
import kz.oralman.rules.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman sources}: the catalogue of legal sources. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Lists the legal sources a reason can cite, with their Adilet ids and dates.")
final class SourcesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "kk, ru or en (default: en)")
    String language;

    @Override
    public Integer call() {
        if (!Messages.LANGUAGES.contains(language)) {
            throw new UserError("--lang '" + language + "' is not one of kk, ru, en");
        }
        Messages m = Messages.of(language);
        PrintWriter out = spec.commandLine().getOut();
        for (Source s : Sources.all()) {
            out.println(s.key() + (s.adiletId().isEmpty() ? "" : " (Adilet " + s.adiletId() + ")") + " — "
                    + m.text("act." + s.key()));
            out.println("    adopted " + s.adopted() + ", in force " + s.inForce() + ", " + s.confidence()
                    + (s.url().isEmpty() ? "" : ", " + s.url()));
            out.println("    " + s.articles());
        }
        out.flush();
        return OralmanCli.OK;
    }
}
