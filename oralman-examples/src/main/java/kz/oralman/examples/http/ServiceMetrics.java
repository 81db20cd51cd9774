package kz.oralman.examples.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kz.oralman.model.decision.Outcome;

/**
 * The service's Prometheus metrics, through Micrometer, scraped at {@code GET /metrics}:
 *
 * <ul>
 *   <li>{@code oralman_decisions_total{outcome}} — decisions answered, by outcome;
 *   <li>{@code oralman_decision_seconds} — time to decide (reading the case, deciding, rendering),
 *       with the 0.5, 0.95 and 0.99 quantiles and histogram buckets;
 *   <li>{@code oralman_http_requests_seconds{route,status}} — every request, from its handling to its
 *       answer;
 *   <li>{@code oralman_requests_rejected_total{reason}} — requests refused for load or limits:
 *       {@code saturated} (503), {@code timeout} (408 or a wait past the request timeout),
 *       {@code too_large} (413), {@code stopping} (503 while stopping);
 *   <li>{@code oralman_decisions_in_flight}, {@code oralman_decisions_queued}, {@code oralman_ready}.
 * </ul>
 */
final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<Outcome, Counter> decisions = new ConcurrentHashMap<>();
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
    private final Map<String, Timer> requests = new ConcurrentHashMap<>();
    private final Timer decisionTime;

    ServiceMetrics(Supplier<Number> inFlight, Supplier<Number> queued, Supplier<Boolean> ready) {
        decisionTime = Timer.builder("oralman.decision").description("time to read, decide and render a case")
                .publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        for (Outcome o : Outcome.values()) {
            decisions.put(o, Counter.builder("oralman.decisions").description("decisions answered, by outcome")
                    .tag("outcome", o.name()).register(registry));
        }
        for (String reason : new String[] {"saturated", "timeout", "too_large", "stopping"}) {
            rejected(reason);
        }
        Gauge.builder("oralman.decisions.in.flight", () -> inFlight.get()).description("decisions being made")
                .register(registry);
        Gauge.builder("oralman.decisions.queued", () -> queued.get()).description("decisions waiting for a worker")
                .register(registry);
        Gauge.builder("oralman.ready", () -> ready.get() ? 1 : 0)
                .description("1 once every law version is compiled").register(registry);
    }

    void decided(Outcome outcome, long nanos) {
        decisions.get(outcome).increment();
        decisionTime.record(Duration.ofNanos(nanos));
    }

    Counter rejected(String reason) {
        return rejected.computeIfAbsent(reason, r -> Counter.builder("oralman.requests.rejected")
                .description("requests refused for load or limits").tag("reason", r).register(registry));
    }

    void request(String route, int status, long nanos) {
        requests.computeIfAbsent(route + " " + status, k -> Timer.builder("oralman.http.requests")
                .description("requests, from handling to answer").tag("route", route)
                .tag("status", String.valueOf(status)).register(registry)).record(Duration.ofNanos(nanos));
    }

    /** @return the Prometheus text exposition */
    String scrape() {
        return registry.scrape();
    }

    void close() {
        registry.close();
    }
}
