package kz.oralman.examples.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import kz.oralman.model.json.Canonical;

/**
 * Jetty's own refusals (a request that is not HTTP, headers over the limit, a URI that cannot be
 * decoded such as {@code %zz}) as RFC 9457 problems, like every other answer: never an HTML page,
 * never a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private final int maxHeaderBytes;
    private final long idleSeconds;

    ProblemErrorHandler(int maxHeaderBytes, long idleSeconds) {
        this.maxHeaderBytes = maxHeaderBytes;
        this.idleSeconds = idleSeconds;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String language = Negotiation.language(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        String reason = cause != null && cause.getMessage() != null && !cause.getMessage().isBlank() ? cause.getMessage()
                : message;
        HttpProblem p = problem(code, reason, request.getHttpURI() == null ? "" : request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, DecisionService.PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, language);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(Canonical.print(p.toTree(language)).getBytes(StandardCharsets.UTF_8)),
                callback);
    }

    private HttpProblem problem(int status, String message, String path) {
        return switch (status) {
            case 404 -> HttpProblem.of(404, "detail.not-found", path == null ? "" : path);
            case 408 -> HttpProblem.of(408, "detail.timeout", String.valueOf(idleSeconds));
            case 413 -> DecisionsEndpoint.tooLarge();
            case 414 -> HttpProblem.of(414, "detail.uri-too-long");
            case 431 -> HttpProblem.of(431, "detail.headers-too-large", String.valueOf(maxHeaderBytes));
            case 500 -> HttpProblem.of(500, "detail.internal");
            default -> {
                String reason = plain(message, status).replaceFirst("^[0-9]{3}: ", "");
                yield reason.equalsIgnoreCase("Bad Request") || reason.equals("status " + status)
                        ? HttpProblem.of(status, "detail.bad-request-line")
                        : HttpProblem.of(status, "detail.bad-http", reason);
            }
        };
    }

    /** The server's reason in a few plain words: no class names, no control characters. */
    private static String plain(String message, int status) {
        String m = message == null || message.isBlank() ? "status " + status : message;
        m = m.replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.[A-Z][A-Za-z0-9$]*(: )?", "").replaceAll("\\p{Cntrl}", " ").trim();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
