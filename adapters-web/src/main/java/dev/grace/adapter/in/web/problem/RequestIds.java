package dev.grace.adapter.in.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** Where the request id lives during a request, and which caller-supplied ids are taken over. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** MDC keys; log patterns may name them. */
    public static final String MDC_REQUEST_ID = "request_id";
    public static final String MDC_EVENT_ID = "event_id";

    static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:=+/@-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id when it is safe to echo into headers, logs and bodies; otherwise a fresh one. */
    static String choose(String callerId) {
        if (callerId != null && ACCEPTED.matcher(callerId).matches()) {
            return callerId;
        }
        return UUID.randomUUID().toString();
    }

    /** The id of the request being served; chosen now if the request id filter did not run (the container's own errors), never null. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String value) {
            return value;
        }
        // Answers written before the filter ran (the container's own errors) still take over the caller's id.
        String fresh = choose(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }
}
