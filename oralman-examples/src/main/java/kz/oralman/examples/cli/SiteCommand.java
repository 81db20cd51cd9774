package kz.oralman.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.oralman.examples.site.ArticleWords;
import kz.oralman.examples.site.LawSource;
import kz.oralman.examples.site.RuleTests;
import kz.oralman.examples.site.SiteGenerator;
import kz.oralman.examples.site.SiteModel;
import kz.oralman.rules.RulesetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman site OUT}: writes the law explorer, a static site. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Writes the law explorer, a static site of the rules: open OUT/index.html, no server needed.",
            "A page per law version, per article (the act's words where the library quotes them, the rules that"
                + " implement it with their DRL, tests, texts in kk/ru/en, confidence and verified flag), per parameter"
                + " (its history as a table and a step chart by date, a reference per value); the UNVERIFIED list;"
                + " a diff between any two versions; a search box.",
            "Example: oralman site target/explorer; oralman site my-site --rules my-rules"})
final class SiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "the folder to write (created if missing)")
    Path out;

    @Mixin
    RulesOption rules;

    @Option(names = "--tests", paramLabel = "DIR",
            description = "the rules' test sources (default: oralman-rules/src/test/java in this folder or a parent)")
    Path tests;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Optional<Path> folder = rules.folder();
        LawSource source;
        try {
            source = folder.isPresent() ? LawSource.folder(folder.get()) : LawSource.bundled();
        } catch (IOException e) {
            throw new UserError(folder.get() + ": cannot read: " + e.getMessage());
        } catch (RulesetException e) {
            throw new UserError(e.getMessage());
        }
        SiteGenerator.Written written;
        try {
            RuleTests ruleTests = tests != null ? RuleTests.read(tests, tests) : RuleTests.find(Path.of(""));
            written = new SiteGenerator().write(new SiteModel(source, ruleTests, SiteWords.of()), out);
        } catch (IOException e) {
            throw new UserError(out + ": cannot write: " + e.getMessage());
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.println(String.format(Locale.ROOT, "wrote %d pages (%,d bytes) to %s in %.1f s; open %s", written.pages(),
                written.bytes(), out, (System.nanoTime() - start) / 1e9, out.resolve("index.html")));
        pw.flush();
        return OralmanCli.OK;
    }

    /** The words the articles' pages quote. */
    static final class SiteWords {
        private SiteWords() {
        }

        static ArticleWords of() {
            return kz.oralman.examples.site.QuotedWords.bundled();
        }
    }
}
