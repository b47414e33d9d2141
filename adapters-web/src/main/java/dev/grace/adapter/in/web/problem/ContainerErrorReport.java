package dev.grace.adapter.in.web.problem;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatContextCustomizer;

/**
 * Errors Tomcat answers itself, before any filter or servlet sees the request (a path it cannot decode or
 * normalise such as {@code /%}, {@code /..} or an encoded slash, {@code CONNECT}, an unknown {@code Expect}):
 * problem+json with a request id like every other error, instead of Tomcat's HTML page without one.
 */
public final class ContainerErrorReport extends ErrorReportValve {
    private static final Logger log = LoggerFactory.getLogger(ContainerErrorReport.class);

    private final ProblemRenderer problems;

    private ContainerErrorReport(ProblemRenderer problems) {
        this.problems = problems;
    }

    /**
     * Puts this report in place of the host's HTML one. Done when the host starts, after every customizer
     * (Boot adds its own {@link ErrorReportValve}), and named as the host's report class so Tomcat adds no other.
     */
    public static TomcatContextCustomizer installer(ProblemRenderer problems) {
        return context -> install(context, problems);
    }

    private static void install(Context context, ProblemRenderer problems) {
        Container parent = context.getParent();
        if (!(parent instanceof Host host)) {
            return;
        }
        host.addLifecycleListener(event -> {
            if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ContainerErrorReport(problems));
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        });
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // Same guards as Tomcat's own report: only errors, only once, never over a body already written.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Problem problem = ProblemException.forStatus(status);
        if (status == 501) {
            // Tomcat's answer to a method it does not implement at all (CONNECT)
            problem = Problem.of(501, "method_not_allowed", "This server does not implement this method.");
        } else if (problem.status() != status) {
            problem = Problem.of(status, status >= 500 ? "internal_error" : "bad_request",
                    "The server cannot process this request as sent.");
        }
        String requestId = RequestIds.of(request);
        byte[] body = problems.render(problem, requestId);
        try {
            response.setHeader(RequestIds.HEADER, requestId);
            response.setContentType(ProblemRenderer.PROBLEM_JSON.toString());
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException failed) {
            log.debug("Could not write the container's error answer", failed);
        }
    }
}
