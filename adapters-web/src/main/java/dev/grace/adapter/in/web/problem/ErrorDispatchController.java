package dev.grace.adapter.in.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Boot's whitelabel/JSON error page: whatever the servlet container forwards to {@code /error}
 * (an exception thrown by a filter, a {@code sendError}) is answered as problem+json with the request id.
 */
@Hidden
@Controller
public final class ErrorDispatchController implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ErrorDispatchController.class);

    private final ProblemRenderer problems;

    public ErrorDispatchController(ProblemRenderer problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<byte[]> error(HttpServletRequest request) {
        String requestId = RequestIds.of(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Without the container's status this is a caller asking for /error by name: nothing lives there.
        int status = statusAttribute instanceof Integer code ? code : 404;
        HttpHeaders headers = new HttpHeaders();
        headers.set(RequestIds.HEADER, requestId);
        Problem problem;
        if (failure instanceof Throwable thrown && Problems.isDatabaseUnavailable(thrown)) {
            problem = Problems.databaseUnavailable();
        } else {
            if (failure instanceof Throwable thrown) {
                log.error("Unhandled failure before Spring MVC", thrown);
            }
            problem = ProblemException.forStatus(status);
        }
        if (problem.status() == 503) {
            headers.set(HttpHeaders.RETRY_AFTER, "1");
        }
        return problems.entity(problem, requestId, headers);
    }
}
