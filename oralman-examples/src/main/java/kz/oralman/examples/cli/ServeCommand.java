package kz.oralman.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.oralman.examples.http.DecisionService;
import kz.oralman.rules.OralmanEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oralman serve}: runs the HTTP decision service until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves decisions over HTTP on an embedded Jetty server (docs/service.md).",
            "POST a case to /v1/decisions; GET /health/live, /health/ready (200 once every law version is compiled),"
                + " /metrics (Prometheus), /openapi.json.",
            "Runs until stopped (Ctrl-C or SIGTERM), letting running requests finish.",
            "Example: oralman serve --port 8080"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DecisionService.DEFAULT_PORT,
            description = "the port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = DecisionService.DEFAULT_HOST,
            description = "the address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every"
                    + " interface)")
    String host;

    @Option(names = "--workers", paramLabel = "N",
            description = "threads that decide (default: the number of cores)")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
            description = "decisions that may wait for a worker; beyond them a request gets 503 with Retry-After"
                    + " (default: ${DEFAULT-VALUE})")
    int queue;

    @Override
    public Integer call() {
        DecisionService service;
        try {
            DecisionService.Settings settings = DecisionService.Settings.defaults(host, port);
            settings = settings.withWorkers(workers == null ? settings.workers() : workers, queue);
            service = DecisionService.create(OralmanEngine.bundled(), settings);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try {
            service.start();
        } catch (IOException e) {
            throw new UserError("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + "\nMaybe the port is in use; try --port 0 for any free one");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            service.stop();
            stopped.countDown();
        }, "oralman-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("oralman: serving decisions on " + service.uri() + " (Ctrl-C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // interrupted rather than shut down: stop here; the hook is no longer needed
            service.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is shutting down already; the hook stops the stopped service again, harmlessly
            }
            Thread.currentThread().interrupt();
        }
        return OralmanCli.OK;
    }
}
