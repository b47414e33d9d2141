package dev.grace.adapter.in.web.webhook;

import java.util.List;

/** The request headers a signature check reads; names are case-insensitive, as in HTTP. */
public interface SignedHeaders {
    /** Every value of the header, in order; empty when absent. */
    List<String> values(String name);

    /** Every header name present. */
    List<String> names();
}
