package dev.grace.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Grace takes no multipart bodies, so no request is ever treated as one. With Boot's resolver the
 * dispatcher would parse any {@code multipart/*} body before routing: a broken one (or a signed webhook,
 * whose body the signature filter has already read) would fail as a 500 instead of getting its path's
 * 404, 405 or 415.
 */
final class NoMultipartBodies implements MultipartResolver {

    @Override
    public boolean isMultipart(HttpServletRequest request) {
        return false;
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
        // Never called: isMultipart is always false.
        throw new MultipartException("multipart bodies are not accepted");
    }

    @Override
    public void cleanupMultipart(MultipartHttpServletRequest request) {
        // nothing was resolved, so nothing to clean up
    }
}
