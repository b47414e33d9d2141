/** The public read side: {@code GET /rates} (quote a stay) and {@code GET /room-types}. */
package dev.grace.adapter.in.web.rates;
