package dev.grace.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /rates} and {@code GET /room-types} through real HTTP, every row of the contract's table. */
class RatesHttpTest extends RunningServer {

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private void roomType(String code, String name, int maxGuests, int rooms) {
        deliverOk("{\"event_id\":\"" + UUID.randomUUID() + "\",\"type\":\"room_type.upserted\",\"data\":{\"code\":\""
                + code + "\",\"name\":\"" + name + "\",\"max_guests\":" + maxGuests + ",\"rooms\":" + rooms + "}}");
    }

    private void price(String code, LocalDate from, LocalDate to, String price) {
        deliverOk("{\"event_id\":\"" + UUID.randomUUID() + "\",\"type\":\"rates.updated\",\"data\":{\"room_type\":\""
                + code + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"price\":\"" + price
                + "\",\"currency\":\"EUR\"}}");
    }

    private void book(String code, LocalDate in, LocalDate out) {
        deliverOk("{\"event_id\":\"" + UUID.randomUUID() + "\",\"type\":\"booking.created\",\"data\":{\"reference\":\""
                + UUID.randomUUID() + "\",\"room_type\":\"" + code + "\",\"check_in\":\"" + in + "\",\"check_out\":\""
                + out + "\",\"guests\":1,\"guest\":{\"name\":\"Ada\",\"email\":\"ada@example.com\"}}}");
    }

    private static List<String> fields(Http.Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    @Test
    void quotes_every_fitting_room_type_ordered_by_total_then_code_with_availability() {
        LocalDate in = today().plusDays(20);
        LocalDate out = in.plusDays(3);
        String cheap = code("A");
        String dear = code("B");
        String tied = code("C");
        String small = code("D");
        String partial = code("E");
        roomType(dear, "Suite", 4, 2);
        roomType(cheap, "Double room", 2, 1);
        roomType(tied, "Twin room", 2, 5);
        roomType(small, "Single", 1, 5);
        roomType(partial, "Partly priced", 2, 5);
        price(dear, in, out, "200");
        price(cheap, in, out, "100.5");
        price(tied, in, out, "100.50");
        price(small, in, out, "10");
        price(partial, in, in.plusDays(1), "10");
        book(cheap, in.plusDays(1), in.plusDays(2)); // sold out on one night, still listed

        Http.Answer answer = http.get("/rates?check_in=" + in + "&check_out=" + out + "&guests=2&utm_source=ignored");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        var json = answer.json();
        assertThat(json.path("check_in").asString()).isEqualTo(in.toString());
        assertThat(json.path("check_out").asString()).isEqualTo(out.toString());
        assertThat(json.path("nights").asInt()).isEqualTo(3);
        assertThat(json.path("guests").asInt()).isEqualTo(2);
        List<String> ours = new ArrayList<>();
        json.path("quotes").forEach(q -> {
            String c = q.path("room_type").asString();
            if (List.of(cheap, dear, tied, small, partial).contains(c)) {
                ours.add(c);
            }
        });
        assertThat(ours).containsExactly(cheap, tied, dear);
        var cheapQuote = quoteOf(answer, cheap);
        assertThat(cheapQuote.path("name").asString()).isEqualTo("Double room");
        assertThat(cheapQuote.path("max_guests").asInt()).isEqualTo(2);
        assertThat(cheapQuote.path("available").asInt()).isZero();
        assertThat(cheapQuote.path("currency").asString()).isEqualTo("EUR");
        assertThat(cheapQuote.path("total").asString()).isEqualTo("301.50");
        assertThat(cheapQuote.path("nightly").size()).isEqualTo(3);
        assertThat(cheapQuote.path("nightly").get(0).path("date").asString()).isEqualTo(in.toString());
        assertThat(cheapQuote.path("nightly").get(0).path("price").asString()).isEqualTo("100.50");
        assertThat(quoteOf(answer, dear).path("available").asInt()).isEqualTo(2);
        assertThat(answer.text()).contains("{\"room_type\":\"" + cheap + "\",\"name\":\"Double room\",\"max_guests\":2,"
                + "\"available\":0,\"currency\":\"EUR\",\"total\":\"301.50\",\"nightly\":[{\"date\":\"" + in
                + "\",\"price\":\"100.50\"}");
    }

    private static tools.jackson.databind.JsonNode quoteOf(Http.Answer answer, String code) {
        for (var quote : answer.json().path("quotes")) {
            if (quote.path("room_type").asString().equals(code)) {
                return quote;
            }
        }
        throw new AssertionError("no quote for " + code + " in " + answer);
    }

    @Test
    void room_type_filter_guests_default_and_empty_results() {
        LocalDate in = today().plusDays(40);
        String single = code("S");
        roomType(single, "Single", 1, 3);
        price(single, in, in.plusDays(2), "55");
        Http.Answer filtered = http.get("/rates?check_in=" + in + "&check_out=" + in.plusDays(2) + "&room_type=" + single);
        assertThat(filtered.json().path("guests").asInt()).isEqualTo(1);
        assertThat(filtered.json().path("quotes").size()).isEqualTo(1);
        assertThat(filtered.json().path("quotes").get(0).path("total").asString()).isEqualTo("110.00");
        Http.Answer tooMany = http.get("/rates?check_in=" + in + "&check_out=" + in.plusDays(2) + "&guests=2&room_type=" + single);
        assertThat(tooMany.status()).isEqualTo(200);
        assertThat(tooMany.text()).endsWith("\"quotes\":[]}");
        Http.Answer unknown = http.get("/rates?check_in=" + in + "&check_out=" + in.plusDays(2) + "&room_type=NOPE" + single);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().path("quotes").size()).isZero();
    }

    @Test
    void shape_errors_are_400_invalid_parameter_listing_each_parameter() {
        String in = today().plusDays(3).toString();
        String out = today().plusDays(4).toString();
        String[][] cases = {
            {"/rates", "check_in", "check_out"},
            {"/rates?check_in=" + in, "check_out"},
            {"/rates?check_in=&check_out=" + out, "check_in"},
            {"/rates?check_in=" + in + "&check_in=" + in + "&check_out=" + out, "check_in"},
            {"/rates?check_in=2026-02-30&check_out=" + out, "check_in"},
            {"/rates?check_in=0000-00-00&check_out=" + out, "check_in"},
            {"/rates?check_in=abc&check_out=" + out, "check_in"},
            {"/rates?check_in=2026-1-01&check_out=" + out, "check_in"},
            {"/rates?check_in=+2026-12-01&check_out=" + out, "check_in"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&guests=1.5", "guests"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&guests=", "guests"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&guests=two", "guests"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&guests=1&guests=1", "guests"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&room_type=dbl", "room_type"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&room_type=", "room_type"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&room_type=ABCDEFGHIJKLMNOPQ", "room_type"},
            {"/rates?check_in=" + in + "&check_out=" + out + "&room_type=A&room_type=B", "room_type"},
        };
        for (String[] c : cases) {
            Http.Answer answer = http.get(c[0]);
            assertProblem(answer, 400, "invalid_parameter");
            assertThat(fields(answer)).as(c[0]).containsExactly(java.util.Arrays.copyOfRange(c, 1, c.length));
        }
        Http.Answer all = http.get("/rates?check_out=x&guests=1.5&room_type=x");
        assertProblem(all, 400, "invalid_parameter");
        assertThat(fields(all)).containsExactly("check_in", "check_out", "guests", "room_type");
    }

    @Test
    void a_400_wins_over_a_422() {
        Http.Answer answer = http.get("/rates?check_in=" + today().minusDays(5) + "&check_out=bad");
        assertProblem(answer, 400, "invalid_parameter");
    }

    @Test
    void rule_errors_are_422_in_the_contracts_order() {
        LocalDate today = today();
        Http.Answer past = http.get("/rates?check_in=" + today.minusDays(1) + "&check_out=" + today.plusDays(1));
        assertProblem(past, 422, "check_in_in_past");
        assertThat(past.json().path("detail").asString()).contains(today.toString());
        assertProblem(http.get("/rates?check_in=" + today.plusDays(2) + "&check_out=" + today.plusDays(2)),
                422, "check_out_not_after_check_in");
        assertProblem(http.get("/rates?check_in=" + today.plusDays(1) + "&check_out=" + today.plusDays(32)),
                422, "stay_too_long");
        assertProblem(http.get("/rates?check_in=" + today.plusDays(731) + "&check_out=" + today.plusDays(732)),
                422, "check_in_too_far");
        assertThat(http.get("/rates?check_in=" + today.plusDays(730) + "&check_out=" + today.plusDays(731)).status())
                .isEqualTo(200);
        assertProblem(http.get("/rates?check_in=" + today.plusDays(1) + "&check_out=" + today.plusDays(2) + "&guests=0"),
                422, "invalid_guests");
        assertProblem(http.get("/rates?check_in=" + today.plusDays(1) + "&check_out=" + today.plusDays(2) + "&guests=21"),
                422, "invalid_guests");
        assertProblem(http.get("/rates?check_in=" + today.plusDays(1) + "&check_out=" + today.plusDays(2)
                + "&guests=99999999999999999999"), 422, "invalid_guests");
        // An integer of any length has the right shape: its size is a range rule (422), not a shape error (400).
        assertProblem(http.get("/rates?check_in=" + today.plusDays(1) + "&check_out=" + today.plusDays(2)
                + "&guests=" + "9".repeat(60)), 422, "invalid_guests");
        assertProblem(http.get("/rates?check_in=" + today.plusDays(1) + "&check_out=" + today.plusDays(2)
                + "&guests=-" + "0".repeat(60) + "1"), 422, "invalid_guests");
        Http.Answer today0 = http.get("/rates?check_in=" + today + "&check_out=" + today.plusDays(1));
        assertThat(today0.status()).isEqualTo(200);
        Http.Answer several = http.get("/rates?check_in=" + today.minusDays(1) + "&check_out=" + today.minusDays(2) + "&guests=0");
        assertProblem(several, 422, "check_in_in_past");
        assertThat(several.json().path("errors").size()).isGreaterThan(1);
    }

    @Test
    void room_types_are_listed_ordered_by_code() {
        String later = code("ZZ");
        String earlier = code("ZA");
        roomType(later, "Later", 2, 3);
        roomType(earlier, "Earlier", 1, 4);
        Http.Answer answer = http.get("/room-types");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        List<String> codes = new ArrayList<>();
        answer.json().forEach(rt -> codes.add(rt.path("code").asString()));
        assertThat(codes).isSorted();
        assertThat(answer.text()).contains("{\"code\":\"" + earlier + "\",\"name\":\"Earlier\",\"max_guests\":1,\"rooms\":4}");
    }
}
