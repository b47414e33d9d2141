/** Test tools shared through the application test-jar with the adapters' and bootstrap's tests. */
package dev.grace.application.testing;
