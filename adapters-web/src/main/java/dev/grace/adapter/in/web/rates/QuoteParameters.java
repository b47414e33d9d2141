package dev.grace.adapter.in.web.rates;

import dev.grace.adapter.in.web.problem.FieldProblem;
import dev.grace.adapter.in.web.problem.Problem;
import dev.grace.adapter.in.web.problem.ProblemException;
import dev.grace.application.port.in.QuoteStayQuery;
import dev.grace.domain.RoomTypeCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape check of {@code GET /rates}'s query (400 {@code invalid_parameter}, every broken parameter
 * listed): each known parameter at most once, not empty, well-formed. Unknown parameters are ignored. The
 * rules that need today's date are the use case's (422).
 */
final class QuoteParameters {
    static final String CHECK_IN = "check_in";
    static final String CHECK_OUT = "check_out";
    static final String GUESTS = "guests";
    static final String ROOM_TYPE = "room_type";

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /**
     * An integer of the right shape, however long; its range (1-20) is a rule, checked by the use case. The
     * query's length is already bounded by the server's header limit.
     */
    private static final Pattern INTEGER = Pattern.compile("-?0*([0-9]+)");
    /** More significant digits than this is beyond int: clamped without parsing the digits. */
    private static final int INT_DIGITS = 10;

    private final Map<String, String[]> parameters;
    private final List<FieldProblem> errors = new ArrayList<>();

    private QuoteParameters(Map<String, String[]> parameters) {
        this.parameters = parameters;
    }

    static QuoteStayQuery parse(Map<String, String[]> parameters) {
        return new QuoteParameters(parameters).query();
    }

    private QuoteStayQuery query() {
        LocalDate checkIn = date(CHECK_IN);
        LocalDate checkOut = date(CHECK_OUT);
        Integer guests = guests();
        Optional<String> roomType = roomType();
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(400, "invalid_parameter",
                    errors.get(0).field() + " " + errors.get(0).message() + ".", errors));
        }
        return new QuoteStayQuery(checkIn, checkOut, guests, roomType);
    }

    /** The parameter's single value; empty when absent. Records an error when given twice or empty. */
    private Optional<String> single(String name, boolean required) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            if (required) {
                errors.add(new FieldProblem(name, "is required"));
            }
            return Optional.empty();
        }
        if (values.length > 1) {
            errors.add(new FieldProblem(name, "must be given once"));
            return Optional.empty();
        }
        if (values[0].isEmpty()) {
            errors.add(new FieldProblem(name, "must not be empty"));
            return Optional.empty();
        }
        return Optional.of(values[0]);
    }

    private LocalDate date(String name) {
        Optional<String> value = single(name, true);
        if (value.isEmpty()) {
            return null;
        }
        if (DATE.matcher(value.get()).matches()) {
            try {
                return LocalDate.parse(value.get());
            } catch (DateTimeParseException notADate) {
                // reported below
            }
        }
        errors.add(new FieldProblem(name, "must be a calendar date in YYYY-MM-DD form"));
        return null;
    }

    private Integer guests() {
        String[] values = parameters.get(GUESTS);
        if (values == null || values.length == 0) {
            return 1;
        }
        Optional<String> value = single(GUESTS, false);
        if (value.isEmpty()) {
            return null;
        }
        Matcher integer = INTEGER.matcher(value.get());
        if (!integer.matches()) {
            errors.add(new FieldProblem(GUESTS, "must be a whole number"));
            return null;
        }
        // Out-of-int values are out of the allowed range too; clamping keeps them there for the use case.
        boolean negative = value.get().startsWith("-");
        if (integer.group(1).length() > INT_DIGITS) {
            return negative ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        long magnitude = Long.parseLong(integer.group(1));
        long signed = negative ? -magnitude : magnitude;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed));
    }

    private Optional<String> roomType() {
        String[] values = parameters.get(ROOM_TYPE);
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        Optional<String> value = single(ROOM_TYPE, false);
        if (value.isPresent() && !RoomTypeCode.isWellFormed(value.get())) {
            errors.add(new FieldProblem(ROOM_TYPE, "must be a room type code: 1-16 of A-Z, 0-9, _ and -"));
            return Optional.empty();
        }
        return value;
    }
}
