/** Plain classes implementing the use cases; wired explicitly in bootstrap, never by annotation. */
package dev.grace.application.service;
