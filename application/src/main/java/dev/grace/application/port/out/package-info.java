/** Outbound ports: small capabilities named in hotel language, implemented by adapters and by in-memory fakes. */
package dev.grace.application.port.out;
