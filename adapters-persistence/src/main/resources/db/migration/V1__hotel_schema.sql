-- Grace schema. Invariants that must hold under any concurrency and across instances are constraints here,
-- not only Java checks: no night sold beyond its rooms, one booking per reference, one outcome per event id.

CREATE TABLE room_type (
    code        varchar(16)  PRIMARY KEY CHECK (code ~ '^[A-Z0-9_-]{1,16}$'),
    name        varchar(100) NOT NULL CHECK (char_length(name) >= 1),
    max_guests  smallint     NOT NULL CHECK (max_guests BETWEEN 1 AND 20),
    rooms       integer      NOT NULL CHECK (rooms BETWEEN 0 AND 10000)
);

CREATE TABLE nightly_rate (
    room_type   varchar(16)   NOT NULL REFERENCES room_type (code),
    night       date          NOT NULL,
    price       numeric(10,2) NOT NULL CHECK (price >= 0),
    currency    char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    PRIMARY KEY (room_type, night)
);

-- One row per room type and night that anybody has booked (created on first booking of the night).
-- `rooms` is the room type's count copied onto each night, so the CHECK can hold booked within it;
-- changing a room type's rooms updates the copies from today on.
CREATE TABLE inventory (
    room_type   varchar(16) NOT NULL REFERENCES room_type (code),
    night       date        NOT NULL,
    rooms       integer     NOT NULL,
    booked      integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (room_type, night),
    CONSTRAINT inventory_booked_within_rooms CHECK (booked >= 0 AND booked <= rooms)
);

CREATE TABLE booking (
    reference    varchar(64)   PRIMARY KEY CHECK (reference ~ '^[A-Za-z0-9._-]{1,64}$'),
    status       varchar(16)   NOT NULL CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    room_type    varchar(16)   NOT NULL REFERENCES room_type (code),
    check_in     date          NOT NULL,
    check_out    date          NOT NULL,
    guests       smallint      NOT NULL CHECK (guests BETWEEN 1 AND 20),
    guest_name   text          NOT NULL,
    guest_email  text          NOT NULL,
    total        numeric(14,2) NOT NULL CHECK (total >= 0),
    currency     char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    created_at   timestamptz   NOT NULL,
    cancelled_at timestamptz,
    CONSTRAINT booking_stay_has_nights CHECK (check_out > check_in),
    CONSTRAINT booking_cancelled_at_iff_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);

CREATE INDEX booking_room_type_stay ON booking (room_type, check_in, check_out);

-- A row with a NULL status is a claim held by a running transaction; the primary key makes a concurrent
-- delivery of the same event wait for that transaction and then read its outcome.
CREATE TABLE processed_event (
    event_id     varchar(128) PRIMARY KEY,
    body_sha256  char(64)     NOT NULL CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
    status       smallint     CHECK (status BETWEEN 100 AND 599),
    body         bytea,
    received_at  timestamptz  NOT NULL,
    CONSTRAINT processed_event_outcome_complete CHECK ((status IS NULL) = (body IS NULL))
);

CREATE INDEX processed_event_received_at ON processed_event (received_at);
