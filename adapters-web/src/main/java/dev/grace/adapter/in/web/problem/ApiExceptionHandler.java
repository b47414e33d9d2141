package dev.grace.adapter.in.web.problem;

import dev.grace.application.port.out.DatabaseUnavailableException;
import dev.grace.domain.RuleViolationException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every exception that reaches Spring MVC becomes problem+json here. The body is built as bytes with its
 * content type preset, so Spring's content negotiation cannot turn an error into a 406 or into HTML:
 * errors are problem+json whatever {@code Accept} says.
 */
@Hidden
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemRenderer problems;

    public ApiExceptionHandler(ProblemRenderer problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<byte[]> problem(ProblemException failure, HttpServletRequest request) {
        return problems.entity(failure.problem(), RequestIds.of(request));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<byte[]> ruleViolation(RuleViolationException failure, HttpServletRequest request) {
        return problems.entity(Problems.ruleViolation(failure), RequestIds.of(request));
    }

    @ExceptionHandler(DatabaseUnavailableException.class)
    ResponseEntity<byte[]> databaseUnavailable(DatabaseUnavailableException failure, HttpServletRequest request) {
        return unavailable(failure, request);
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<byte[]> notFound(Exception failure, HttpServletRequest request) {
        return problems.entity(Problems.notFound(), RequestIds.of(request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> methodNotAllowed(HttpRequestMethodNotSupportedException failure, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        Set<HttpMethod> allowed = failure.getSupportedHttpMethods();
        if (allowed != null && !allowed.isEmpty()) {
            headers.setAllow(allowed);
        }
        String allowedList = allowed == null ? "" : allowed.stream().map(HttpMethod::name).sorted()
                .collect(Collectors.joining(", "));
        Problem problem = Problem.of(405, "method_not_allowed",
                "This path does not answer " + safeMethod(request) + "; it answers " + allowedList + ".");
        return problems.entity(problem, RequestIds.of(request), headers);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<byte[]> notAcceptable(HttpMediaTypeNotAcceptableException failure, HttpServletRequest request) {
        return problems.entity(Problem.of(406, "not_acceptable",
                "This resource is only available as application/json; adjust the Accept header."),
                RequestIds.of(request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<byte[]> unsupportedMediaType(HttpMediaTypeNotSupportedException failure, HttpServletRequest request) {
        return problems.entity(Problem.of(415, "unsupported_media_type",
                "The request's Content-Type is not supported here."), RequestIds.of(request));
    }

    /** Anything else: Spring's own 4xx keep their status; the rest is a bug or the database going away. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> anything(Exception failure, HttpServletRequest request) {
        if (Problems.isDatabaseUnavailable(failure)) {
            return unavailable(failure, request);
        }
        if (failure instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            return problems.entity(ProblemException.forStatus(spring.getStatusCode().value()), RequestIds.of(request));
        }
        log.error("Unhandled failure answering {} {}", safeMethod(request), request.getRequestURI(), failure);
        return problems.entity(Problems.internalError(), RequestIds.of(request));
    }

    private ResponseEntity<byte[]> unavailable(Exception failure, HttpServletRequest request) {
        log.warn("Database unavailable answering {} {}: {}", safeMethod(request), request.getRequestURI(),
                failure.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return problems.entity(Problems.databaseUnavailable(), RequestIds.of(request), headers);
    }

    /** Methods are echoed into details; an odd token from the wire is not. */
    private static String safeMethod(HttpServletRequest request) {
        String method = request.getMethod();
        return method != null && method.matches("[A-Z]{1,16}") ? method : "this method";
    }
}
