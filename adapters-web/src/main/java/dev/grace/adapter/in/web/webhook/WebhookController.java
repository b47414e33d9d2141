package dev.grace.adapter.in.web.webhook;

import dev.grace.adapter.in.web.problem.Problem;
import dev.grace.adapter.in.web.problem.ProblemException;
import dev.grace.adapter.in.web.problem.ProblemRenderer;
import dev.grace.adapter.in.web.problem.RequestIds;
import dev.grace.adapter.in.web.wire.HotelWireMapper;
import dev.grace.adapter.in.web.wire.WireJson;
import dev.grace.application.port.in.EventOutcome;
import dev.grace.application.port.in.HandleEventUseCase;
import dev.grace.application.port.in.IncomingEvent;
import dev.grace.application.port.in.RecordedResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks} after the signature filter: media type (415), JSON and envelope (400), then the
 * handle-event use case. Stored answers are replayed byte for byte with {@code Idempotent-Replayed: true}.
 */
@RestController
public final class WebhookController implements WebhookApi {
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final HandleEventUseCase handleEvent;
    private final EventParser parser;
    private final HotelWireMapper mapper;
    private final WireJson json;
    private final ProblemRenderer problems;

    public WebhookController(HandleEventUseCase handleEvent, EventParser parser, HotelWireMapper mapper, WireJson json,
            ProblemRenderer problems) {
        this.handleEvent = handleEvent;
        this.parser = parser;
        this.mapper = mapper;
        this.json = json;
        this.problems = problems;
    }

    @Override
    @PostMapping(SignedWebhookFilter.PATH)
    public ResponseEntity<byte[]> receive(HttpServletRequest request) {
        // Fail closed: without the filter's verdict this request was never authenticated.
        VerifiedDelivery delivery = VerifiedDelivery.of(request)
                .orElseThrow(() -> new IllegalStateException("webhook reached the controller without verification"));
        checkMediaType(request);
        ParsedEvent event;
        try {
            event = parser.parse(delivery.body(), delivery.verification().webhookId());
        } catch (MalformedJsonException malformed) {
            throw new ProblemException(Problem.of(400, "malformed_json", malformed.getMessage()));
        } catch (InvalidEventException invalid) {
            throw new ProblemException(Problem.invalid(400, "invalid_event",
                    "The event is incomplete or has a field of the wrong type.", invalid.errors()));
        }
        MDC.put(RequestIds.MDC_EVENT_ID, event.eventId());
        String requestId = RequestIds.of(request);
        EventOutcome outcome = handleEvent.handle(
                new IncomingEvent(event.eventId(), sha256Hex(delivery.body()), event.command()),
                new WebEventRenderer(mapper, json, problems, requestId));
        RecordedResponse response = outcome.response();
        log.info("Event {} of type {} answered {}{}", event.eventId(), event.type(), response.status(),
                outcome.replayed() ? " (replayed)" : "");
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.status())
                .contentType(response.status() >= 400 ? ProblemRenderer.PROBLEM_JSON : MediaType.APPLICATION_JSON);
        if (outcome.replayed()) {
            answer.header(REPLAYED_HEADER, "true");
        }
        return answer.body(response.body());
    }

    /** JSON in UTF-8 only, not compressed: anything else would be signed bytes we cannot read as sent. */
    private static void checkMediaType(HttpServletRequest request) {
        List<String> encodings = Collections.list(request.getHeaders(HttpHeaders.CONTENT_ENCODING));
        for (String header : encodings) {
            for (String coding : header.split(",")) {
                if (!coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
                    throw unsupported("Content-Encoding must be identity; compressed bodies are not accepted.");
                }
            }
        }
        List<String> types = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        if (types.size() != 1) {
            throw unsupported("Content-Type must be given once, as application/json.");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(types.get(0));
        } catch (InvalidMediaTypeException notAType) {
            throw unsupported("Content-Type must be application/json.");
        }
        boolean json = type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                && !type.getSubtype().startsWith("*");
        if (!json) {
            throw unsupported("Content-Type must be application/json or application/*+json.");
        }
        String charset = type.getParameter("charset");
        if (charset != null && !isUtf8(charset)) {
            throw unsupported("The body must be UTF-8; charset " + describe(charset) + " is not accepted.");
        }
    }

    private static boolean isUtf8(String charset) {
        String name = charset.startsWith("\"") && charset.endsWith("\"") && charset.length() >= 2
                ? charset.substring(1, charset.length() - 1) : charset;
        try {
            return Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Echo a charset name only when it looks like one. */
    private static String describe(String charset) {
        return charset.matches("[A-Za-z0-9._:\"-]{1,40}") ? charset.toLowerCase(Locale.ROOT) : "given";
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(Problem.of(415, "unsupported_media_type", detail));
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is unavailable", impossible);
        }
    }
}
