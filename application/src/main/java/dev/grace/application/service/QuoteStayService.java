package dev.grace.application.service;

import dev.grace.application.port.in.QuoteStayQuery;
import dev.grace.application.port.in.QuoteStayUseCase;
import dev.grace.application.port.out.LoadInventoryPort;
import dev.grace.application.port.out.LoadRatesPort;
import dev.grace.application.port.out.LoadRoomTypesPort;
import dev.grace.application.port.out.UnitOfWork;
import dev.grace.domain.HotelCalendar;
import dev.grace.domain.NightlyRate;
import dev.grace.domain.RateQuote;
import dev.grace.domain.RoomType;
import dev.grace.domain.RoomTypeCode;
import dev.grace.domain.Stay;
import dev.grace.domain.StayPolicy;
import dev.grace.domain.StayQuote;
import dev.grace.domain.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Quotes a stay: every room type that takes the guests and has a rate, in one currency, on every night. */
public final class QuoteStayService implements QuoteStayUseCase {
    private final LoadRoomTypesPort roomTypes;
    private final LoadRatesPort rates;
    private final LoadInventoryPort inventory;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final StayPolicy policy;

    public QuoteStayService(LoadRoomTypesPort roomTypes, LoadRatesPort rates, LoadInventoryPort inventory,
            UnitOfWork unitOfWork, Clock clock, StayPolicy policy) {
        this.roomTypes = Objects.requireNonNull(roomTypes, "roomTypes");
        this.rates = Objects.requireNonNull(rates, "rates");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @throws dev.grace.domain.RuleViolationException check_in_in_past, check_out_not_after_check_in,
     *     stay_too_long, check_in_too_far, invalid_guests — every one that applies, in that order
     */
    @Override
    public StayQuote quote(QuoteStayQuery query) {
        LocalDate today = HotelCalendar.today(clock);
        Violations violations = new Violations()
                .addAll(policy.checkStay(query.checkIn(), query.checkOut(), today))
                .addAll(StayPolicy.checkGuests(query.guests()));
        violations.throwIfAny();
        Stay stay = new Stay(query.checkIn(), query.checkOut());
        // One unit of work, so one connection. Not one snapshot: at the database's READ COMMITTED each read
        // sees what was committed when it ran, so a quote racing a change can mix before and after. A quote
        // promises nothing (booking re-checks everything under locks), and availability never goes below 0.
        List<RateQuote> quotes = unitOfWork.inTransaction(() -> quotesFor(stay, query));
        return new StayQuote(stay, query.guests(), quotes);
    }

    private List<RateQuote> quotesFor(Stay stay, QuoteStayQuery query) {
        List<RoomType> candidates = candidates(query).stream()
                .filter(roomType -> roomType.maxGuests() >= query.guests())
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<RoomTypeCode, List<NightlyRate>> ratesByType = rates.ratesForStay(stay);
        Map<RoomTypeCode, Map<LocalDate, Integer>> bookedByType = inventory.bookedRooms(stay);
        List<RateQuote> quotes = new ArrayList<>();
        for (RoomType roomType : candidates) {
            RateQuote.of(roomType, stay, ratesByType.getOrDefault(roomType.code(), List.of()),
                    bookedByType.getOrDefault(roomType.code(), Map.of()))
                    .ifPresent(quotes::add);
        }
        return quotes;
    }

    private List<RoomType> candidates(QuoteStayQuery query) {
        if (query.roomType().isEmpty()) {
            return roomTypes.allRoomTypes();
        }
        String code = query.roomType().get();
        // A code that is not well formed names no room type: the filter matches nothing.
        if (!RoomTypeCode.isWellFormed(code)) {
            return List.of();
        }
        return roomTypes.findRoomType(new RoomTypeCode(code)).stream().toList();
    }
}
