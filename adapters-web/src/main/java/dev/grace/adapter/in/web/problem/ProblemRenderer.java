package dev.grace.adapter.in.web.problem;

import dev.grace.adapter.in.web.wire.WireJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Turns a {@link Problem} into {@code application/problem+json} bytes. Used by the exception handler, the
 * error controller, the signature filter and the webhook renderer, so every error has one shape.
 */
public final class ProblemRenderer {
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final WireJson json;

    public ProblemRenderer(WireJson json) {
        this.json = json;
    }

    /** RFC 9457 with {@code type} {@code about:blank}: the title is the status phrase and {@code code} says what broke. */
    public byte[] render(Problem problem, String requestId) {
        return json.write(new ProblemDocument(
                "about:blank",
                title(problem.status()),
                problem.status(),
                problem.detail(),
                problem.code(),
                requestId,
                List.copyOf(problem.errors())));
    }

    public ResponseEntity<byte[]> entity(Problem problem, String requestId, HttpHeaders extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extraHeaders);
        headers.setContentType(PROBLEM_JSON);
        return ResponseEntity.status(problem.status()).headers(headers).body(render(problem, requestId));
    }

    public ResponseEntity<byte[]> entity(Problem problem, String requestId) {
        return entity(problem, requestId, HttpHeaders.EMPTY);
    }

    /** For filters, which answer before Spring MVC sees the request. */
    public void write(HttpServletResponse response, Problem problem, String requestId) throws IOException {
        byte[] body = render(problem, requestId);
        response.setStatus(problem.status());
        response.setContentType(PROBLEM_JSON.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    static String title(int status) {
        // RFC 9110's names, whatever phrase the framework's enum still carries.
        if (status == 413) {
            return "Content Too Large";
        }
        if (status == 422) {
            return "Unprocessable Content";
        }
        HttpStatus known = HttpStatus.resolve(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status >= 500 ? "Server Error" : "Client Error";
    }
}
