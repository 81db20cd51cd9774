package kz.oralman.examples.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.oralman.model.json.Canonical;
import kz.oralman.rules.Library;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.OralmanEngine;

/**
 * An HTTP service over the engine, built on the JDK's own {@code com.sun.net.httpserver}: a
 * government system posts a case and gets the decision back.
 *
 * <ul>
 *   <li>{@code POST /v1/decisions[?asOf=YYYY-MM-DD][&question=Q][&explain=true]} — body a case,
 *       format {@code oralman-case/1}; answers the decision ({@code oralman-decision/1}), or with
 *       {@code Accept: text/plain} its explanation in the language of {@code Accept-Language}
 *       (kk, ru, en), or with {@code explain=true} both: {@code {"decision", "explanation", "language"}}.
 *   <li>{@code GET /health} — {@code {"status": "UP", "version", "lawVersions"}}.
 *   <li>{@code GET /openapi.json} — the OpenAPI 3.1 description of all of this.
 * </ul>
 *
 * <p>Every refusal is an RFC 9457 problem ({@code application/problem+json}): 400 for a case or a
 * parameter with problems (each named by its JSON Pointer or parameter), 404, 405, 406, 413 for a
 * body over {@link kz.oralman.model.json.CaseJson#MAX_DOCUMENT_CHARS} characters, 415, 422 for a
 * question the engine does not decide; 500 only for a fault of the service, never with a stack
 * trace in the body.
 *
 * <pre>{@code
 * DecisionService service = DecisionService.create(OralmanEngine.bundled(), "127.0.0.1", 0);
 * int port = service.start();          // 0 asks for a free port; this is the one bound
 * ...
 * service.stop();                      // lets running requests finish
 * }</pre>
 *
 * <p>One engine serves every request; requests run on a bounded pool of
 * {@link #DEFAULT_THREADS} threads with a queue of {@link #QUEUE_CAPACITY}; when both are full the
 * accepting thread runs the request itself, which stops it accepting more (back-pressure rather than
 * unbounded memory). A service is started once and stopped once.
 */
public final class DecisionService {
    /** The address bound by default: loopback, so that nothing outside the machine can call by accident. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port of {@link #main(String[])} by default. */
    public static final int DEFAULT_PORT = 8080;
    /** Worker threads: two per processor, as decisions are CPU-bound with short waits. */
    public static final int DEFAULT_THREADS = 2 * Runtime.getRuntime().availableProcessors();
    /** Requests that may wait for a worker before the accepting thread takes one on itself. */
    public static final int QUEUE_CAPACITY = 100;
    /** How long {@link #stop()} waits for running requests. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String TEXT = "text/plain; charset=utf-8";

    private static final System.Logger LOG = System.getLogger(DecisionService.class.getName());

    private enum State { NEW, RUNNING, STOPPING, STOPPED }

    private final OralmanEngine engine;
    private final String host;
    private final int requestedPort;
    private final DecisionsEndpoint decisions;
    private final byte[] openApi;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile State state = State.NEW;
    private HttpServer server;
    private ThreadPoolExecutor executor;

    private DecisionService(OralmanEngine engine, String host, int port) {
        this.engine = engine;
        this.host = host;
        this.requestedPort = port;
        this.decisions = new DecisionsEndpoint(engine);
        this.openApi = resource("openapi.json");
    }

    /**
     * A service, not yet started.
     *
     * @param engine the engine every request shares
     * @param host the address to bind, such as {@code 127.0.0.1}; {@code 0.0.0.0} for every interface
     * @param port the port, {@code 0} for any free one
     * @return the service
     * @throws IllegalArgumentException if the host is blank or the port outside 0..65535
     */
    public static DecisionService create(OralmanEngine engine, String host, int port) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host '" + host + "' is blank\nMaybe use " + DEFAULT_HOST);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not in 0..65535\nMaybe use 0 for any free port");
        }
        return new DecisionService(engine, host, port);
    }

    /**
     * Binds the address and starts serving.
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
        InetSocketAddress address = new InetSocketAddress(host, requestedPort);
        if (address.isUnresolved()) {
            throw new IOException("host '" + host + "' cannot be resolved");
        }
        HttpServer s = HttpServer.create(address, 0);
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(DEFAULT_THREADS, DEFAULT_THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), r -> {
                    Thread t = new Thread(r, "oralman-http-" + threadNumber.incrementAndGet());
                    t.setDaemon(false);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        s.setExecutor(pool);
        s.createContext("/", this::handle);
        s.start();
        server = s;
        executor = pool;
        state = State.RUNNING;
        return port();
    }

    /**
     * @return the port bound
     * @throws IllegalStateException before {@link #start()}
     */
    public int port() {
        HttpServer s = server;
        if (s == null) {
            throw new IllegalStateException("the service is not started\nMaybe call start() first");
        }
        return s.getAddress().getPort();
    }

    /**
     * @return the base URL, such as {@code http://127.0.0.1:8080/}
     * @throws IllegalStateException before {@link #start()}
     */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Stops gracefully, waiting up to {@link #DEFAULT_GRACE} for running requests. Idempotent. */
    public void stop() {
        stop(DEFAULT_GRACE);
    }

    /**
     * Stops: new requests get 503 at once, running ones may finish within the grace period, then the
     * socket closes and the threads end. Idempotent; a service never started just becomes stopped.
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
        // HttpServer.stop(delay) on Java 17 always waits the whole delay, even when idle
        // (JDK-8304065), so we wait for our own count of running requests instead.
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        state = State.STOPPED;
    }

    /**
     * Runs the service until the process is stopped (Ctrl-C stops it gracefully).
     *
     * <p>Usage: {@code DecisionService [--host HOST] [--port N]}, defaults {@value #DEFAULT_HOST} and
     * {@value #DEFAULT_PORT}. Exits with 2 on a bad argument or an address that cannot be bound.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("Usage: DecisionService [--host HOST] [--port N]");
                System.out.println("  --host HOST  the address to bind (default " + DEFAULT_HOST + ")");
                System.out.println("  --port N     the port, 0 for any free one (default " + DEFAULT_PORT + ")");
                return;
            }
            if ((a.equals("--port") || a.equals("--host")) && i + 1 < args.length) {
                String v = args[++i];
                if (a.equals("--host")) {
                    host = v;
                } else {
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        usageError("--port '" + v + "' is not a number");
                    }
                }
            } else {
                usageError("unknown or incomplete argument '" + a + "'");
            }
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

    private void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            try {
                if (state != State.RUNNING) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    throw HttpProblem.of(503, "Service Unavailable", "the service is stopping");
                }
                route(exchange);
            } catch (HttpProblem p) {
                sendProblem(exchange, p);
            } catch (IOException | UncheckedIOException e) {
                // the client went away or broke the connection; nothing can be answered
                LOG.log(System.Logger.Level.DEBUG, "I/O error on " + exchange.getRequestURI(), e);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "internal error on " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI(), e);
                sendProblem(exchange, HttpProblem.of(500, "Internal Server Error",
                        "the service failed to answer; the fault is logged on the server"));
            }
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/v1/decisions" -> {
                allow(method, "POST");
                decisions.handle(exchange);
            }
            case "/health" -> {
                allow(method, "GET, HEAD");
                send(exchange, 200, JSON, Canonical.print(health()).getBytes(StandardCharsets.UTF_8));
            }
            case "/openapi.json" -> {
                allow(method, "GET, HEAD");
                exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
                send(exchange, 200, JSON, openApi);
            }
            default -> throw HttpProblem.of(404, "Not Found", "no resource at " + path
                    + "; see /openapi.json for the paths served");
        }
    }

    private static void allow(String method, String allowed) {
        if (!List.of(allowed.split(", ")).contains(method)) {
            throw HttpProblem.methodNotAllowed(method, allowed);
        }
    }

    private ObjectNode health() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", "UP");
        root.put("version", Library.version());
        ArrayNode versions = root.putArray("lawVersions");
        engine.versions().stream().map(LawVersion::id).forEach(versions::add);
        return root;
    }

    /** Sends a whole response; a HEAD request gets the headers only. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static void sendProblem(HttpExchange exchange, HttpProblem p) {
        if (exchange.getResponseCode() != -1) {
            return; // the status line is gone already; closing the exchange is all that is left
        }
        p.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Content-Language", "en");
        try {
            send(exchange, p.status(), PROBLEM_JSON, Canonical.print(p.toTree()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not send a problem to " + exchange.getRemoteAddress(), e);
        }
    }

    private static byte[] resource(String name) {
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
        return "DecisionService[" + host + ":" + requestedPort + ", " + state + "]";
    }
}
