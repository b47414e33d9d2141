/**
 * What goes on the wire: the JSON response records (snake_case, money as two-decimal strings, dates as
 * {@code YYYY-MM-DD}, instants in UTC with {@code Z}), the MapStruct mappers that build them from domain
 * values, and the one JSON mapper every response and every event body goes through.
 */
package dev.grace.adapter.in.web.wire;
