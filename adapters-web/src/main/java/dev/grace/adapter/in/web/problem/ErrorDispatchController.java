package dev.grace.adapter.in.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
    private final RouteMethods routes;

    public ErrorDispatchController(ProblemRenderer problems, RouteMethods routes) {
        this.problems = problems;
        this.routes = routes;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<byte[]> error(HttpServletRequest request, HttpServletResponse response) {
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
        } else if (status == 405 && failure == null) {
            problem = refusedByContainer(request, response, headers);
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

    /**
     * A method the container refuses before any filter runs (TRACE). Its {@code Allow} names every method the
     * dispatcher servlet implements; the answer names what the path's mappings answer instead, and a path
     * nothing is mapped on is 404 as for any other method.
     */
    private Problem refusedByContainer(HttpServletRequest request, HttpServletResponse response, HttpHeaders headers) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value.substring(Math.min(value.length(),
                request.getContextPath().length())) : "";
        Set<HttpMethod> allowed = path.startsWith("/") ? routes.on(path) : Set.of();
        // drops the container's Allow header, which the Servlet API cannot remove alone
        response.reset();
        if (allowed.isEmpty()) {
            return Problems.notFound();
        }
        headers.setAllow(allowed);
        // not named: the error dispatch reports GET as the method, whatever the caller sent
        return Problem.of(405, "method_not_allowed", "This path does not answer this method; it answers "
                + allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", ")) + ".");
    }
}
