/** {@code GET /health}: database and pool status for operators; 200 when the database answers, else 503. */
package dev.grace.adapter.in.web.health;
