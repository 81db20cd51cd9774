package kz.oralman.examples.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.Library;
import kz.oralman.rules.OralmanEngine;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP service over the engine on an embedded Jetty 12 server: a government system posts a case and
 * gets the decision back.
 *
 * <ul>
 *   <li>{@code POST /v1/decisions[?asOf=YYYY-MM-DD][&question=Q][&explain=true][&lang=kk|ru|en]} — body
 *       a case, format {@code oralman-case/1}; answers the decision ({@code oralman-decision/1}; with
 *       {@code lang} each reason carries its rendered text), or with {@code Accept: text/plain} its
 *       explanation in the language of {@code Accept-Language} (kk, ru, en), or with
 *       {@code explain=true} both: {@code {"decision", "explanation", "language"}}.
 *   <li>{@code GET /health/live} — the process answers; {@code GET /health/ready} — 200 once every law
 *       version is compiled (compiling starts in the background at {@link #start()}), 503 before;
 *       {@code GET /health} — both in one document, with the versions.
 *   <li>{@code GET /metrics} — Prometheus metrics ({@link ServiceMetrics}).
 *   <li>{@code GET /openapi.json} and {@code GET /schema/NAME.schema.json} — the contract.
 * </ul>
 *
 * <p>Every refusal is an RFC 9457 problem ({@code application/problem+json}) whose title and detail
 * follow {@code Accept-Language}. Limits: request headers {@link Settings#maxHeaderBytes()}, a body of
 * {@link kz.oralman.model.json.CaseJson#MAX_DOCUMENT_CHARS} characters (413), a whole request within
 * {@link Settings#requestTimeout()} (408 while the body is still arriving), idle connections closed
 * after {@link Settings#idleTimeout()}, at most {@link Settings#maxConnections()} connections. Decisions
 * run on {@link Settings#workers()} threads with {@link Settings#queue()} waiting places; beyond that a
 * request is refused at once with 503 and {@code Retry-After}, rather than queued without bound. Slow
 * clients hold no thread: Jetty reads headers and bodies without blocking. Every request is logged to
 * SLF4J logger {@value #ACCESS_LOG} in the NCSA extended format with the time taken.
 *
 * <pre>{@code
 * DecisionService service = DecisionService.create(OralmanEngine.bundled(), "127.0.0.1", 0);
 * int port = service.start();          // 0 asks for a free port; this is the one bound
 * ...
 * service.stop();                      // lets running requests finish
 * }</pre>
 *
 * <p>A service is started once and stopped once.
 */
public final class DecisionService {
    /** The address bound by default: loopback, so that nothing outside the machine can call by accident. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port of {@link #main(String[])} by default. */
    public static final int DEFAULT_PORT = 8080;
    /** How long {@link #stop()} waits for running requests. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);
    /** The SLF4J logger of the access log. */
    public static final String ACCESS_LOG = "kz.oralman.access";

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String TEXT = "text/plain; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);

    /**
     * How the service is bound and bounded.
     *
     * @param host the address to bind, such as {@code 127.0.0.1}; {@code 0.0.0.0} for every interface
     * @param port the port, {@code 0} for any free one
     * @param workers threads that decide
     * @param queue decisions that may wait for a worker before requests are refused with 503
     * @param requestTimeout the longest a request may take from its headers to its answer
     * @param idleTimeout how long a connection may stay silent
     * @param maxHeaderBytes the largest request line and headers
     * @param maxConnections the most connections open at once; more wait in the accept queue
     * @param grace how long {@link #stop()} waits for running requests
     */
    public record Settings(String host, int port, int workers, int queue, Duration requestTimeout,
                           Duration idleTimeout, int maxHeaderBytes, int maxConnections, Duration grace) {
        /** Checks the values. */
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(grace, "grace");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host '" + host + "' is blank\nMaybe use " + DEFAULT_HOST);
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port " + port + " is not in 0..65535\nMaybe use 0 for any free port");
            }
            if (workers < 1 || workers > 1024) {
                throw new IllegalArgumentException("workers " + workers + " is not in 1..1024");
            }
            if (queue < 0 || queue > 100_000) {
                throw new IllegalArgumentException("queue " + queue + " is not in 0..100000");
            }
            if (requestTimeout.isNegative() || requestTimeout.isZero() || idleTimeout.isNegative()
                    || idleTimeout.isZero() || grace.isNegative()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            if (maxHeaderBytes < 1024 || maxConnections < 1) {
                throw new IllegalArgumentException("maxHeaderBytes must be at least 1024, maxConnections at least 1");
            }
        }

        /**
         * The defaults: one worker per processor, 64 waiting places, 30 s per request, 30 s idle, 8 KiB of
         * headers, 1,000 connections, 10 s grace.
         *
         * @param host the address to bind
         * @param port the port, 0 for any free one
         * @return the settings
         */
        public static Settings defaults(String host, int port) {
            return new Settings(host, port, Runtime.getRuntime().availableProcessors(), 64, Duration.ofSeconds(30),
                    Duration.ofSeconds(30), 8 * 1024, 1000, DEFAULT_GRACE);
        }

        /**
         * @param n worker threads
         * @param waiting waiting places
         * @return these settings with another pool
         */
        public Settings withWorkers(int n, int waiting) {
            return new Settings(host, port, n, waiting, requestTimeout, idleTimeout, maxHeaderBytes, maxConnections,
                    grace);
        }

        /**
         * @param request the request timeout
         * @param idle the idle timeout
         * @return these settings with other timeouts
         */
        public Settings withTimeouts(Duration request, Duration idle) {
            return new Settings(host, port, workers, queue, request, idle, maxHeaderBytes, maxConnections, grace);
        }
    }

    private enum State { NEW, RUNNING, STOPPING, STOPPED }

    private final OralmanEngine engine;
    private final Settings settings;
    private final DecisionsEndpoint.Decider decider;
    private final Consumer<LawVersion> compiler;
    private final byte[] openApi;
    private final AtomicInteger compiled = new AtomicInteger();
    private volatile boolean ready;
    private volatile String compileError;
    private volatile State state = State.NEW;
    private Server server;
    private ServerConnector connector;
    private ThreadPoolExecutor workers;
    private ServiceMetrics metrics;

    private DecisionService(OralmanEngine engine, Settings settings, DecisionsEndpoint.Decider decider,
                            Consumer<LawVersion> compiler) {
        this.engine = engine;
        this.settings = settings;
        this.decider = decider;
        this.compiler = compiler;
        this.openApi = resource("openapi.json");
    }

    /**
     * A service with the default settings, not yet started.
     *
     * @param engine the engine every request shares
     * @param host the address to bind, such as {@code 127.0.0.1}; {@code 0.0.0.0} for every interface
     * @param port the port, {@code 0} for any free one
     * @return the service
     * @throws IllegalArgumentException if the host is blank or the port outside 0..65535
     */
    public static DecisionService create(OralmanEngine engine, String host, int port) {
        return create(engine, Settings.defaults(host, port));
    }

    /**
     * A service, not yet started.
     *
     * @param engine the engine every request shares
     * @param settings the address and the limits
     * @return the service
     */
    public static DecisionService create(OralmanEngine engine, Settings settings) {
        Objects.requireNonNull(engine, "engine");
        return create(engine, settings, engine::decide, engine::ruleset);
    }

    /** For tests: a service whose decisions and compilation can be held back. */
    static DecisionService create(OralmanEngine engine, Settings settings, DecisionsEndpoint.Decider decider,
                                  Consumer<LawVersion> compiler) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(settings, "settings");
        return new DecisionService(engine, settings, decider, compiler);
    }

    /**
     * Binds the address, starts serving, and starts compiling every law version in the background
     * ({@code /health/ready} answers 200 once that is done).
     *
     * @return the port bound, the free one chosen when the service was created with port 0
     * @throws IOException if the address cannot be bound (in use, not local, cannot be resolved)
     * @throws IllegalStateException if the service was started before
     */
    public synchronized int start() throws IOException {
        if (state != State.NEW) {
            throw new IllegalStateException("the service is " + state + "; a service starts once"
                    + "\nMaybe create a new one");
        }
        if (new InetSocketAddress(settings.host(), 0).isUnresolved()) {
            throw new IOException("host '" + settings.host() + "' cannot be resolved");
        }
        AtomicInteger n = new AtomicInteger();
        BlockingQueue<Runnable> queue = settings.queue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(settings.queue());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.workers(), settings.workers(), 60, TimeUnit.SECONDS,
                queue, r -> {
                    Thread t = new Thread(r, "oralman-decide-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        metrics = new ServiceMetrics(pool::getActiveCount, () -> pool.getQueue().size(), () -> ready);

        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, 8 * Runtime.getRuntime().availableProcessors()), 4);
        threads.setName("oralman-http");
        Server s = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(settings.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setIdleTimeout(settings.idleTimeout().toMillis());
        ServerConnector c = new ServerConnector(s, 1, 1, new HttpConnectionFactory(http));
        c.setHost(settings.host());
        c.setPort(settings.port());
        c.setIdleTimeout(settings.idleTimeout().toMillis());
        c.setAcceptQueueSize(256);
        s.addConnector(c);
        s.addBean(new NetworkConnectionLimit(settings.maxConnections(), s));
        Slf4jRequestLogWriter log = new Slf4jRequestLogWriter();
        log.setLoggerName(ACCESS_LOG);
        s.setRequestLog(new CustomRequestLog(log, CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}Tms"));
        s.setErrorHandler(new ProblemErrorHandler(settings.maxHeaderBytes(), settings.idleTimeout().toSeconds()));
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(new ServiceHandler(this));
        s.setHandler(graceful);
        s.setStopTimeout(settings.grace().toMillis());
        s.setStopAtShutdown(false);
        try {
            s.start();
        } catch (IOException e) {
            stopQuietly(s);
            pool.shutdownNow();
            throw e;
        } catch (Exception e) {
            stopQuietly(s);
            pool.shutdownNow();
            throw new IOException(e.getMessage(), e);
        }
        server = s;
        connector = c;
        workers = pool;
        state = State.RUNNING;
        Thread compile = new Thread(this::compileAll, "oralman-compile");
        compile.setDaemon(true);
        compile.start();
        return port();
    }

    private void compileAll() {
        long t0 = System.nanoTime();
        try {
            for (LawVersion v : engine.versions()) {
                compiler.accept(v);
                compiled.incrementAndGet();
            }
            ready = true;
            LOG.info("ready: {} law versions compiled in {} ms", compiled.get(), (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            compileError = String.valueOf(e.getMessage());
            LOG.error("a law version failed to compile; the service stays not ready", e);
        }
    }

    private static void stopQuietly(Server s) {
        try {
            s.stop();
        } catch (Exception e) {
            LOG.debug("stopping a server that failed to start", e);
        }
    }

    /**
     * @return the port bound
     * @throws IllegalStateException before {@link #start()}
     */
    public int port() {
        ServerConnector c = connector;
        if (c == null) {
            throw new IllegalStateException("the service is not started\nMaybe call start() first");
        }
        return c.getLocalPort();
    }

    /**
     * @return the base URL, such as {@code http://127.0.0.1:8080/}
     * @throws IllegalStateException before {@link #start()}
     */
    public URI uri() {
        String h = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** @return whether every law version is compiled */
    public boolean ready() {
        return ready;
    }

    /** Stops gracefully, waiting up to the settings' grace period for running requests. Idempotent. */
    public void stop() {
        stop(settings.grace());
    }

    /**
     * Stops: the port closes to new connections, requests on open connections get 503, running ones
     * may finish within the grace period, then the threads end. Idempotent; a service never started
     * just becomes stopped.
     *
     * @param grace how long to wait for running requests
     */
    public synchronized void stop(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (state == State.STOPPED) {
            return;
        }
        if (state == State.NEW) {
            state = State.STOPPED;
            return;
        }
        state = State.STOPPING;
        server.setStopTimeout(Math.max(1, grace.toMillis()));
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the server did not stop cleanly: {}", e.toString());
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        metrics.close();
        state = State.STOPPED;
    }

    /**
     * Runs the service until the process is stopped (Ctrl-C or SIGTERM stops it gracefully).
     *
     * <p>Usage: {@code DecisionService [--host HOST] [--port N]}, defaults {@value #DEFAULT_HOST} and
     * {@value #DEFAULT_PORT}; the environment variables {@code ORALMAN_HOST} and {@code ORALMAN_PORT} give
     * other defaults (the container image sets {@code ORALMAN_HOST=0.0.0.0}). Exits with 2 on a bad
     * argument or an address that cannot be bound.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        String host = System.getenv().getOrDefault("ORALMAN_HOST", DEFAULT_HOST);
        String portText = System.getenv().getOrDefault("ORALMAN_PORT", String.valueOf(DEFAULT_PORT));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("Usage: DecisionService [--host HOST] [--port N]");
                System.out.println("  --host HOST  the address to bind (default " + DEFAULT_HOST + ", or ORALMAN_HOST)");
                System.out.println("  --port N     the port, 0 for any free one (default " + DEFAULT_PORT
                        + ", or ORALMAN_PORT)");
                return;
            }
            if ((a.equals("--port") || a.equals("--host")) && i + 1 < args.length) {
                String v = args[++i];
                if (a.equals("--host")) {
                    host = v;
                } else {
                    portText = v;
                }
            } else {
                usageError("unknown or incomplete argument '" + a + "'");
            }
        }
        int port = 0;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            usageError("port '" + portText + "' is not a number");
        }
        DecisionService service;
        try {
            service = create(OralmanEngine.bundled(), host, port);
            service.start();
        } catch (IllegalArgumentException | IOException e) {
            usageError("cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "oralman-http-stop"));
        System.out.println("oralman: serving decisions on " + service.uri() + " (Ctrl-C to stop)");
    }

    private static void usageError(String message) {
        System.err.println("DecisionService: " + message);
        System.err.println("Usage: DecisionService [--host HOST] [--port N]");
        System.exit(2);
    }

    // --- for the handler ---

    boolean running() {
        return state == State.RUNNING;
    }

    Settings settings() {
        return settings;
    }

    ServiceMetrics metrics() {
        return metrics;
    }

    ThreadPoolExecutor workers() {
        return workers;
    }

    DecisionsEndpoint.Decider decider() {
        return decider;
    }

    org.eclipse.jetty.util.thread.Scheduler scheduler() {
        return server.getScheduler();
    }

    byte[] openApi() {
        return openApi;
    }

    /** The health document: liveness, readiness and the versions. */
    ObjectNode health() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", "UP");
        root.put("ready", ready);
        root.put("version", Library.version());
        ArrayNode versions = root.putArray("lawVersions");
        engine.versions().stream().map(LawVersion::id).forEach(versions::add);
        return root;
    }

    /** The readiness document. */
    ObjectNode readiness() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", ready ? "UP" : "DOWN");
        root.put("compiled", compiled.get());
        root.put("lawVersions", engine.versions().size());
        if (compileError != null) {
            root.put("error", compileError);
        }
        return root;
    }

    List<LawVersion> versions() {
        return engine.versions();
    }

    static byte[] resource(String name) {
        try (InputStream in = DecisionService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing next to "
                        + DecisionService.class.getName() + "\nMaybe the jar was built without resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("resource " + name + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "DecisionService[" + settings.host() + ":" + settings.port() + ", " + state + "]";
    }
}
