/**
 * The PostgreSQL adapter: the out ports implemented with Spring's {@code JdbcClient} over a HikariCP pool
 * (or one connection per unit of work in serverless mode), the schema as Flyway migrations, and the pieces
 * bootstrap needs to start it: {@link dev.grace.adapter.out.persistence.DatabaseUrl},
 * {@link dev.grace.adapter.out.persistence.PoolSettings}, {@link dev.grace.adapter.out.persistence.DataSources},
 * {@link dev.grace.adapter.out.persistence.PoolCheck} and the embedded
 * {@link dev.grace.adapter.out.persistence.DevelopmentDatabase}.
 *
 * <p>Depends on the application's ports and the domain; never on another adapter.
 */
package dev.grace.adapter.out.persistence;
