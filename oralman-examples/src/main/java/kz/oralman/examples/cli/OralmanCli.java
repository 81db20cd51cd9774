package kz.oralman.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code oralman} command line: {@code java -jar oralman-cli.jar COMMAND}.
 *
 * <p>Exit codes: 0 success; 4 a run that went on past inputs it could not decide (batch; impact and
 * validate on a folder); 2 bad input (a case that does not validate, an unknown option, a
 * missing file) or rejected rules; 1 an internal error. A user's mistake never shows a stack trace.
 */
@Command(name = "oralman", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Decides oralman / kandas status questions under the law of Kazakhstan as of any date.",
        subcommands = {DecideCommand.class, StatusCommand.class, ValidateCommand.class, BatchCommand.class,
                ImpactCommand.class, RulesCommand.class, ServeCommand.class, BenchCommand.class, UnverifiedCommand.class,
                SourcesCommand.class, SiteCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad input, a usage error or rejected rules",
            "4:some inputs were error records (batch; impact and validate on a folder)"})
public final class OralmanCli {
    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code of an internal error. */
    public static final int INTERNAL = 1;
    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code of a run that went on past inputs it could not decide (batch; impact and validate on a folder). */
    public static final int SOME_ERRORS = 4;

    /**
     * Runs the CLI and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
    }

    /** A date option: one sentence when it is not a date, never a Java exception's name. */
    static java.time.LocalDate date(String s) {
        if (s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                return java.time.LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                // below
            }
        }
        throw new CommandLine.TypeConversionException("'" + s + "' is not a date of the form YYYY-MM-DD that exists");
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
        cli.setUsageHelpWidth(100);
        cli.registerConverter(java.time.LocalDate.class, OralmanCli::date);
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
