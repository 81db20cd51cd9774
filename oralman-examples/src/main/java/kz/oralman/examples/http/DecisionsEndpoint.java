package kz.oralman.examples.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.json.Canonical;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.model.json.InvalidCaseException;
import kz.oralman.model.json.Problem;
import kz.oralman.rules.DecisionText;
import kz.oralman.rules.OralmanEngine;

/**
 * {@code POST /v1/decisions}: checks the request in the order a client can fix it (media types,
 * parameters, size, then the case), decides, and answers in the negotiated representation.
 */
final class DecisionsEndpoint {
    /** UTF-8 takes at most three bytes per UTF-16 char, so a case within the char limit fits in this. */
    static final int MAX_BODY_BYTES = 3 * CaseJson.MAX_DOCUMENT_CHARS;
    static final List<String> PARAMETERS = List.of("asOf", "question", "explain");

    private static final String TEXT_PLAIN = "text/plain";

    private final OralmanEngine engine;

    DecisionsEndpoint(OralmanEngine engine) {
        this.engine = engine;
    }

    void handle(HttpExchange exchange) throws IOException {
        checkContentType(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        boolean explain = explain(query.get("explain"));
        List<String> offers = explain ? List.of(DecisionService.JSON) : List.of(DecisionService.JSON, TEXT_PLAIN);
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        String mediaType = Negotiation.mediaType(accept, offers).orElseThrow(() -> HttpProblem.of(406,
                "Not Acceptable", "Accept '" + accept + "' admits none of " + String.join(", ", offers)
                        + (explain ? " (explain=true answers JSON only)" : "")));
        LocalDate asOf = asOf(query.get("asOf"));
        Question question = question(query.get("question"));

        Case c;
        try {
            c = CaseJson.read(body(exchange));
        } catch (InvalidCaseException e) {
            throw HttpProblem.invalidCase(e.problems());
        }
        Decision d;
        try {
            d = engine.decide(c, question == null ? c.application().question() : question,
                    asOf == null ? c.application().filed() : asOf);
        } catch (UnsupportedOperationException e) {
            throw new HttpProblem(422, HttpProblem.UNSUPPORTED_QUESTION, "Unsupported question", e.getMessage(),
                    List.of(), Map.of());
        }

        exchange.getResponseHeaders().set("Vary", "Accept, Accept-Language");
        if (explain || mediaType.equals(TEXT_PLAIN)) {
            String language = Negotiation.language(exchange.getRequestHeaders().getFirst("Accept-Language"));
            String text = DecisionText.render(d, language);
            exchange.getResponseHeaders().set("Content-Language", language);
            if (explain) {
                ObjectNode root = JsonNodeFactory.instance.objectNode();
                root.set("decision", DecisionJson.toTree(d));
                root.put("explanation", text);
                root.put("language", language);
                DecisionService.send(exchange, 200, DecisionService.JSON, utf8(Canonical.print(root)));
            } else {
                DecisionService.send(exchange, 200, DecisionService.TEXT, utf8(text));
            }
        } else {
            DecisionService.send(exchange, 200, DecisionService.JSON, utf8(DecisionJson.write(d)));
        }
    }

    /** JSON, or any {@code application/*+json}; a charset, if named, must be UTF-8 (RFC 8259). */
    private static void checkContentType(String contentType) {
        if (contentType == null) {
            throw HttpProblem.of(415, "Unsupported Media Type", "the request has no Content-Type; send the case as "
                    + DecisionService.JSON);
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals(DecisionService.JSON) && !type.matches("application/[a-z0-9!#$&^_.-]+\\+json")) {
            throw HttpProblem.of(415, "Unsupported Media Type", "Content-Type '" + contentType
                    + "' is not JSON; send the case as " + DecisionService.JSON);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                String charset = kv[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw HttpProblem.of(415, "Unsupported Media Type", "charset '" + charset
                            + "' is not UTF-8; JSON is exchanged as UTF-8");
                }
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String name;
            String value;
            try {
                name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                value = kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            } catch (IllegalArgumentException e) {
                throw HttpProblem.invalidParameter(kv[0], "the parameter is not well percent-encoded");
            }
            if (!PARAMETERS.contains(name)) {
                throw HttpProblem.invalidParameter(name, "unknown parameter; known: " + String.join(", ", PARAMETERS));
            }
            if (params.put(name, value) != null) {
                throw HttpProblem.invalidParameter(name, "the parameter is given more than once");
            }
        }
        return params;
    }

    private static boolean explain(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw HttpProblem.invalidParameter("explain", "'" + value + "' is not true or false");
    }

    private static LocalDate asOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpProblem.invalidParameter("asOf", "'" + value + "' is not a date of the form YYYY-MM-DD"
                    + " that exists");
        }
    }

    private static Question question(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Question.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalidParameter("question", "'" + value + "' is not one of "
                    + Arrays.stream(Question.values()).map(Question::name).collect(Collectors.joining(", ")));
        }
    }

    /** The body as text, refusing more than the contract's limit before reading it all into memory. */
    private static String body(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
                    throw tooLarge(exchange, declared.trim() + " bytes");
                }
            } catch (NumberFormatException e) {
                // the HTTP server has refused malformed lengths already; the read below is bounded anyway
            }
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge(exchange, "more than " + MAX_BODY_BYTES + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.invalidCase(List.of(new Problem("", "the body is not UTF-8 text")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // RFC 8259 lets a parser ignore a byte order mark
        }
        if (text.length() > CaseJson.MAX_DOCUMENT_CHARS) {
            throw tooLarge(exchange, text.length() + " characters");
        }
        return text;
    }

    private static HttpProblem tooLarge(HttpExchange exchange, String size) {
        // the rest of the body is not read, so the connection cannot carry another request
        exchange.getResponseHeaders().set("Connection", "close");
        return HttpProblem.of(413, "Content Too Large", "the case has " + size + "; a case may have at most "
                + CaseJson.MAX_DOCUMENT_CHARS + " characters");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
