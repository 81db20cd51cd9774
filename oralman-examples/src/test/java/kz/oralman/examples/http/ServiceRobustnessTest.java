package kz.oralman.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.oralman.rules.OralmanEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service at its edges: slow clients, saturation, limits, readiness, metrics, a URI that cannot be
 * decoded, graceful shutdown. Nothing here asserts a duration: a test waits (generously) for an answer
 * and asserts what the answer is.
 */
@Timeout(180)
class ServiceRobustnessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static OralmanEngine engine;
    private static String caseText;
    private static HttpClient client;

    @BeforeAll
    static void setUp() throws IOException {
        engine = OralmanEngine.bundled();
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("oralman-examples/cases"))) {
            root = root.getParent();
        }
        caseText = Files.readString(root.resolve("oralman-examples/cases/uz-2024-family-assign-granted.json"));
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @AfterAll
    static void tearDown() {
        // the client's threads are daemons
    }

    private static DecisionService.Settings settings() {
        return DecisionService.Settings.defaults("127.0.0.1", 0);
    }

    private static HttpResponse<String> send(DecisionService s, String method, String path, String body,
                                             String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.path("status").asInt(), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("<html"), r.body());
        return p;
    }

    /** Sends raw bytes and reads the whole answer (the service closes or the socket times out). */
    private static String raw(DecisionService s, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        return new String(all, StandardCharsets.UTF_8);
    }

    @Test
    void slowClients_sendingAHeaderLineASecond_doNotStopTheServiceAnsweringOthers() throws Exception {
        DecisionService s = DecisionService.create(engine, settings());
        s.start();
        int slow = 8;
        ExecutorService pool = Executors.newFixedThreadPool(slow);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<?>> slowClients = new ArrayList<>();
        CountDownLatch allStarted = new CountDownLatch(slow);
        try {
            for (int i = 0; i < slow; i++) {
                slowClients.add(pool.submit(() -> {
                    try (Socket socket = new Socket("127.0.0.1", s.port())) {
                        OutputStream out = socket.getOutputStream();
                        out.write("POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        allStarted.countDown();
                        for (int line = 0; line < 20 && !stop.get(); line++) {
                            Thread.sleep(1000);
                            out.write(("X-Slow-" + line + ": a header line a second\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the service may close a slow connection: that is allowed
                    }
                    return null;
                }));
            }
            assertTrue(allStarted.await(30, TimeUnit.SECONDS), "the slow clients connected");
            Thread.sleep(1500);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> health = send(s, "GET", "/health/live", null);
                assertEquals(200, health.statusCode(), health.body());
                HttpResponse<String> decided = send(s, "POST", "/v1/decisions", caseText);
                assertEquals(200, decided.statusCode(), decided.body());
                assertTrue(decided.body().contains("\"outcome\": \"GRANTED\""), decided.body());
            }
        } finally {
            stop.set(true);
            for (Future<?> f : slowClients) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
            s.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void saturated_answers503WithRetryAfter_andTheRunningDecisionStillAnswers() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DecisionService s = DecisionService.create(engine, settings().withWorkers(1, 0), (c, q, d) -> {
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return engine.decide(c, q, d);
        }, engine::ruleset);
        s.start();
        try {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return send(s, "POST", "/v1/decisions", caseText);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(entered.await(60, TimeUnit.SECONDS), "the first decision started");
            HttpResponse<String> second = send(s, "POST", "/v1/decisions", caseText, "Accept-Language", "ru");
            JsonNode p = problem(second, 503);
            assertEquals("1", second.headers().firstValue("Retry-After").orElse(""), second.headers().toString());
            assertEquals("Сервис недоступен", p.path("title").asText());
            HttpResponse<String> health = send(s, "GET", "/health/live", null);
            assertEquals(200, health.statusCode(), "health answers while decisions are saturated");
            release.countDown();
            assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
            String metrics = send(s, "GET", "/metrics", null).body();
            assertTrue(metrics.contains("oralman_requests_rejected_total{reason=\"saturated\"} 1.0"), metrics);
            assertTrue(metrics.contains("oralman_decisions_total{outcome=\"GRANTED\"} 1.0"), metrics);
        } finally {
            release.countDown();
            s.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void ready_onlyOnceEveryLawVersionIsCompiled_whileLiveAtOnce() throws Exception {
        CountDownLatch compile = new CountDownLatch(1);
        DecisionService s = DecisionService.create(engine, settings(), engine::decide, v -> {
            try {
                compile.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            engine.ruleset(v);
        });
        s.start();
        try {
            assertEquals(200, send(s, "GET", "/health/live", null).statusCode());
            HttpResponse<String> notReady = send(s, "GET", "/health/ready", null);
            assertEquals(503, notReady.statusCode(), notReady.body());
            assertEquals("DOWN", JSON.readTree(notReady.body()).path("status").asText());
            assertTrue(send(s, "GET", "/metrics", null).body().contains("oralman_ready 0.0"));
            compile.countDown();
            HttpResponse<String> ready = null;
            for (int i = 0; i < 600 && (ready == null || ready.statusCode() != 200); i++) {
                Thread.sleep(100);
                ready = send(s, "GET", "/health/ready", null);
            }
            assertEquals(200, ready.statusCode(), ready.body());
            JsonNode r = JSON.readTree(ready.body());
            assertEquals(engine.versions().size(), r.path("compiled").asInt());
            assertEquals(r.path("lawVersions").asInt(), r.path("compiled").asInt());
            assertTrue(s.ready());
        } finally {
            compile.countDown();
            s.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void limits_andUndecodableUris_areProblemsInJson_neverHtml() throws Exception {
        DecisionService s = DecisionService.create(engine, settings().withTimeouts(Duration.ofSeconds(2),
                Duration.ofSeconds(20)));
        s.start();
        try {
            String badPath = raw(s, "GET /health%zz HTTP/1.1\r\nHost: x\r\nAccept-Language: ru\r\nConnection: close\r\n\r\n");
            assertTrue(badPath.startsWith("HTTP/1.1 400"), badPath);
            assertTrue(badPath.contains("application/problem+json"), badPath);
            assertFalse(badPath.toLowerCase(java.util.Locale.ROOT).contains("<html"), badPath);

            String hugeHeader = raw(s, "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(hugeHeader.startsWith("HTTP/1.1 431"), hugeHeader);
            assertTrue(hugeHeader.contains("application/problem+json"), hugeHeader);

            // a body announced but never sent: answered within the request timeout, as a problem
            String silent = raw(s, "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{");
            assertTrue(silent.startsWith("HTTP/1.1 408"), silent);
            assertTrue(silent.contains("application/problem+json"), silent);

            String declared = raw(s, "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 999999999\r\n\r\n{}");
            assertTrue(declared.startsWith("HTTP/1.1 413"), declared);

            String badQuery = raw(s, "POST /v1/decisions?asOf=%zz HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Accept-Language: kk\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            assertTrue(badQuery.startsWith("HTTP/1.1 400"), badQuery);
            JsonNode p = JSON.readTree(badQuery.substring(badQuery.indexOf("\r\n\r\n") + 4));
            assertEquals("asOf", p.path("errors").path(0).path("parameter").asText(), badQuery);
            assertEquals("Жарамсыз сұрау", p.path("title").asText(), badQuery);
            assertTrue(send(s, "GET", "/metrics", null).body().contains("oralman_requests_rejected_total{reason=\"timeout\"}"));
            assertEquals(200, send(s, "GET", "/schema/oralman-case-1.schema.json", null).statusCode());
            problem(send(s, "GET", "/schema/nothing.schema.json", null), 404);
        } finally {
            s.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void stop_letsTheRunningDecisionFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DecisionService s = DecisionService.create(engine, settings(), (c, q, d) -> {
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return engine.decide(c, q, d);
        }, engine::ruleset);
        s.start();
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
            try {
                return send(s, "POST", "/v1/decisions", caseText);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(entered.await(60, TimeUnit.SECONDS));
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> s.stop(Duration.ofSeconds(60)));
        Thread.sleep(500);
        release.countDown();
        HttpResponse<String> r = running.get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        stopping.get(60, TimeUnit.SECONDS);
    }
}
