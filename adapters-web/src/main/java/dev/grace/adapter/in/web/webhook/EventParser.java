package dev.grace.adapter.in.web.webhook;

import dev.grace.adapter.in.web.problem.FieldProblem;
import dev.grace.adapter.in.web.wire.WireJson;
import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.EventCommand;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an authenticated body into an event: strict UTF-8, one JSON document, no duplicate keys
 * ({@code malformed_json}); then the envelope and the data fields' JSON types ({@code invalid_event}, every
 * broken field listed). Values of the right type go to the command as they are: the use case checks the rules.
 */
public final class EventParser {
    public static final String ROOM_TYPE_UPSERTED = "room_type.upserted";
    public static final String RATES_UPDATED = "rates.updated";
    public static final String BOOKING_CREATED = "booking.created";
    public static final String BOOKING_CANCELLED = "booking.cancelled";
    static final List<String> TYPES = List.of(ROOM_TYPE_UPSERTED, RATES_UPDATED, BOOKING_CREATED, BOOKING_CANCELLED);

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,40})?");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final WireJson json;

    public EventParser(WireJson json) {
        this.json = json;
    }

    /**
     * @param webhookId the {@code webhook-id} header when the Standard Webhooks scheme was used: it is then the
     *     event id, and a body {@code event_id} must equal it
     */
    public ParsedEvent parse(byte[] body, Optional<String> webhookId) throws MalformedJsonException, InvalidEventException {
        JsonNode root = readJson(body);
        Fields fields = new Fields();
        if (!root.isObject()) {
            throw new InvalidEventException(List.of(new FieldProblem("body", "must be a JSON object (the event envelope)")));
        }
        String eventId = eventId(root, webhookId, fields);
        String type = fields.text(root, "type", "");
        if (type != null && !TYPES.contains(type)) {
            fields.add("type", "unknown event type; expected one of " + String.join(", ", TYPES));
            type = null;
        }
        JsonNode data = fields.object(root, "data", "");
        EventCommand command = null;
        if (type != null && data != null) {
            command = switch (type) {
                case ROOM_TYPE_UPSERTED -> roomTypeUpserted(data, fields);
                case RATES_UPDATED -> ratesUpdated(data, fields);
                case BOOKING_CREATED -> bookingCreated(data, fields);
                case BOOKING_CANCELLED -> bookingCancelled(data, fields);
                default -> throw new IllegalStateException("type list and switch disagree");
            };
        }
        if (!fields.errors.isEmpty()) {
            throw new InvalidEventException(fields.errors);
        }
        return new ParsedEvent(eventId, type, command);
    }

    private JsonNode readJson(byte[] body) throws MalformedJsonException {
        String text;
        try {
            // Strict: Jackson alone would guess UTF-16/32 or let a broken byte through as U+FFFD.
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new MalformedJsonException("The body is not valid UTF-8.");
        }
        try {
            JsonNode root = json.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new MalformedJsonException("The body is empty; it must be one JSON object.");
            }
            return root;
        } catch (StreamReadException broken) {
            String reason = broken.getOriginalMessage() != null && broken.getOriginalMessage().startsWith("Duplicate")
                    ? "it has a duplicate key" : "it is not well-formed JSON";
            throw new MalformedJsonException("The body cannot be read: " + reason + where(broken) + ".");
        } catch (JacksonException broken) {
            throw new MalformedJsonException("The body cannot be read: it is not one well-formed JSON document"
                    + where(broken) + ".");
        }
    }

    /** Line and column help a sender find the fault; Jackson's own message may name internal classes, so it stays out. */
    private static String where(JacksonException broken) {
        if (broken.getLocation() == null || broken.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + broken.getLocation().getLineNr() + ", column " + broken.getLocation().getColumnNr() + ")";
    }

    private static String eventId(JsonNode root, Optional<String> webhookId, Fields fields) {
        if (webhookId.isPresent()) {
            String id = webhookId.get();
            if (!isEventId(id)) {
                fields.add("webhook-id", "must be 1-128 characters from ! to ~ (no spaces)");
            }
            JsonNode bodyId = root.get("event_id");
            if (bodyId != null && !(bodyId.isString() && bodyId.stringValue().equals(id))) {
                fields.add("event_id", "must equal the webhook-id header when given");
            }
            return id;
        }
        String id = fields.text(root, "event_id", "");
        if (id != null && !isEventId(id)) {
            fields.add("event_id", "must be 1-128 characters from ! to ~ (no spaces)");
        }
        return id;
    }

    static boolean isEventId(String id) {
        return !id.isEmpty() && id.length() <= 128 && id.chars().allMatch(c -> c >= '!' && c <= '~');
    }

    private static EventCommand roomTypeUpserted(JsonNode data, Fields fields) {
        String code = fields.text(data, "code", "data.");
        String name = fields.text(data, "name", "data.");
        Integer maxGuests = fields.integer(data, "max_guests", "data.");
        Integer rooms = fields.integer(data, "rooms", "data.");
        if (code == null || name == null || maxGuests == null || rooms == null) {
            return null;
        }
        return new UpsertRoomTypeCommand(code, name, maxGuests, rooms);
    }

    private static EventCommand ratesUpdated(JsonNode data, Fields fields) {
        String roomType = fields.text(data, "room_type", "data.");
        LocalDate from = fields.date(data, "from", "data.");
        LocalDate to = fields.date(data, "to", "data.");
        BigDecimal price = fields.price(data, "price", "data.");
        String currency = fields.text(data, "currency", "data.");
        if (roomType == null || from == null || to == null || price == null || currency == null) {
            return null;
        }
        return new UpdateRatesCommand(roomType, from, to, price, currency);
    }

    private static EventCommand bookingCreated(JsonNode data, Fields fields) {
        String reference = fields.text(data, "reference", "data.");
        String roomType = fields.text(data, "room_type", "data.");
        LocalDate checkIn = fields.date(data, "check_in", "data.");
        LocalDate checkOut = fields.date(data, "check_out", "data.");
        Integer guests = fields.integer(data, "guests", "data.");
        JsonNode guest = fields.object(data, "guest", "data.");
        String name = guest == null ? null : fields.text(guest, "name", "data.guest.");
        String email = guest == null ? null : fields.text(guest, "email", "data.guest.");
        if (reference == null || roomType == null || checkIn == null || checkOut == null || guests == null
                || name == null || email == null) {
            return null;
        }
        return new CreateBookingCommand(reference, roomType, checkIn, checkOut, guests, name, email);
    }

    private static EventCommand bookingCancelled(JsonNode data, Fields fields) {
        String reference = fields.text(data, "reference", "data.");
        return reference == null ? null : new CancelBookingCommand(reference);
    }

    /** Reads typed fields and collects every shape error instead of stopping at the first. */
    private static final class Fields {
        private final List<FieldProblem> errors = new ArrayList<>();

        void add(String field, String message) {
            errors.add(new FieldProblem(field, message));
        }

        /** The field's node, or null after recording why it is missing or null. */
        private JsonNode present(JsonNode parent, String name, String prefix) {
            JsonNode node = parent.get(name);
            if (node == null) {
                add(prefix + name, "is required");
                return null;
            }
            if (node.isNull()) {
                add(prefix + name, "must not be null");
                return null;
            }
            return node;
        }

        String text(JsonNode parent, String name, String prefix) {
            JsonNode node = present(parent, name, prefix);
            if (node == null) {
                return null;
            }
            if (!node.isString()) {
                add(prefix + name, "must be a string");
                return null;
            }
            return node.stringValue();
        }

        JsonNode object(JsonNode parent, String name, String prefix) {
            JsonNode node = present(parent, name, prefix);
            if (node == null) {
                return null;
            }
            if (!node.isObject()) {
                add(prefix + name, "must be a JSON object");
                return null;
            }
            return node;
        }

        /**
         * A JSON integer (no fraction, no exponent, not a string). Values beyond int are clamped: they are out
         * of every range the rules allow, and clamping keeps them so without letting a huge number through.
         */
        Integer integer(JsonNode parent, String name, String prefix) {
            JsonNode node = present(parent, name, prefix);
            if (node == null) {
                return null;
            }
            if (!node.isIntegralNumber()) {
                add(prefix + name, "must be an integer");
                return null;
            }
            BigInteger value = node.bigIntegerValue();
            return value.max(INT_MIN).min(INT_MAX).intValueExact();
        }

        LocalDate date(JsonNode parent, String name, String prefix) {
            String text = text(parent, name, prefix);
            if (text == null) {
                return null;
            }
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException notADate) {
                    // falls through to the shape error below
                }
            }
            add(prefix + name, "must be a date in YYYY-MM-DD form");
            return null;
        }

        /** A JSON number read exactly, or a string in plain decimal notation; never through a double. */
        BigDecimal price(JsonNode parent, String name, String prefix) {
            JsonNode node = present(parent, name, prefix);
            if (node == null) {
                return null;
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isString() && PLAIN_DECIMAL.matcher(node.stringValue()).matches()) {
                return new BigDecimal(node.stringValue());
            }
            add(prefix + name, "must be a JSON number or a string in plain decimal notation such as \"120.50\"");
            return null;
        }
    }
}
