/**
 * {@code POST /webhooks}: the body cap and signature check (a servlet filter, so nothing unauthenticated
 * reaches Spring MVC or a use case), then media type, JSON and envelope checks, then the handle-event use
 * case with a renderer that turns its result into the bytes stored for idempotent replays.
 */
package dev.grace.adapter.in.web.webhook;
