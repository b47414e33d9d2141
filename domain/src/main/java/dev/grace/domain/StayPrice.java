package dev.grace.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a stay costs in one room type: the price of each night and their sum, all in one currency. */
public record StayPrice(Money total, List<NightlyRate> nightly) {
    public StayPrice {
        Objects.requireNonNull(total, "total");
        nightly = List.copyOf(nightly);
        if (nightly.isEmpty()) {
            throw new IllegalArgumentException("a stay has at least one night");
        }
        Money sum = Money.zero(total.currency());
        for (NightlyRate night : nightly) {
            sum = sum.plus(night.price());
        }
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("total must be the sum of the nights");
        }
    }

    /**
     * The price of the stay from the rates of one room type, or empty when a night of the stay has no rate
     * or the nights are priced in more than one currency (such a stay cannot be quoted or booked).
     *
     * @param rates the room type's rates; nights outside the stay are ignored
     */
    public static Optional<StayPrice> of(Stay stay, Collection<NightlyRate> rates) {
        Objects.requireNonNull(stay, "stay");
        Map<LocalDate, NightlyRate> byDate = new HashMap<>();
        for (NightlyRate rate : rates) {
            byDate.put(rate.date(), rate);
        }
        List<NightlyRate> nightly = new ArrayList<>(stay.nights());
        Money total = null;
        for (LocalDate night : stay.dates()) {
            NightlyRate rate = byDate.get(night);
            if (rate == null || (total != null && !total.currency().equals(rate.price().currency()))) {
                return Optional.empty();
            }
            nightly.add(rate);
            total = total == null ? rate.price() : total.plus(rate.price());
        }
        return Optional.of(new StayPrice(total, nightly));
    }
}
