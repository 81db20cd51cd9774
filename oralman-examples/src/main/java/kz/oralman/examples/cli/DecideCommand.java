package kz.oralman.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.DecisionText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman decide CASE.json}: decides a case and prints the explanation. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Decides the question of a case file and prints the decision with its explanation.",
            "Example: oralman decide oralman-examples/cases/uz-2024-assign-granted.json --lang ru"})
final class DecideCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case, format oralman-case/1")
    Path file;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the governing date, YYYY-MM-DD (default: the application's filing date)")
    LocalDate asOf;

    @Option(names = "--question", paramLabel = "QUESTION",
            description = "the question (default: the application's): ${COMPLETION-CANDIDATES}")
    Question question;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "kk, ru or en (default: en)")
    String language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: text)")
    Format format;

    @picocli.CommandLine.Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        if (!kz.oralman.rules.Messages.LANGUAGES.contains(language)) {
            throw new UserError("--lang '" + language + "' is not one of kk, ru, en");
        }
        Case c = CaseFiles.read(file);
        Question q = question == null ? c.application().question() : question;
        LocalDate date = asOf == null ? c.application().filed() : asOf;
        Path rulesDir = rules.folder().orElse(null);
        Decision d;
        try {
            d = Engines.of(rulesDir).decide(c, q, date);
        } catch (kz.oralman.rules.check.RulesetRejectedException e) {
            throw Engines.rejected(rulesDir, e);
        } catch (UnsupportedOperationException | kz.oralman.rules.RulesetException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? DecisionJson.write(d) : DecisionText.render(d, Engines.messages(rulesDir, language)));
        out.flush();
        return OralmanCli.OK;
    }
}
