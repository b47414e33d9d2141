/**
 * Starts Grace: reads the environment, picks production or development mode, wires every adapter and use case
 * with explicit {@code @Bean} methods. The only module that sees all the others.
 */
package dev.grace.bootstrap;
