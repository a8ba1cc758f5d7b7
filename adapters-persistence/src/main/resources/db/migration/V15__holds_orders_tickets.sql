-- Selling: holds, the places they claim, orders, tickets, payments, refunds and idempotency keys.
-- The domain decides (HoldPlacement, Order.fromHold, OrderCancellation); these tables make sure two
-- instances on one database cannot oversell, sell a seat twice, ticket without payment or charge
-- twice for one request:
--   * a seat of a show is claimed by at most one row (seat_claims' primary key); a new hold takes
--     a claim only when it is free or its hold has lapsed (INSERT ... ON CONFLICT DO UPDATE WHERE);
--   * an area's places are counted in show_area_stock: taken = places of live holds + valid
--     tickets, and CHECK (taken <= capacity) refuses the write that would oversell;
--   * a valid ticket per seat and show at most (tickets_one_valid_per_seat), a ticket number once
--     per show, one order per hold, one ACTIVE hold per buyer and show;
--   * one payment attempt in progress per hold, and an idempotency key once per caller.

-- Holds: places kept for a buyer while they pay. Amounts are what the buyer was shown.
CREATE TABLE holds (
    id              uuid        PRIMARY KEY,
    show_id         uuid        NOT NULL REFERENCES shows (id),
    -- No foreign key to accounts: sales records outlive an account (they are anonymised, not deleted).
    buyer_id        uuid        NOT NULL,
    kind            text        NOT NULL,
    state           text        NOT NULL,
    currency        char(3)     NOT NULL,
    promo_code_id   uuid,
    promo_code      text,
    discount_minor  bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    CONSTRAINT holds_kind_check CHECK (kind IN ('PURCHASE', 'OFFER')),
    CONSTRAINT holds_state_check CHECK (state IN ('ACTIVE', 'CONVERTED', 'RELEASED', 'EXPIRED')),
    CONSTRAINT holds_times_check CHECK (created_at < expires_at),
    CONSTRAINT holds_ended_check CHECK ((state = 'ACTIVE') = (ended_at IS NULL)),
    CONSTRAINT holds_promo_check CHECK ((promo_code_id IS NULL) = (promo_code IS NULL)
                                        AND discount_minor >= 0
                                        AND (promo_code_id IS NOT NULL OR discount_minor = 0))
);

CREATE UNIQUE INDEX holds_one_active_per_buyer ON holds (show_id, buyer_id) WHERE state = 'ACTIVE';
-- Lapsed holds, found by show (when a buyer asks for places) and overall (the expiry job).
CREATE INDEX holds_active_by_expiry ON holds (expires_at, show_id) WHERE state = 'ACTIVE';
CREATE INDEX holds_active_of_show ON holds (show_id, expires_at) WHERE state = 'ACTIVE';

-- The lines of a hold, and later of its order: a seat, or places in an area, at a tier's price.
-- No foreign key to venue_seats / venue_areas: a seat map may lose places once no future show uses
-- them, and past sales keep naming them.
CREATE TABLE hold_items (
    hold_id          uuid    NOT NULL REFERENCES holds (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    seat_id          uuid,
    area_id          uuid,
    tier_id          uuid    NOT NULL,
    quantity         integer NOT NULL,
    unit_price_minor bigint  NOT NULL,
    PRIMARY KEY (hold_id, position),
    CONSTRAINT hold_items_place_check CHECK (num_nonnulls(seat_id, area_id) = 1),
    CONSTRAINT hold_items_quantity_check CHECK (quantity BETWEEN 1 AND 1000 AND (seat_id IS NULL OR quantity = 1)),
    CONSTRAINT hold_items_price_check CHECK (unit_price_minor >= 0)
);

-- Who has a seat of a show: a hold (ticket_id NULL, until expires_at) or a valid ticket. A row
-- whose hold has lapsed is free to take; a released or expired hold's rows are deleted, a void
-- ticket's row too.
CREATE TABLE seat_claims (
    show_id    uuid        NOT NULL REFERENCES shows (id),
    seat_id    uuid        NOT NULL,
    hold_id    uuid        NOT NULL REFERENCES holds (id),
    ticket_id  uuid,
    expires_at timestamptz,
    PRIMARY KEY (show_id, seat_id),
    CONSTRAINT seat_claims_standing_check CHECK ((ticket_id IS NULL) = (expires_at IS NOT NULL))
);

CREATE INDEX seat_claims_hold_id_idx ON seat_claims (hold_id);

-- Places of a show's general-admission areas: taken = places of live (or not yet reaped) holds
-- plus valid tickets. Taking is UPDATE ... SET taken = taken + n WHERE taken + n <= capacity.
CREATE TABLE show_area_stock (
    show_id  uuid    NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    area_id  uuid    NOT NULL,
    capacity integer NOT NULL,
    taken    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (show_id, area_id),
    CONSTRAINT show_area_stock_check CHECK (taken >= 0 AND taken <= capacity AND capacity >= 1)
);

-- Every area of the venue of a show already scheduled.
INSERT INTO show_area_stock (show_id, area_id, capacity)
SELECT s.id, a.id, a.capacity FROM shows s JOIN venue_areas a ON a.venue_id = s.venue_id;

CREATE TABLE orders (
    id             uuid        PRIMARY KEY,
    show_id        uuid        NOT NULL REFERENCES shows (id),
    buyer_id       uuid        NOT NULL,
    hold_id        uuid        NOT NULL REFERENCES holds (id),
    currency       char(3)     NOT NULL,
    total_minor    bigint      NOT NULL,
    state          text        NOT NULL,
    placed_at      timestamptz NOT NULL,
    cancelled_at   timestamptz,
    cancelled_by   text,
    refund_minor   bigint,
    CONSTRAINT orders_hold_id_key UNIQUE (hold_id),
    CONSTRAINT orders_state_check CHECK (state IN ('PAID', 'CANCELLED')),
    CONSTRAINT orders_total_check CHECK (total_minor >= 0),
    CONSTRAINT orders_cancellation_check CHECK ((state = 'CANCELLED') = (cancelled_at IS NOT NULL)
        AND (cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL) = (refund_minor IS NULL)),
    CONSTRAINT orders_cancelled_by_check CHECK (cancelled_by IN ('BUYER', 'ORGANISER')),
    CONSTRAINT orders_refund_check CHECK (refund_minor BETWEEN 0 AND total_minor)
);

CREATE INDEX orders_buyer_idx ON orders (buyer_id, placed_at DESC, id DESC);
CREATE INDEX orders_show_idx ON orders (show_id) WHERE state = 'PAID';

-- Ticket numbers come from one sequence: unique per show (and overall), no per-show row to lock.
CREATE SEQUENCE ticket_numbers;

CREATE TABLE tickets (
    id            uuid        PRIMARY KEY,
    show_id       uuid        NOT NULL REFERENCES shows (id),
    order_id      uuid        NOT NULL REFERENCES orders (id),
    number        bigint      NOT NULL,
    holder_id     uuid        NOT NULL,
    seat_id       uuid,
    area_id       uuid,
    tier_id       uuid        NOT NULL,
    price_minor   bigint      NOT NULL,
    state         text        NOT NULL,
    checked_in_at timestamptz,
    CONSTRAINT tickets_show_id_number_key UNIQUE (show_id, number),
    CONSTRAINT tickets_place_check CHECK (num_nonnulls(seat_id, area_id) = 1),
    CONSTRAINT tickets_state_check CHECK (state IN ('VALID', 'VOID')),
    CONSTRAINT tickets_price_check CHECK (price_minor >= 0),
    CONSTRAINT tickets_number_check CHECK (number >= 1)
);

CREATE UNIQUE INDEX tickets_one_valid_per_seat ON tickets (show_id, seat_id) WHERE state = 'VALID' AND seat_id IS NOT NULL;
CREATE INDEX tickets_order_idx ON tickets (order_id);
CREATE INDEX tickets_holder_idx ON tickets (holder_id, show_id, number);

-- Attempts to pay for a hold. The provider's idempotency key is this row's: asked again (a retry, a
-- late webhook, a restart), the provider answers the first result and never charges twice.
-- Only brand and last four digits of a card are kept, never its number or CVC.
CREATE TABLE payments (
    id                  uuid        PRIMARY KEY,
    hold_id             uuid        NOT NULL REFERENCES holds (id),
    buyer_id            uuid        NOT NULL,
    idempotency_key     text        NOT NULL,
    amount_minor        bigint      NOT NULL,
    currency            char(3)     NOT NULL,
    state               text        NOT NULL,
    provider_payment_id text,
    card_brand          text,
    card_last4          char(4),
    failure_code        text,
    order_id            uuid        REFERENCES orders (id),
    refunded_minor      bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    CONSTRAINT payments_idempotency_key_key UNIQUE (idempotency_key),
    CONSTRAINT payments_state_check CHECK (state IN ('PENDING', 'CAPTURED', 'DECLINED', 'FAILED')),
    CONSTRAINT payments_amount_check CHECK (amount_minor > 0 AND refunded_minor BETWEEN 0 AND amount_minor),
    CONSTRAINT payments_captured_check CHECK ((state = 'CAPTURED') = (provider_payment_id IS NOT NULL)),
    CONSTRAINT payments_card_last4_check CHECK (card_last4 ~ '^[0-9]{4}$')
);

CREATE UNIQUE INDEX payments_one_pending_per_hold ON payments (hold_id) WHERE state = 'PENDING';
CREATE UNIQUE INDEX payments_order_idx ON payments (order_id) WHERE order_id IS NOT NULL;
-- Captured without an order: a late payment to refund, or a crash between charge and ticketing.
CREATE INDEX payments_unsettled_idx ON payments (updated_at) WHERE state IN ('PENDING', 'CAPTURED') AND order_id IS NULL;

CREATE TABLE refunds (
    id                 uuid        PRIMARY KEY,
    payment_id         uuid        NOT NULL REFERENCES payments (id),
    order_id           uuid        REFERENCES orders (id),
    idempotency_key    text        NOT NULL,
    amount_minor       bigint      NOT NULL,
    reason             text        NOT NULL,
    state              text        NOT NULL,
    provider_refund_id text,
    failure            text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    CONSTRAINT refunds_idempotency_key_key UNIQUE (idempotency_key),
    CONSTRAINT refunds_amount_check CHECK (amount_minor > 0),
    CONSTRAINT refunds_state_check CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT refunds_reason_check CHECK (reason IN ('BUYER_CANCELLED', 'SHOW_CANCELLED', 'LATE_PAYMENT'))
);

CREATE INDEX refunds_payment_idx ON refunds (payment_id);
CREATE INDEX refunds_pending_idx ON refunds (updated_at) WHERE state = 'PENDING';

-- Idempotency-Key of the order requests, per caller: the first request's fingerprint and outcome
-- (the order made, or the refusal), kept at least 24 hours. IN_PROGRESS while a request runs.
CREATE TABLE idempotency_keys (
    account_id     uuid        NOT NULL,
    key            text        NOT NULL,
    fingerprint    text        NOT NULL,
    state          text        NOT NULL,
    order_id       uuid        REFERENCES orders (id),
    rejection_code text,
    -- What the refusal named: a decline reason, the seats concerned.
    rejection_detail text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (account_id, key),
    CONSTRAINT idempotency_keys_key_check CHECK (length(key) BETWEEN 1 AND 255),
    CONSTRAINT idempotency_keys_state_check CHECK (state IN ('IN_PROGRESS', 'DONE')),
    CONSTRAINT idempotency_keys_outcome_check CHECK (state = 'IN_PROGRESS'
        OR num_nonnulls(order_id, rejection_code) = 1)
);

CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
