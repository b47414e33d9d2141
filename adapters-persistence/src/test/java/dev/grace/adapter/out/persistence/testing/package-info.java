/**
 * The shared test fixture that finds a real PostgreSQL for tests ({@code TEST_DATABASE_URL} →
 * Testcontainers → embedded) and gives each test its own database. Shipped in this module's test-jar so
 * bootstrap's tests use the same lookup.
 */
package dev.grace.adapter.out.persistence.testing;
