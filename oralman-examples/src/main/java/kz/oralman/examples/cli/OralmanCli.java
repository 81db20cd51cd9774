package kz.oralman.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code oralman} command line: {@code java -jar oralman-cli.jar COMMAND}.
 *
 * <p>Exit codes: 0 success; 2 bad input (a case that does not validate, an unknown option, a
 * missing file) or rejected rules; 1 an internal error. A user's mistake never shows a stack trace.
 */
@Command(name = "oralman", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Decides oralman / kandas status questions under the law of Kazakhstan as of any date.",
        subcommands = {DecideCommand.class, StatusCommand.class, ValidateCommand.class, BatchCommand.class,
                ImpactCommand.class,
                RulesCommand.class, ServeCommand.class, BenchCommand.class, UnverifiedCommand.class, SourcesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input or rejected rules"})
public final class OralmanCli {
    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code of an internal error. */
    public static final int INTERNAL = 1;
    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;

    /**
     * Runs the CLI and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the CLI with given streams, for tests and embedding.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new OralmanCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : INTERNAL);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("oralman: " + e.getMessage());
            err.println("Try 'oralman " + (e.getCommandLine().getCommandName().equals("oralman") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof UserError u) {
                err.println("oralman: " + u.getMessage());
                return BAD_INPUT;
            }
            err.println("oralman: internal error: " + e);
            e.printStackTrace(err);
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
