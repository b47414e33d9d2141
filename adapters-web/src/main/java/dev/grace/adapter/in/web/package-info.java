/**
 * The HTTP edge of Grace: Spring MVC controllers, signed-webhook verification, request ids and problem+json.
 *
 * <p>Depends on the application's inbound ports ({@code dev.grace.application.port.in}) and the domain's
 * values, never on another adapter. {@link dev.grace.adapter.in.web.WebAdapterConfiguration} is the one
 * entry point the bootstrap imports.
 */
package dev.grace.adapter.in.web;
