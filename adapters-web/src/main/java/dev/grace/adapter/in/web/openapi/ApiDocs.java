package dev.grace.adapter.in.web.openapi;

/** Texts shared by the API descriptions; annotation values must be compile-time constants. */
public final class ApiDocs {
    public static final String PROBLEM = "application/problem+json";
    public static final String SEED_SCHEME_SIGNATURE = "seedSignature";
    public static final String STANDARD_WEBHOOKS_SIGNATURE = "standardWebhooksSignature";

    public static final String INVALID_PARAMETER = "`invalid_parameter`: a parameter missing, empty, duplicated or "
            + "malformed (`2026-02-30`, `abc`, `guests=1.5`, a room_type that is not a well-formed code); "
            + "`errors[]` lists each";
    public static final String STAY_RULES = "In this order: `check_in_in_past` (the detail names today's UTC date), "
            + "`check_out_not_after_check_in`, `stay_too_long` (> MAX_STAY_NIGHTS), `check_in_too_far` "
            + "(> today + BOOKING_HORIZON_DAYS), `invalid_guests` (< 1 or > 20)";

    public static final String WEBHOOK_DESCRIPTION = """
            One endpoint for every write; the envelope's `type` says what the event is:
            `room_type.upserted`, `rates.updated`, `booking.created`, `booking.cancelled`.

            **Signatures.** Seed scheme: `X-Timestamp` (Unix seconds) and `X-Signature` = hex
            HMAC-SHA256(key = secret bytes, message = X-Timestamp bytes immediately followed by the raw body);
            upper or lower case hex, optional `sha256=` prefix. Standard Webhooks scheme (any `webhook-*` header
            selects it; then all three are required): signed content `{webhook-id}.{webhook-timestamp}.{body}`,
            `webhook-signature` a space-separated list of `v1,<base64>` entries (at most 8 considered). Secrets:
            a `whsec_` entry is its base64-decoded bytes, any other its UTF-8 bytes; every configured secret is
            accepted. |now − timestamp| must be within HMAC_TOLERANCE_SECONDS (default 300) in both directions.

            **Order of checks.** 413 `payload_too_large` → 401 (`missing_signature`, `invalid_timestamp`,
            `timestamp_out_of_tolerance`, `invalid_signature`) → 415 `unsupported_media_type` → 400
            (`malformed_json`, `invalid_event`) → idempotency → the event: 404 → 422 → 409.

            **Idempotency.** 2xx, 409 and 422 answers are stored with the event id and the body's SHA-256: the
            same id and body get the stored status and body again byte for byte (its `request_id` included)
            with `Idempotent-Replayed: true`; the same id with another body gets 409 `event_id_reuse`. Other
            answers are not stored: retry on 404, 5xx and network errors, treat everything else as final.
            The event id is `webhook-id` under Standard Webhooks (a body `event_id` must then equal it), else
            the body's `event_id`: 1–128 characters from `!` to `~`.
            """;

    public static final String WEBHOOK_400 = "`malformed_json` (not UTF-8 JSON, or a duplicate key); `invalid_event` "
            + "(envelope incomplete, unknown type, a data field missing, null or of the wrong JSON type; "
            + "`errors[].field` such as `data.check_in`)";
    public static final String WEBHOOK_401 = "`missing_signature`, `invalid_timestamp` (not 1–18 ASCII digits), "
            + "`timestamp_out_of_tolerance`, `invalid_signature`";
    public static final String WEBHOOK_409 = "`event_id_reuse` (same event id, other body); `duplicate_reference`, "
            + "then `sold_out` (booking.created); `inventory_below_bookings` (room_type.upserted)";
    public static final String WEBHOOK_422 = "room_type.upserted: `invalid_room_type`; rates.updated: `invalid_rate`, "
            + "`rates_in_past`; booking.created, in order: the /rates date rules (`check_in_in_past`, "
            + "`check_out_not_after_check_in`, `stay_too_long`, `check_in_too_far`), `invalid_reference`, "
            + "`invalid_guests`, `invalid_guest_details`, `no_rate`";

    public static final String EXAMPLE_ROOM_TYPE = """
            {"event_id": "evt_0001", "type": "room_type.upserted",
             "data": {"code": "DBL", "name": "Double room", "max_guests": 2, "rooms": 10}}""";
    public static final String EXAMPLE_RATES = """
            {"event_id": "evt_0002", "type": "rates.updated",
             "data": {"room_type": "DBL", "from": "2026-12-01", "to": "2026-12-31", "price": "120.00", "currency": "EUR"}}""";
    public static final String EXAMPLE_BOOKING = """
            {"event_id": "evt_0003", "type": "booking.created",
             "data": {"reference": "ABC123", "room_type": "DBL", "check_in": "2026-12-01", "check_out": "2026-12-04",
                      "guests": 2, "guest": {"name": "Ada Lovelace", "email": "ada@example.com"}}}""";
    public static final String EXAMPLE_CANCEL = """
            {"event_id": "evt_0004", "type": "booking.cancelled", "data": {"reference": "ABC123"}}""";

    private ApiDocs() {
    }
}
