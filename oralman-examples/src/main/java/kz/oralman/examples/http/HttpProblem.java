package kz.oralman.examples.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.oralman.model.json.Problem;

/**
 * A request the service refuses, answered as an RFC 9457 problem document
 * ({@code application/problem+json}). Thrown inside a handler, turned into a response in one place.
 *
 * <p>Problems of the case body carry the JSON Pointer of the value at fault ({@code path}); problems
 * of the query string carry the name of the parameter ({@code parameter}).
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

    /** One item of the {@code errors} member. */
    record Error(String member, String where, String message) {
        Error {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(message, "message");
        }

        static Error at(Problem p) {
            return new Error("path", p.path(), p.message());
        }

        static Error parameter(String name, String message) {
            return new Error("parameter", name, message);
        }
    }

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final transient List<Error> errors;
    private final transient Map<String, String> headers;

    HttpProblem(int status, String type, String title, String detail, List<Error> errors, Map<String, String> headers) {
        super(status + " " + title + (detail.isEmpty() ? "" : ": " + detail), null, false, false);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A problem with no more meaning than its status, titled with the status's reason phrase. */
    static HttpProblem of(int status, String title, String detail) {
        return new HttpProblem(status, BLANK, title, detail, List.of(), Map.of());
    }

    static HttpProblem invalidCase(List<Problem> problems) {
        return new HttpProblem(400, INVALID_CASE, "Invalid case", problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " in the case",
                problems.stream().map(Error::at).toList(), Map.of());
    }

    static HttpProblem invalidParameter(String name, String message) {
        return new HttpProblem(400, INVALID_REQUEST, "Invalid request", "a query parameter is invalid",
                List.of(Error.parameter(name, message)), Map.of());
    }

    static HttpProblem methodNotAllowed(String method, String allow) {
        return new HttpProblem(405, BLANK, "Method Not Allowed", "method " + method + " is not allowed here; allowed: "
                + allow, List.of(), Map.of("Allow", allow));
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** @return the problem document */
    ObjectNode toTree() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", type);
        root.put("title", title);
        root.put("status", status);
        if (!detail.isEmpty()) {
            root.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            ArrayNode list = root.putArray("errors");
            errors.forEach(e -> list.addObject().put(e.member(), e.where()).put("message", e.message()));
        }
        return root;
    }
}
