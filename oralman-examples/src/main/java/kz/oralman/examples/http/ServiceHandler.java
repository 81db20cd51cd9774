package kz.oralman.examples.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.json.Canonical;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the requests of {@link DecisionService}. Small answers are written at once; a decision reads
 * its body without blocking (bounded in size and time), then waits for a worker of the bounded pool,
 * or is refused with 503 and {@code Retry-After} when every worker and waiting place is taken.
 */
final class ServiceHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceHandler.class);
    private static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Set<String> SCHEMAS = Set.of("oralman-case-1", "oralman-decision-1", "oralman-error-1",
            "oralman-impact-1");
    private static final String RETRY_AFTER = "1";

    private final DecisionService service;

    ServiceHandler(DecisionService service) {
        this.service = service;
    }

    /** One request's answer, given once, whoever gives it first (the handler, a worker or a timeout). */
    private final class Exchange {
        final Request request;
        final Response response;
        final Callback callback;
        final long start = System.nanoTime();
        final String route;
        final String language;
        final AtomicBoolean answered = new AtomicBoolean();

        Exchange(Request request, Response response, Callback callback, String route) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.route = route;
            this.language = Negotiation.language(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        }

        boolean answered() {
            return answered.get();
        }

        void reply(int status, String contentType, Map<String, String> headers, byte[] body) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            HttpFields.Mutable h = response.getHeaders();
            h.put("X-Content-Type-Options", "nosniff");
            h.put(HttpHeader.CACHE_CONTROL, "no-store");
            headers.forEach(h::put);
            h.put(HttpHeader.CONTENT_TYPE, contentType);
            h.put(HttpHeader.CONTENT_LENGTH, body.length);
            response.setStatus(status);
            service.metrics().request(route, status, System.nanoTime() - start);
            response.write(true, ByteBuffer.wrap(body), callback);
        }

        void problem(HttpProblem p) {
            Map<String, String> headers = new java.util.LinkedHashMap<>(p.headers());
            headers.put("Content-Language", language);
            reply(p.status(), DecisionService.PROBLEM_JSON, headers,
                    Canonical.print(p.toTree(language)).getBytes(StandardCharsets.UTF_8));
        }

        void json(int status, com.fasterxml.jackson.databind.JsonNode tree) {
            reply(status, DecisionService.JSON, Map.of(), Canonical.print(tree).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        Exchange ex = new Exchange(request, response, callback, route(path));
        try {
            if (!service.running()) {
                service.metrics().rejected("stopping").increment();
                throw HttpProblem.of(503, "detail.stopping").withHeader("Connection", "close")
                        .withHeader("Retry-After", RETRY_AFTER);
            }
            route(ex, path, request.getMethod());
        } catch (HttpProblem p) {
            ex.problem(p);
        } catch (RuntimeException e) {
            LOG.error("internal error on {} {}", request.getMethod(), request.getHttpURI(), e);
            ex.problem(HttpProblem.of(500, "detail.internal"));
        }
        return true;
    }

    private static String route(String path) {
        if (path == null) {
            return "other";
        }
        return switch (path) {
            case "/v1/decisions", "/health", "/health/live", "/health/ready", "/metrics", "/openapi.json" -> path;
            default -> path.startsWith("/schema/") ? "/schema" : "other";
        };
    }

    private void route(Exchange ex, String path, String method) {
        switch (path == null ? "" : path) {
            case "/v1/decisions" -> {
                allow(method, "POST");
                decide(ex);
            }
            case "/health" -> {
                allow(method, "GET, HEAD");
                ex.json(200, service.health());
            }
            case "/health/live" -> {
                allow(method, "GET, HEAD");
                ex.json(200, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("status", "UP"));
            }
            case "/health/ready" -> {
                allow(method, "GET, HEAD");
                ex.json(service.ready() ? 200 : 503, service.readiness());
            }
            case "/metrics" -> {
                allow(method, "GET, HEAD");
                ex.reply(200, METRICS_TYPE, Map.of(), service.metrics().scrape().getBytes(StandardCharsets.UTF_8));
            }
            case "/openapi.json" -> {
                allow(method, "GET, HEAD");
                ex.reply(200, DecisionService.JSON, Map.of("Cache-Control", "public, max-age=3600"), service.openApi());
            }
            default -> {
                String name = path == null ? "" : path.startsWith("/schema/") && path.endsWith(".schema.json")
                        ? path.substring("/schema/".length(), path.length() - ".schema.json".length()) : "";
                if (!SCHEMAS.contains(name)) {
                    throw HttpProblem.of(404, "detail.not-found", String.valueOf(path));
                }
                allow(method, "GET, HEAD");
                ex.reply(200, "application/schema+json", Map.of("Cache-Control", "public, max-age=3600"),
                        DecisionService.resource("schema/" + name + ".schema.json"));
            }
        }
    }

    private static void allow(String method, String allowed) {
        if (!List.of(allowed.split(", ")).contains(method)) {
            throw HttpProblem.methodNotAllowed(method, allowed);
        }
    }

    private void decide(Exchange ex) {
        Request request = ex.request;
        DecisionsEndpoint.Prepared prepared = DecisionsEndpoint.prepare(request.getHttpURI().getQuery(),
                name -> request.getHeaders().get(name));
        DecisionService.Settings settings = service.settings();
        long deadline = ex.start + settings.requestTimeout().toNanos();
        Scheduler.Task timeout = service.scheduler().schedule(() -> {
            if (!ex.answered()) {
                service.metrics().rejected("timeout").increment();
                ex.problem(HttpProblem.of(408, "detail.timeout", String.valueOf(settings.requestTimeout().toSeconds()))
                        .withHeader("Connection", "close"));
            }
        }, settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        readBody(ex, body -> {
            timeout.cancel();
            try {
                service.workers().execute(() -> work(ex, prepared, body, deadline));
            } catch (RejectedExecutionException e) {
                service.metrics().rejected(service.running() ? "saturated" : "stopping").increment();
                ex.problem(HttpProblem.of(503, "detail.busy", RETRY_AFTER).withHeader("Retry-After", RETRY_AFTER));
            }
        }, timeout);
    }

    private void work(Exchange ex, DecisionsEndpoint.Prepared prepared, byte[] body, long deadline) {
        if (ex.answered()) {
            return;
        }
        if (System.nanoTime() > deadline) {
            service.metrics().rejected("timeout").increment();
            ex.problem(HttpProblem.of(503, "detail.busy", RETRY_AFTER).withHeader("Retry-After", RETRY_AFTER));
            return;
        }
        long t0 = System.nanoTime();
        try {
            DecisionsEndpoint.Reply r = DecisionsEndpoint.decide(prepared, body, service.decider());
            Outcome outcome = r.outcome();
            if (outcome != null) {
                service.metrics().decided(outcome, System.nanoTime() - t0);
            }
            ex.reply(r.status(), r.contentType(), r.headers(), r.body());
        } catch (HttpProblem p) {
            ex.problem(p);
        } catch (RuntimeException e) {
            LOG.error("internal error deciding a case", e);
            ex.problem(HttpProblem.of(500, "detail.internal"));
        }
    }

    /** Reads the body without blocking, refusing it past the size limit; a read failure is answered. */
    private void readBody(Exchange ex, Consumer<byte[]> done, Scheduler.Task timeout) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Runnable reader = new Runnable() {
            @Override
            public void run() {
                while (!ex.answered()) {
                    Content.Chunk chunk = ex.request.read();
                    if (chunk == null) {
                        ex.request.demand(this);
                        return;
                    }
                    if (Content.Chunk.isFailure(chunk)) {
                        Throwable f = chunk.getFailure();
                        timeout.cancel();
                        if (f instanceof TimeoutException) {
                            service.metrics().rejected("timeout").increment();
                            ex.problem(HttpProblem.of(408, "detail.timeout",
                                    String.valueOf(service.settings().idleTimeout().toSeconds()))
                                    .withHeader("Connection", "close"));
                        } else {
                            ex.problem(HttpProblem.of(400, "detail.bad-http", "the body could not be read")
                                    .withHeader("Connection", "close"));
                        }
                        return;
                    }
                    ByteBuffer bytes = chunk.getByteBuffer();
                    if (buffer.size() + bytes.remaining() > DecisionsEndpoint.MAX_BODY_BYTES) {
                        chunk.release();
                        timeout.cancel();
                        service.metrics().rejected("too_large").increment();
                        ex.problem(DecisionsEndpoint.tooLarge());
                        return;
                    }
                    byte[] b = new byte[bytes.remaining()];
                    bytes.get(b);
                    buffer.write(b, 0, b.length);
                    boolean last = chunk.isLast();
                    chunk.release();
                    if (last) {
                        done.accept(buffer.toByteArray());
                        return;
                    }
                }
            }
        };
        reader.run();
    }
}
