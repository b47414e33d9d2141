package dev.grace.adapter.in.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.grace.adapter.in.web.problem.FieldProblem;
import dev.grace.adapter.in.web.wire.WireJson;
import dev.grace.application.port.in.CancelBookingCommand;
import dev.grace.application.port.in.CreateBookingCommand;
import dev.grace.application.port.in.UpdateRatesCommand;
import dev.grace.application.port.in.UpsertRoomTypeCommand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventParserTest {
    private final EventParser parser = new EventParser(new WireJson());

    private ParsedEvent parse(String body) throws Exception {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    private List<String> invalidFields(String body, Optional<String> webhookId) {
        try {
            parser.parse(body.getBytes(StandardCharsets.UTF_8), webhookId);
        } catch (InvalidEventException invalid) {
            return invalid.errors().stream().map(FieldProblem::field).toList();
        } catch (MalformedJsonException malformed) {
            throw new AssertionError("expected invalid_event, got malformed_json: " + malformed.getMessage());
        }
        throw new AssertionError("expected invalid_event for " + body);
    }

    private List<String> invalidFields(String body) {
        return invalidFields(body, Optional.empty());
    }

    private static String event(String type, String data) {
        return "{\"event_id\":\"evt_1\",\"type\":\"" + type + "\",\"data\":" + data + "}";
    }

    @Test
    void reads_each_event_type_into_its_command() throws Exception {
        assertThat(parse(event("room_type.upserted", "{\"code\":\"DBL\",\"name\":\"Double\",\"max_guests\":2,\"rooms\":10,\"extra\":1}"))
                .command()).isEqualTo(new UpsertRoomTypeCommand("DBL", "Double", 2, 10));
        assertThat(parse(event("rates.updated", "{\"room_type\":\"DBL\",\"from\":\"2026-12-01\",\"to\":\"2026-12-04\",\"price\":120.5,\"currency\":\"EUR\"}"))
                .command()).isEqualTo(new UpdateRatesCommand("DBL", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4),
                        new BigDecimal("120.5"), "EUR"));
        assertThat(parse(event("booking.created", "{\"reference\":\"R1\",\"room_type\":\"DBL\",\"check_in\":\"2026-12-01\","
                + "\"check_out\":\"2026-12-04\",\"guests\":2,\"guest\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"}}"))
                .command()).isEqualTo(new CreateBookingCommand("R1", "DBL", LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 4), 2, "Ada", "ada@example.com"));
        ParsedEvent cancel = parse(event("booking.cancelled", "{\"reference\":\"R1\"}"));
        assertThat(cancel.command()).isEqualTo(new CancelBookingCommand("R1"));
        assertThat(cancel.eventId()).isEqualTo("evt_1");
        assertThat(cancel.type()).isEqualTo("booking.cancelled");
    }

    @Test
    void price_is_read_exactly_from_numbers_and_plain_decimal_strings() throws Exception {
        for (String price : new String[] {"0.1", "0.10", "99999999.99", "120", "1e2", "0.30000000000000004"}) {
            UpdateRatesCommand command = (UpdateRatesCommand) parse(event("rates.updated",
                    "{\"room_type\":\"DBL\",\"from\":\"2026-12-01\",\"to\":\"2026-12-02\",\"price\":" + price
                            + ",\"currency\":\"EUR\"}")).command();
            assertThat(command.price()).as(price).isEqualByComparingTo(new BigDecimal(price));
        }
        UpdateRatesCommand fromString = (UpdateRatesCommand) parse(event("rates.updated",
                "{\"room_type\":\"DBL\",\"from\":\"2026-12-01\",\"to\":\"2026-12-02\",\"price\":\"120.5\",\"currency\":\"EUR\"}")).command();
        assertThat(fromString.price()).isEqualTo(new BigDecimal("120.5"));
        for (String bad : new String[] {"\"1e2\"", "\"12,50\"", "\"\"", "\" 1\"", "\".5\"", "\"5.\"", "true", "[1]", "{}",
                "\"NaN\"", "\"0x10\""}) {
            assertThat(invalidFields(event("rates.updated", "{\"room_type\":\"DBL\",\"from\":\"2026-12-01\","
                    + "\"to\":\"2026-12-02\",\"price\":" + bad + ",\"currency\":\"EUR\"}"))).as(bad).containsExactly("data.price");
        }
    }

    @Test
    void malformed_json_duplicate_keys_trailing_garbage_and_bad_utf8() {
        for (String body : new String[] {"", "{", "{\"a\":1,}", "{\"event_id\":\"e\",\"event_id\":\"f\"}",
                "{\"data\":{\"code\":\"A\",\"code\":\"B\"}}", "{} {}", "{\"a\":1} x", "nul", "{'a':1}",
                "{\"a\":\"raw\ncontrol\"}"}) {
            assertThatThrownBy(() -> parse(body)).as(body).isInstanceOf(MalformedJsonException.class);
        }
        assertThatThrownBy(() -> parser.parse(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, Optional.empty()))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> parser.parse("{\"a\":1}".getBytes(StandardCharsets.UTF_16), Optional.empty()))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void envelope_errors_list_every_field() {
        assertThat(invalidFields("[]")).containsExactly("body");
        assertThat(invalidFields("{}")).containsExactly("event_id", "type", "data");
        assertThat(invalidFields("{\"event_id\":null,\"type\":1,\"data\":[]}")).containsExactly("event_id", "type", "data");
        assertThat(invalidFields("{\"event_id\":\"has space\",\"type\":\"room.deleted\",\"data\":{}}"))
                .containsExactly("event_id", "type");
        assertThat(invalidFields("{\"event_id\":\"" + "x".repeat(129) + "\",\"type\":\"booking.cancelled\",\"data\":{\"reference\":\"R\"}}"))
                .containsExactly("event_id");
        assertThat(invalidFields("{\"event_id\":\"\",\"type\":\"booking.cancelled\",\"data\":{\"reference\":\"R\"}}"))
                .containsExactly("event_id");
    }

    @Test
    void data_fields_missing_null_or_of_the_wrong_json_type() {
        assertThat(invalidFields(event("booking.created", "{}"))).containsExactly("data.reference", "data.room_type",
                "data.check_in", "data.check_out", "data.guests", "data.guest");
        assertThat(invalidFields(event("booking.created", "{\"reference\":1,\"room_type\":null,\"check_in\":\"2026-02-30\","
                + "\"check_out\":\"26-12-01\",\"guests\":\"2\",\"guest\":{\"name\":[],\"email\":null}}")))
                .containsExactly("data.reference", "data.room_type", "data.check_in", "data.check_out", "data.guests",
                        "data.guest.name", "data.guest.email");
        assertThat(invalidFields(event("room_type.upserted", "{\"code\":\"A\",\"name\":\"n\",\"max_guests\":1.5,\"rooms\":2.0}")))
                .containsExactly("data.max_guests", "data.rooms");
        assertThat(invalidFields(event("booking.created", "{\"reference\":\"R\",\"room_type\":\"DBL\",\"check_in\":\"2026-12-01\","
                + "\"check_out\":\"2026-12-02\",\"guests\":1,\"guest\":\"Ada\"}"))).containsExactly("data.guest");
    }

    @Test
    void values_of_the_right_type_pass_through_for_the_use_case_to_judge() throws Exception {
        assertThat(parse(event("booking.cancelled", "{\"reference\":\"not a reference!\",\"x\":1}")).command())
                .isEqualTo(new CancelBookingCommand("not a reference!"));
        assertThat(parse(event("room_type.upserted", "{\"code\":\"\",\"name\":\"\\u0000\",\"max_guests\":0,\"rooms\":-1}"))
                .command()).isEqualTo(new UpsertRoomTypeCommand("", "\u0000", 0, -1));
    }

    @Test
    void a_huge_integer_is_of_the_right_type_and_kept_out_of_range() throws Exception {
        UpsertRoomTypeCommand command = (UpsertRoomTypeCommand) parse(event("room_type.upserted",
                "{\"code\":\"A\",\"name\":\"n\",\"max_guests\":99999999999999999999,\"rooms\":-99999999999999999999}")).command();
        assertThat(command.maxGuests()).isEqualTo(Integer.MAX_VALUE);
        assertThat(command.rooms()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void webhook_id_is_the_event_id_and_a_body_event_id_must_equal_it() throws Exception {
        String body = "{\"type\":\"booking.cancelled\",\"data\":{\"reference\":\"R\"}}";
        assertThat(parser.parse(body.getBytes(StandardCharsets.UTF_8), Optional.of("msg_1")).eventId()).isEqualTo("msg_1");
        String same = "{\"event_id\":\"msg_1\",\"type\":\"booking.cancelled\",\"data\":{\"reference\":\"R\"}}";
        assertThat(parser.parse(same.getBytes(StandardCharsets.UTF_8), Optional.of("msg_1")).eventId()).isEqualTo("msg_1");
        assertThat(invalidFields(same, Optional.of("msg_2"))).containsExactly("event_id");
        assertThat(invalidFields("{\"event_id\":null,\"type\":\"booking.cancelled\",\"data\":{\"reference\":\"R\"}}",
                Optional.of("msg_1"))).containsExactly("event_id");
        assertThat(invalidFields(body, Optional.of("bad id"))).containsExactly("webhook-id");
    }
}
