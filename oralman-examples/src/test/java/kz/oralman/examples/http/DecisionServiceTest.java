package kz.oralman.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kz.oralman.model.Case;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.rules.DecisionText;
import kz.oralman.rules.LawVersion;
import kz.oralman.rules.Library;
import kz.oralman.rules.OralmanEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Calls the service over loopback HTTP, as a government system would. */
@Timeout(120)
class DecisionServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE_FILE = "uz-2024-family-assign-granted.json";

    private static OralmanEngine engine;
    private static DecisionService service;
    private static HttpClient client;
    private static String caseText;
    private static Case theCase;

    @BeforeAll
    static void start() throws Exception {
        engine = OralmanEngine.bundled();
        service = DecisionService.create(engine, "127.0.0.1", 0);
        int port = service.start();
        assertTrue(port > 0, "a free port was bound: " + port);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();
        caseText = Files.readString(repoRoot().resolve("oralman-examples/cases").resolve(CASE_FILE));
        theCase = CaseJson.read(caseText);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.stop(Duration.ofSeconds(5));
        }
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("oralman-examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    private static URI uri(String pathAndQuery) {
        URI u = URI.create("http://127.0.0.1:" + service.port() + pathAndQuery);
        assertEquals("127.0.0.1", u.getHost());
        return u;
    }

    private static HttpResponse<String> post(String pathAndQuery, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Optional<String> header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name);
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(Optional.of(DecisionService.PROBLEM_JSON), header(r, "Content-Type"));
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.path("status").asInt(), r.body());
        assertTrue(p.path("type").isTextual() && p.path("title").isTextual(), r.body());
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
        return p;
    }

    private static List<String> paths(JsonNode problem) {
        List<String> paths = new ArrayList<>();
        problem.path("errors").forEach(e -> paths.add(e.path("path").asText()));
        return paths;
    }

    @Test
    void post_aValidCase_answersTheLibrarysDecisionJson() throws Exception {
        HttpResponse<String> r = post("/v1/decisions", caseText);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Optional.of("application/json"), header(r, "Content-Type"));
        assertEquals(DecisionJson.write(engine.decide(theCase)), r.body());
        assertTrue(header(r, "Content-Language").isEmpty(), "the bare decision is language-neutral");
    }

    @Test
    void post_asOfAndQuestion_decideUnderTheLawOfThatDate() throws Exception {
        HttpResponse<String> r = post("/v1/decisions?asOf=2025-11-01&question=STATUS_ASSIGNMENT", caseText);
        assertEquals(200, r.statusCode(), r.body());
        Decision expected = engine.decide(theCase, kz.oralman.model.Question.STATUS_ASSIGNMENT,
                java.time.LocalDate.of(2025, 11, 1));
        assertEquals(DecisionJson.write(expected), r.body());
        assertEquals("Z1100000477@2025-10-26", JSON.readTree(r.body()).path("lawVersion").asText());

        String older = Files.readString(repoRoot().resolve("oralman-examples/cases/cn-2014-designated-region-granted.json"));
        assertEquals("oralman", JSON.readTree(post("/v1/decisions", older).body()).path("terminology").asText());
    }

    @Test
    void post_asOfBeforeTheFilingDate_isRefused_inTheClientsLanguage() throws Exception {
        JsonNode p = problem(post("/v1/decisions?asOf=2020-12-31", caseText), 400);
        assertEquals("asOf", p.path("errors").path(0).path("parameter").asText(), p.toString());
        assertTrue(p.path("errors").path(0).path("message").asText().contains("2024-03-01"), p.toString());
        HttpResponse<String> ru = post("/v1/decisions?asOf=2020-12-31", caseText, "Accept-Language", "ru");
        JsonNode pr = problem(ru, 400);
        assertEquals(Optional.of("ru"), header(ru, "Content-Language"));
        assertEquals("Некорректный запрос", pr.path("title").asText());
        assertTrue(pr.path("errors").path(0).path("message").asText().contains("раньше даты подачи"), pr.toString());
        JsonNode pk = problem(post("/v1/decisions?asOf=2020-12-31", caseText, "Accept-Language", "kk-KZ"), 400);
        assertEquals("Жарамсыз сұрау", pk.path("title").asText());
    }

    @Test
    void post_lang_addsTheRenderedTextOfEveryReason_andOtherwiseTheBytesAreTheLibrarys() throws Exception {
        Decision d = engine.decide(theCase);
        HttpResponse<String> r = post("/v1/decisions?lang=ru", caseText);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("ru", body.path("language").asText());
        assertEquals(d.reasons().size(), body.path("reasons").size());
        for (int i = 0; i < d.reasons().size(); i++) {
            var reason = d.reasons().get(i);
            assertEquals(kz.oralman.rules.Messages.of("ru").format(reason.messageKey(), reason.arguments(),
                    d.terminology()), body.path("reasons").path(i).path("text").asText());
        }
        assertFalse(body.path("reasons").path(0).path("text").asText().matches(".*\\d{4}-\\d{2}-\\d{2}.*"),
                "dates in the Russian form: " + body.path("reasons").path(0));
        com.fasterxml.jackson.databind.node.ObjectNode stripped = (com.fasterxml.jackson.databind.node.ObjectNode) body;
        stripped.remove("language");
        stripped.path("reasons").forEach(x -> ((com.fasterxml.jackson.databind.node.ObjectNode) x).remove("text"));
        assertEquals(DecisionJson.toTree(d), stripped);
        problem(post("/v1/decisions?lang=de", caseText), 400);
    }

    @Test
    void post_explainInRussian_answersDecisionExplanationAndLanguage() throws Exception {
        HttpResponse<String> r = post("/v1/decisions?explain=true", caseText,
                "Accept-Language", "de;q=1, ru-RU;q=0.9, en;q=0.5");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Optional.of("ru"), header(r, "Content-Language"));
        JsonNode body = JSON.readTree(r.body());
        Decision d = engine.decide(theCase);
        assertEquals(DecisionJson.toTree(d), body.path("decision"));
        assertEquals("ru", body.path("language").asText());
        assertEquals(DecisionText.render(d, "ru"), body.path("explanation").asText());
        assertTrue(body.path("explanation").asText().matches("(?s).*[А-Яа-я]{4,}.*"), "Cyrillic text");
    }

    @Test
    void post_acceptTextPlain_answersTheExplanationInTheChosenLanguage() throws Exception {
        HttpResponse<String> r = post("/v1/decisions", caseText, "Accept", "text/plain",
                "Accept-Language", "en;q=0.1, ru;q=0.2, kk-Cyrl-KZ;q=0.3");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        assertEquals(Optional.of("kk"), header(r, "Content-Language"));
        assertEquals(DecisionText.render(engine.decide(theCase), "kk"), r.body());

        HttpResponse<String> english = post("/v1/decisions", caseText, "Accept", "text/plain");
        assertEquals(Optional.of("en"), header(english, "Content-Language"));
        assertTrue(english.body().contains("Outcome: Granted"), english.body());
    }

    @Test
    void post_aCaseWithAnImpossibleDateAndAnUnknownField_is400_namingBothPaths() throws Exception {
        String bad = caseText.replaceFirst("\"birthDate\": \"1986-04-12\"",
                "\"birthDate\": \"1986-02-30\", \"nickname\": \"Erik\"");
        assertTrue(!bad.equals(caseText));
        JsonNode p = problem(post("/v1/decisions", bad), 400);
        assertEquals("Invalid case", p.path("title").asText());
        assertEquals(HttpProblem.INVALID_CASE, p.path("type").asText());
        assertTrue(paths(p).contains("/persons/0/birthDate"), p.toString());
        assertTrue(paths(p).contains("/persons/0/nickname"), p.toString());
        p.path("errors").forEach(e -> assertFalse(e.path("message").asText().isEmpty(), p.toString()));
    }

    @Test
    void post_malformedJson_is400_atTheDocument() throws Exception {
        JsonNode p = problem(post("/v1/decisions", "{\"format\": \"oralman-case/1\", "), 400);
        assertEquals(List.of(""), paths(p));
        assertTrue(problem(post("/v1/decisions", ""), 400).path("errors").size() == 1);
        assertTrue(problem(post("/v1/decisions", "[1, 2]"), 400).path("errors").size() >= 1);
    }

    @Test
    void post_aBadQueryParameter_is400_namingIt() throws Exception {
        JsonNode p = problem(post("/v1/decisions?asOf=2023-02-29", caseText), 400);
        assertEquals("asOf", p.path("errors").path(0).path("parameter").asText(), p.toString());
        assertEquals("question", problem(post("/v1/decisions?question=MARRIAGE", caseText), 400)
                .path("errors").path(0).path("parameter").asText());
        assertEquals("language", problem(post("/v1/decisions?language=ru", caseText), 400)
                .path("errors").path(0).path("parameter").asText());
        assertEquals("asOf", problem(post("/v1/decisions?asOf=%C3%28", caseText), 400)
                .path("errors").path(0).path("parameter").asText(), "not UTF-8 once decoded");
    }

    @Test
    void post_anotherQuestionOfTheContract_isDecided() throws Exception {
        HttpResponse<String> r = post("/v1/decisions?question=CENTRE_PLACEMENT", caseText);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"question\": \"CENTRE_PLACEMENT\""), r.body());
    }

    @Test
    void post_aBodyOverTheLimit_is413() throws Exception {
        String huge = "{\"id\": \"" + "a".repeat(CaseJson.MAX_DOCUMENT_CHARS) + "\"}";
        problem(post("/v1/decisions", huge), 413);
    }

    @Test
    void post_anotherContentType_is415() throws Exception {
        problem(post("/v1/decisions", caseText, "Content-Type", "text/plain"), 415);
        problem(post("/v1/decisions", caseText, "Content-Type", "application/json; charset=ISO-8859-1"), 415);
        assertEquals(200, post("/v1/decisions", caseText, "Content-Type", "application/json; charset=UTF-8")
                .statusCode());
    }

    @Test
    void post_acceptingNothingOffered_is406() throws Exception {
        problem(post("/v1/decisions", caseText, "Accept", "image/png"), 406);
        problem(post("/v1/decisions?explain=true", caseText, "Accept", "text/plain"), 406);
    }

    @Test
    void get_onDecisions_is405_withAllow() throws Exception {
        HttpResponse<String> r = get("/v1/decisions");
        problem(r, 405);
        assertEquals(Optional.of("POST"), header(r, "Allow"));
        problem(post("/health", "{}"), 405);
    }

    @Test
    void anUnknownPath_is404() throws Exception {
        problem(get("/v2/decisions"), 404);
        problem(get("/v1/decisions/"), 404);
        problem(get("/"), 404);
    }

    @Test
    void health_isUp_withTheVersions() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode h = JSON.readTree(r.body());
        assertEquals("UP", h.path("status").asText());
        assertTrue(h.path("ready").isBoolean(), h.toString());
        assertEquals(Library.version(), h.path("version").asText());
        List<String> ids = new ArrayList<>();
        h.path("lawVersions").forEach(v -> ids.add(v.asText()));
        assertEquals(engine.versions().stream().map(LawVersion::id).toList(), ids);
    }

    @Test
    void openApi_isOpenApi31_describingEveryPath() throws Exception {
        HttpResponse<String> r = get("/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = JSON.readTree(r.body());
        assertEquals("3.1.0", doc.path("openapi").asText());
        for (String path : List.of("/v1/decisions", "/health", "/health/live", "/health/ready", "/metrics",
                "/openapi.json")) {
            assertTrue(doc.path("paths").has(path), path);
        }
        JsonNode decide = doc.path("paths").path("/v1/decisions").path("post");
        List<String> params = new ArrayList<>();
        decide.path("parameters").forEach(p -> params.add(p.path("name").asText()));
        assertTrue(params.containsAll(DecisionsEndpoint.PARAMETERS), params.toString());
        for (String status : List.of("200", "400", "405", "406", "408", "413", "415", "422", "500", "503")) {
            assertTrue(decide.path("responses").has(status), status);
        }
    }

    @Test
    void concurrentRequests_getTheSameDecision() throws Exception {
        String expected = DecisionJson.write(engine.decide(theCase));
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(uri("/v1/decisions")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(caseText))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            HttpResponse<String> r = call.get();
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(expected, r.body());
        }
    }

    @Test
    void negotiation_honoursQValuesAndSpecificity() {
        assertEquals("en", Negotiation.language(null));
        assertEquals("en", Negotiation.language("fr, de;q=0.5"));
        assertEquals("en", Negotiation.language("*"));
        assertEquals("ru", Negotiation.language("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"));
        assertEquals("kk", Negotiation.language("ru;q=0.5, kk"));
        assertEquals("ru", Negotiation.language("*;q=0.5, en;q=0, ru;q=0.6"));
        assertEquals("kk", Negotiation.language("en;q=0, ru;q=0, *"));
        assertEquals("ru", Negotiation.language("kk;q=2, ru;q=0.3"), "an invalid q-value drops its element");
        List<String> offers = List.of("application/json", "text/plain");
        assertEquals(Optional.of("application/json"), Negotiation.mediaType(null, offers));
        assertEquals(Optional.of("text/plain"), Negotiation.mediaType("text/plain, */*;q=0.1", offers));
        assertEquals(Optional.of("text/plain"), Negotiation.mediaType("text/*, */*", offers));
        assertEquals(Optional.of("application/json"), Negotiation.mediaType("text/plain;q=0.4, */*;q=0.5", offers));
        assertEquals(Optional.empty(), Negotiation.mediaType("*/*;q=0, image/png", offers));
        assertEquals(Optional.of("text/plain"), Negotiation.mediaType("application/json;q=0, */*", offers));
    }

    @Test
    void aServiceStopped_isStoppedForGood() throws Exception {
        DecisionService other = DecisionService.create(engine, "127.0.0.1", 0);
        other.start();
        other.stop(Duration.ofSeconds(1));
        other.stop(Duration.ofSeconds(1));
        try {
            other.start();
            throw new AssertionError("a stopped service started again");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("starts once"));
        }
    }
}
