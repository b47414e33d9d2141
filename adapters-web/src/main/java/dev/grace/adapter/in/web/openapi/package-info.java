/** The OpenAPI 3 description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
package dev.grace.adapter.in.web.openapi;
