/**
 * One contract suite per out port, each run against the application's in-memory fake and the JDBC adapter
 * (pooled and serverless) on a real PostgreSQL.
 */
package dev.grace.adapter.out.persistence.contract;
