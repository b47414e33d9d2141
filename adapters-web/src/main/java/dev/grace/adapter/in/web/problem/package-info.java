/**
 * Cross-cutting HTTP concerns, each in one place: request ids ({@code X-Request-Id}, logging MDC) and the
 * RFC 9457 problem+json answer for every error path, Spring's own (unknown route, wrong method, unacceptable
 * media type) and the servlet container's error dispatch included.
 */
package dev.grace.adapter.in.web.problem;
