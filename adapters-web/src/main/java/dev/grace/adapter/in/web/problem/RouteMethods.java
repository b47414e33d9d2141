package dev.grace.adapter.in.web.problem;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Which methods the application's request mappings answer on a path. Needed where the servlet container,
 * not Spring MVC, refuses a method (TRACE): the container's {@code Allow} lists every method the dispatcher
 * servlet implements, whatever the path.
 */
public final class RouteMethods {
    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

    /** Looked up on use: the handler mappings are built after the controllers that need this. */
    public RouteMethods(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** The methods mapped on this path (without the context path, as received); empty when nothing is mapped there. */
    Set<HttpMethod> on(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<String> names = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings.orderedStream().toList()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
                if (patterns != null && patterns.getPatterns().stream().anyMatch(p -> p.matches(container))) {
                    // a mapping without methods (the error path) answers nothing of its own
                    info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(names::add);
                }
            }
        }
        Set<HttpMethod> methods = new LinkedHashSet<>();
        names.forEach(name -> methods.add(HttpMethod.valueOf(name)));
        return methods;
    }
}
