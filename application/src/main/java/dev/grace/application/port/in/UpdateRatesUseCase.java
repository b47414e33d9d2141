package dev.grace.application.port.in;

public interface UpdateRatesUseCase {
    /** @throws dev.grace.domain.RuleViolationException unknown_room_type, invalid_rate, rates_in_past */
    RatesUpdated updateRates(UpdateRatesCommand command);
}
