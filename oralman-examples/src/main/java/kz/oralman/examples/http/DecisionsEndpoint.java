package kz.oralman.examples.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.oralman.model.Case;
import kz.oralman.model.Question;
import kz.oralman.model.decision.Decision;
import kz.oralman.model.decision.Outcome;
import kz.oralman.model.json.Canonical;
import kz.oralman.model.json.CaseJson;
import kz.oralman.model.json.DecisionJson;
import kz.oralman.model.json.InvalidCaseException;
import kz.oralman.model.json.Problem;
import kz.oralman.rules.DecisionText;
import kz.oralman.rules.Messages;

/**
 * {@code POST /v1/decisions}, independent of the HTTP server: checks the request in the order a
 * client can fix it (media types, parameters and size before the body is read, then the case),
 * decides, and answers in the negotiated representation.
 */
final class DecisionsEndpoint {
    /** UTF-8 takes at most three bytes per UTF-16 char, so a case within the char limit fits in this. */
    static final int MAX_BODY_BYTES = 3 * CaseJson.MAX_DOCUMENT_CHARS;
    static final List<String> PARAMETERS = List.of("asOf", "question", "explain", "lang");

    private static final String TEXT_PLAIN = "text/plain";

    /** Decides a case; the engine in the service, a gated one in tests. */
    @FunctionalInterface
    interface Decider {
        Decision decide(Case c, Question question, LocalDate asOf);
    }

    /** What the headers and the query ask for, checked before the body is read. */
    record Prepared(String mediaType, boolean explain, LocalDate asOf, Question question, String lang,
                    String language) {
    }

    /** A response: status, media type, extra headers, body, and the outcome of the decision answered. */
    record Reply(int status, String contentType, Map<String, String> headers, byte[] body, Outcome outcome) {
    }

    private DecisionsEndpoint() {
    }

    /**
     * Checks what can be checked before the body is read.
     *
     * @param rawQuery the query string, still percent-encoded, or null
     * @param header the request's headers by name
     * @return what the request asks for
     * @throws HttpProblem if the request is refused
     */
    static Prepared prepare(String rawQuery, Function<String, String> header) {
        checkContentType(header.apply("Content-Type"));
        Map<String, String> query = query(rawQuery);
        boolean explain = explain(query.get("explain"));
        List<String> offers = explain ? List.of(DecisionService.JSON) : List.of(DecisionService.JSON, TEXT_PLAIN);
        String accept = header.apply("Accept");
        String mediaType = Negotiation.mediaType(accept, offers).orElseThrow(() -> HttpProblem.of(406,
                explain ? "detail.not-acceptable-explain" : "detail.not-acceptable", accept,
                String.join(", ", offers)));
        String lang = query.get("lang");
        if (lang != null && !Messages.LANGUAGES.contains(lang)) {
            throw HttpProblem.invalidParameter("lang", "parameter.one-of", lang, String.join(", ", Messages.LANGUAGES));
        }
        String language = lang != null ? lang : Negotiation.language(header.apply("Accept-Language"));
        String declared = header.apply("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                // the server refuses malformed lengths itself; the body read is bounded anyway
            }
        }
        return new Prepared(mediaType, explain, asOf(query.get("asOf")), question(query.get("question")), lang,
                language);
    }

    /**
     * Reads the case and decides it.
     *
     * @param p what the request asks for
     * @param body the body, at most {@link #MAX_BODY_BYTES} bytes
     * @param decider decides
     * @return the reply
     * @throws HttpProblem if the case is refused
     */
    static Reply decide(Prepared p, byte[] body, Decider decider) {
        Case c;
        try {
            c = CaseJson.read(text(body));
        } catch (InvalidCaseException e) {
            throw HttpProblem.invalidCase(e.problems());
        }
        LocalDate asOf = p.asOf() == null ? c.application().filed() : p.asOf();
        if (asOf.isBefore(c.application().filed())) {
            throw HttpProblem.invalidParameter("asOf", "parameter.before-filing", asOf.toString(),
                    c.application().filed().toString());
        }
        Decision d;
        try {
            d = decider.decide(c, p.question() == null ? c.application().question() : p.question(), asOf);
        } catch (UnsupportedOperationException e) {
            throw HttpProblem.unsupportedQuestion(e.getMessage());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Vary", "Accept, Accept-Language");
        ObjectNode decision = p.lang() == null ? DecisionJson.toTree(d)
                : DecisionJson.toTree(d, p.lang(), reasonText(d, p.lang()));
        if (p.explain() || p.mediaType().equals(TEXT_PLAIN)) {
            String text = DecisionText.render(d, p.language());
            headers.put("Content-Language", p.language());
            if (p.explain()) {
                ObjectNode root = JsonNodeFactory.instance.objectNode();
                root.set("decision", decision);
                root.put("explanation", text);
                root.put("language", p.language());
                return new Reply(200, DecisionService.JSON, headers, utf8(Canonical.print(root)), d.outcome());
            }
            return new Reply(200, DecisionService.TEXT, headers, utf8(text), d.outcome());
        }
        if (p.lang() != null) {
            headers.put("Content-Language", p.lang());
        }
        return new Reply(200, DecisionService.JSON, headers, utf8(Canonical.print(decision)), d.outcome());
    }

    /** The rendered text of each reason of a decision in a language. */
    static Function<kz.oralman.model.decision.Reason, String> reasonText(Decision d, String language) {
        Messages m = Messages.of(language);
        return r -> m.format(r.messageKey(), r.arguments(), d.terminology());
    }

    /** JSON, or any {@code application/*+json}; a charset, if named, must be UTF-8 (RFC 8259). */
    private static void checkContentType(String contentType) {
        if (contentType == null) {
            throw HttpProblem.of(415, "detail.no-content-type");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals(DecisionService.JSON) && !type.matches("application/[a-z0-9!#$&^_.-]+\\+json")) {
            throw HttpProblem.of(415, "detail.not-json", contentType);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                String charset = kv[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw HttpProblem.of(415, "detail.charset", charset);
                }
            }
        }
    }

    /**
     * The query parameters, each known and given once.
     *
     * @param raw the query string, percent-encoded, or null
     * @return the parameters by name
     * @throws HttpProblem naming a parameter that is unknown, repeated or badly encoded
     */
    static Map<String, String> query(String raw) {
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
                name = decode(kv[0]);
                value = kv.length == 2 ? decode(kv[1]) : "";
            } catch (IllegalArgumentException e) {
                throw HttpProblem.invalidParameter(kv[0], "parameter.encoding");
            }
            if (!PARAMETERS.contains(name)) {
                throw HttpProblem.invalidParameter(name, "parameter.unknown", String.join(", ", PARAMETERS));
            }
            if (params.put(name, value) != null) {
                throw HttpProblem.invalidParameter(name, "parameter.repeated");
            }
        }
        return params;
    }

    /** Percent-decodes strictly: a bad escape ({@code %zz}) or bytes that are not UTF-8 are refused. */
    static String decode(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("incomplete escape");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int j = i;
                while (j < s.length() && s.charAt(j) != '%') {
                    j++;
                }
                String run = s.substring(i, j).replace('+', ' ');
                byte[] b = strictUtf8(run);
                bytes.write(b, 0, b.length);
                i = j;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }

    private static byte[] strictUtf8(String s) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a lone surrogate", e);
        }
    }

    private static boolean explain(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw HttpProblem.invalidParameter("explain", "parameter.boolean", value);
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
            throw HttpProblem.invalidParameter("asOf", "parameter.date", value);
        }
    }

    private static Question question(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Question.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalidParameter("question", "parameter.one-of", value,
                    Arrays.stream(Question.values()).map(Question::name).collect(Collectors.joining(", ")));
        }
    }

    private static String text(byte[] bytes) {
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
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
            throw tooLarge();
        }
        return text;
    }

    /** The body is not read to its end, so the connection cannot carry another request. */
    static HttpProblem tooLarge() {
        return HttpProblem.of(413, "detail.too-large", String.valueOf(CaseJson.MAX_DOCUMENT_CHARS))
                .withHeader("Connection", "close");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
