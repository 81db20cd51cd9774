package kz.oralman.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.OralmanEngine;
import kz.oralman.rules.RuleInfo;
import kz.oralman.rules.RulesetFolder;
import kz.oralman.rules.check.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code oralman rules}: export, check and list rulesets. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Works with rulesets: export the bundled law for editing, check a folder, list the rules.",
        subcommands = {RulesCommand.Export.class, RulesCommand.Check.class, RulesCommand.ListRules.class, AmendCommand.class})
final class RulesCommand {
    /** {@code rules export DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Copies the bundled law book, parameters and DRL files into DIR for editing.",
                "Then: oralman rules check DIR; oralman decide CASE.json --rules DIR"})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the folder to write (created if missing)")
        Path dir;

        @Override
        public Integer call() {
            try {
                List<Path> files = RulesetFolder.export(dir);
                spec.commandLine().getOut().println("exported " + files.size() + " files to " + dir
                        + " (lawbook.json, parameters.json, drl/, messages/)");
                return OralmanCli.OK;
            } catch (IOException e) {
                throw new UserError(dir + ": cannot write: " + e.getMessage());
            }
        }
    }

    /** {@code rules check DIR}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks a ruleset folder: the safety allow-list on the parsed DRL (before anything is"
                    + " compiled), the metadata and repeated ids; then compiles every law version.",
                "Then compiles each version to Drools' executable model too, the form the bundled law is"
                    + " precompiled to, and warns about DRL it does not take (the folder still runs).",
                "Problems are printed as FILE:LINE:COLUMN. Exit code 2 when there is any problem; warnings"
                    + " alone leave it 0."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the ruleset folder")
        Path dir;

        @picocli.CommandLine.Option(names = "--version", paramLabel = "ID",
                description = "compile only this law version (default: every version); the whole folder is checked")
        String version;

        @picocli.CommandLine.Option(names = "--no-executable-model", negatable = false,
                description = "skip the executable-model compile and its warnings (faster)")
        boolean noExecutableModel;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<RuleProblem> problems = new java.util.ArrayList<>(RulesetFolder.check(dir));
            PrintWriter err = spec.commandLine().getErr();
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println(p.toString().replace("\n", "\n    ")));
                err.println(problems.size() + " problem(s); nothing was compiled");
                err.flush();
                return OralmanCli.BAD_INPUT;
            }
            OralmanEngine engine = Engines.lazy(dir);
            List<LawVersion> versions = engine.versions();
            if (version != null) {
                versions = versions.stream().filter(v -> v.id().equals(version)).toList();
                if (versions.isEmpty()) {
                    throw new UserError("--version " + version + " is not a law version of " + dir + "\nMaybe one of "
                            + String.join(", ", engine.versions().stream().map(LawVersion::id).toList()));
                }
            }
            int rules = 0;
            for (LawVersion v : versions) {
                try {
                    rules += engine.ruleset(v).rules().size();
                } catch (kz.oralman.rules.check.RulesetRejectedException e) {
                    e.problems().forEach(p -> problems.add(p));
                } catch (kz.oralman.rules.RulesetException e) {
                    problems.add(new RuleProblem("", 0, 0, "", "compile", v.id() + ": " + e.getMessage()));
                }
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> err.println(p.toString().replace("\n", "\n    ")));
                err.println(problems.size() + " problem(s) compiling " + (version == null ? "the law versions" : version));
                err.flush();
                return OralmanCli.BAD_INPUT;
            }
            String model = "";
            if (!noExecutableModel) {
                List<LawVersion> checked = versions;
                List<List<String>> warnings = checked.parallelStream()
                        .map(v -> engine.ruleset(v).executableModelProblems()).toList();
                int failing = 0;
                for (int i = 0; i < checked.size(); i++) {
                    if (!warnings.get(i).isEmpty()) {
                        failing++;
                        err.println("warning: " + checked.get(i).id() + " does not compile to the executable model"
                                + " (it runs, but could not be precompiled like the bundled law):");
                        warnings.get(i).forEach(w -> err.println("    " + w));
                    }
                }
                err.flush();
                model = failing == 0 ? "; every version compiles to the executable model too"
                        : "; " + failing + " version(s) with executable-model warnings (above)";
            }
            out.println("ok: " + versions.size() + " law version(s)" + (version == null ? "" : " of "
                    + engine.versions().size()) + ", " + rules + " rules in all, safe and compiled without warnings"
                    + model);
            out.flush();
            return OralmanCli.OK;
        }
    }

    /** {@code rules list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every rule of the bundled law (or of --rules DIR): id, file, legal basis, confidence.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        RulesOption rules;

        @Override
        public Integer call() {
            OralmanEngine engine = Engines.of(rules);
            Map<String, RuleInfo> byId = new TreeMap<>();
            Map<String, String> versions = new TreeMap<>();
            for (LawVersion v : engine.versions()) {
                engine.ruleset(v).rules().values().forEach(r -> {
                    byId.putIfAbsent(r.id(), r);
                    versions.merge(r.id(), v.revision(), (a, b) -> a + " " + b);
                });
            }
            PrintWriter out = spec.commandLine().getOut();
            byId.values().forEach(r -> out.println(r.id() + "\t" + r.file() + "\t"
                    + r.basis().citation().replaceAll(" @.*", "") + "\t" + r.basis().confidence()
                    + "\tverified=" + r.basis().verified() + "\tversions: " + versions.get(r.id())));
            out.flush();
            return OralmanCli.OK;
        }
    }
}
