-- Promo codes of an event. The domain decides (PromoCode.discountFor); these constraints keep a code's
-- text once per event (upper case, as the domain normalises it), exactly one kind of discount, a
-- window that opens before it closes, and caps of one use at least. A hold carries at most one code;
-- its uses are counted from the holds and orders that carry it, under a lock of the code's row.

CREATE TABLE promo_codes (
    id               uuid        PRIMARY KEY,
    event_id         uuid        NOT NULL REFERENCES events (id),
    code             text        NOT NULL,
    percent_off      integer,
    amount_off_minor bigint,
    currency         char(3),
    valid_from       timestamptz NOT NULL,
    valid_until      timestamptz NOT NULL,
    usage_cap        integer,
    per_buyer_cap    integer,
    created_at       timestamptz NOT NULL,
    CONSTRAINT promo_codes_event_id_code_key UNIQUE (event_id, code),
    CONSTRAINT promo_codes_code_check CHECK (code ~ '^[A-Z0-9-]{3,32}$'),
    CONSTRAINT promo_codes_discount_check CHECK (num_nonnulls(percent_off, amount_off_minor) = 1
        AND (amount_off_minor IS NULL) = (currency IS NULL)),
    CONSTRAINT promo_codes_percent_check CHECK (percent_off BETWEEN 1 AND 100),
    CONSTRAINT promo_codes_amount_check CHECK (amount_off_minor > 0),
    CONSTRAINT promo_codes_window_check CHECK (valid_from < valid_until),
    CONSTRAINT promo_codes_caps_check CHECK (usage_cap >= 1 AND per_buyer_cap >= 1)
);

ALTER TABLE holds ADD CONSTRAINT holds_promo_code_id_fkey FOREIGN KEY (promo_code_id) REFERENCES promo_codes (id);
CREATE INDEX holds_promo_code_idx ON holds (promo_code_id, buyer_id) WHERE promo_code_id IS NOT NULL;
