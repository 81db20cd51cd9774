package kz.oralman.examples.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import kz.oralman.model.json.Problem;

/**
 * A request the service refuses, answered as an RFC 9457 problem document
 * ({@code application/problem+json}) in the language the client accepts (kk, ru, en). Thrown inside a
 * handler, turned into a response in one place.
 *
 * <p>Problems of the case body carry the JSON Pointer of the value at fault ({@code path}) and the
 * message of the case contract (English); problems of the query string carry the name of the
 * parameter ({@code parameter}) and a localised message.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The prefix of the problem types this service defines; tag URIs are identifiers, not links. */
    static final String TYPE_PREFIX = "tag:oralman.kz,2025:problem:";
    static final String INVALID_CASE = TYPE_PREFIX + "invalid-case";
    static final String INVALID_REQUEST = TYPE_PREFIX + "invalid-request";
    static final String UNSUPPORTED_QUESTION = TYPE_PREFIX + "unsupported-question";
    /** RFC 9457: a problem with no more semantics than its status code. */
    static final String BLANK = "about:blank";

    /** A localised text: a key of the problem bundles and its arguments, or a literal. */
    record Text(String key, List<String> arguments, String literal) {
        static Text of(String key, String... arguments) {
            return new Text(key, List.of(arguments), null);
        }

        static Text literal(String text) {
            return new Text(null, List.of(), text);
        }

        String in(String language) {
            if (literal != null) {
                return literal;
            }
            String pattern = bundle(language, key);
            for (int i = 0; i < arguments.size(); i++) {
                pattern = pattern.replace("{" + i + "}", arguments.get(i));
            }
            return pattern;
        }
    }

    /** One item of the {@code errors} member. */
    record Error(String member, String where, Text message) {
        Error {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(message, "message");
        }

        static Error at(Problem p) {
            return new Error("path", p.path(), Text.literal(p.message()));
        }

        static Error parameter(String name, String key, String... arguments) {
            return new Error("parameter", name, Text.of(key, arguments));
        }
    }

    private final int status;
    private final String type;
    private final Text title;
    private final Text detail;
    private final transient List<Error> errors;
    private final transient Map<String, String> headers;

    HttpProblem(int status, String type, Text title, Text detail, List<Error> errors, Map<String, String> headers) {
        super(status + " " + title.in("en") + ": " + detail.in("en"), null, false, false);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A problem with no more meaning than its status, titled by the status. */
    static HttpProblem of(int status, String detailKey, String... arguments) {
        return new HttpProblem(status, BLANK, title(status), Text.of(detailKey, arguments), List.of(), Map.of());
    }

    /** The same problem with one more response header. */
    HttpProblem withHeader(String name, String value) {
        Map<String, String> h = new java.util.HashMap<>(headers);
        h.put(name, value);
        return new HttpProblem(status, type, title, detail, errors, h);
    }

    static HttpProblem invalidCase(List<Problem> problems) {
        return new HttpProblem(400, INVALID_CASE, Text.of("title.invalid-case"),
                Text.of("detail.invalid-case", String.valueOf(problems.size())),
                problems.stream().map(Error::at).toList(), Map.of());
    }

    static HttpProblem invalidParameter(String name, String key, String... arguments) {
        return new HttpProblem(400, INVALID_REQUEST, Text.of("title.invalid-request"), Text.of("detail.invalid-request"),
                List.of(Error.parameter(name, key, arguments)), Map.of());
    }

    static HttpProblem unsupportedQuestion(String message) {
        return new HttpProblem(422, UNSUPPORTED_QUESTION, Text.of("title.unsupported-question"),
                Text.literal(message), List.of(), Map.of());
    }

    static HttpProblem methodNotAllowed(String method, String allow) {
        return new HttpProblem(405, BLANK, title(405), Text.of("detail.method", method, allow), List.of(),
                Map.of("Allow", allow));
    }

    /** The title of a status: the localised reason phrase, or the standard one in English. */
    static Text title(int status) {
        return has("title." + status) ? Text.of("title." + status) : Text.literal(reason(status));
    }

    private static String reason(int status) {
        org.eclipse.jetty.http.HttpStatus.Code code = org.eclipse.jetty.http.HttpStatus.getCode(status);
        return code == null ? "Error " + status : code.getMessage();
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    /**
     * The problem document.
     *
     * @param language kk, ru or en
     * @return a new tree
     */
    ObjectNode toTree(String language) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", type);
        root.put("title", title.in(language));
        root.put("status", status);
        String d = detail.in(language);
        if (!d.isEmpty()) {
            root.put("detail", d);
        }
        if (!errors.isEmpty()) {
            ArrayNode list = root.putArray("errors");
            errors.forEach(e -> list.addObject().put(e.member(), e.where()).put("message", e.message().in(language)));
        }
        return root;
    }

    private static boolean has(String key) {
        return bundleOf("en").containsKey(key);
    }

    private static ResourceBundle bundleOf(String language) {
        return ResourceBundle.getBundle("kz.oralman.examples.http.problems", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String bundle(String language, String key) {
        try {
            return bundleOf(language).getString(key);
        } catch (MissingResourceException e) {
            return bundleOf("en").getString(key);
        }
    }
}
