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
        description = {"Lists the legal sources a reason can cite, with their dates and the texts read.",
            "For each: Adilet id, titles, dates of adoption and entry into force (with how sure each is and what",
            "bounds it when unknown), the articles relied on and the primary texts they were read in (quoted in",
            "oralman-rules/.../texts/ACT@WORDING.json)."})
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
        PrintWriter out = spec.commandLine().getOut();
        for (Source s : Sources.all()) {
            out.println(s.key() + (s.adiletId().isEmpty() ? "" : " (Adilet " + s.adiletId() + ")") + " — "
                    + s.title(language));
            if (!s.aliasOf().isEmpty()) {
                out.println("    an older key of " + s.aliasOf());
            }
            if (!s.amends().isEmpty()) {
                out.println("    amends " + s.amends());
            }
            out.println("    adopted " + s.adopted() + " (" + s.confidence() + "), in force " + s.inForce()
                    + " (" + s.inForceConfidence() + (s.inForceBasis().isEmpty() ? "" : ": " + s.inForceBasis()) + ")"
                    + s.repealed().map(r -> ", repealed " + r).orElse(""));
            out.println("    " + s.articles());
            if (!s.texts().isEmpty() || !s.url().isEmpty()) {
                out.println("    read in: " + String.join(", ", s.texts())
                        + (s.url().isEmpty() ? "" : (s.texts().isEmpty() ? "" : "; ") + s.url()));
            }
            if (!s.notes().isEmpty()) {
                out.println("    " + s.notes());
            }
        }
        out.flush();
        return OralmanCli.OK;
    }
}
