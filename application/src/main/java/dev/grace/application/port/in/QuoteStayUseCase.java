package dev.grace.application.port.in;

import dev.grace.domain.StayQuote;

/** Quote a stay: every room type that fits the guests and has a rate on every night. */
public interface QuoteStayUseCase {
    /** @throws dev.grace.domain.RuleViolationException when the stay breaks a rule */
    StayQuote quote(QuoteStayQuery query);
}
