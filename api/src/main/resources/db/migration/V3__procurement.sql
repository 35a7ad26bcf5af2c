-- Rantai schema, part 3: tenders and what comes of them.
-- A BUMN posts a demand split into lots; cooperatives place sealed bids; the award optimiser's jobs
-- (award_plan) propose awards; accepted or manual awards are delivered against.

-- Lets demand name its creator together with the buyer, so the creator must belong to the buyer.
ALTER TABLE app_user ADD CONSTRAINT app_user_id_organization_key UNIQUE (id, organization_id);

CREATE TABLE demand (
    id                    uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    buyer_organization_id uuid        NOT NULL,
    buyer_type            text        NOT NULL GENERATED ALWAYS AS ('BUMN') STORED,
    created_by            uuid        NOT NULL,
    title                 text        NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 300),
    description           text        NOT NULL DEFAULT '',
    kbli                  kbli_code   NOT NULL,
    status                text        NOT NULL DEFAULT 'DRAFT'
                                      CHECK (status IN ('DRAFT', 'OPEN', 'EVALUATION', 'AWARDED', 'COMPLETED', 'CANCELLED')),
    bid_deadline          timestamptz NOT NULL,
    published_at          timestamptz,
    cancelled_at          timestamptz,
    -- award rules the buyer set when posting (minMsmeSharePct, maxSharePerBidderPct, ...)
    rules                 jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(rules) = 'object'),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    version               bigint      NOT NULL DEFAULT 0,
    CONSTRAINT demand_buyer_is_bumn FOREIGN KEY (buyer_organization_id, buyer_type)
        REFERENCES organization (id, type),
    CONSTRAINT demand_created_by_buyer_staff FOREIGN KEY (created_by, buyer_organization_id)
        REFERENCES app_user (id, organization_id),
    -- a draft was never published; everything past OPEN was (a cancelled one may have been or not)
    CONSTRAINT demand_published_unless_draft CHECK (CASE status
        WHEN 'DRAFT' THEN published_at IS NULL
        WHEN 'CANCELLED' THEN true
        ELSE published_at IS NOT NULL END),
    CONSTRAINT demand_cancelled_at_iff_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX demand_buyer_status_idx ON demand (buyer_organization_id, status);
CREATE INDEX demand_status_deadline_idx ON demand (status, bid_deadline);
CREATE INDEX demand_created_by_idx ON demand (created_by);
CREATE INDEX demand_updated_idx ON demand (updated_at);

CREATE TABLE lot (
    id                      uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    demand_id               uuid         NOT NULL REFERENCES demand (id) ON DELETE CASCADE,
    lot_no                  integer      NOT NULL CHECK (lot_no > 0),
    title                   text         NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 300),
    specification           text         NOT NULL DEFAULT '',
    quantity                bigint       NOT NULL CHECK (quantity > 0),
    unit                    text         NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 20),
    required_certifications text[]       NOT NULL DEFAULT '{}' CHECK (is_code_list(required_certifications)),
    min_local_content_pct   percentage   NOT NULL DEFAULT 0,
    delivery_province       char(5)      NOT NULL REFERENCES province (iso_code),
    delivery_lat            id_latitude,
    delivery_lon            id_longitude,
    delivery_location       text,
    delivery_deadline       date         NOT NULL,
    max_unit_price_idr      bigint       NOT NULL CHECK (max_unit_price_idr > 0),
    version                 bigint       NOT NULL DEFAULT 0,
    CONSTRAINT lot_no_key UNIQUE (demand_id, lot_no),
    -- target of award's "this lot belongs to that demand" key
    CONSTRAINT lot_id_demand_key UNIQUE (id, demand_id),
    CONSTRAINT lot_delivery_location_complete CHECK ((delivery_lat IS NULL) = (delivery_lon IS NULL))
);
CREATE INDEX lot_delivery_province_idx ON lot (delivery_province);

-- A sealed bid. Only the bidding cooperative sees it before the demand's deadline (enforced by the
-- application); a revision updates the row, a withdrawal sets WITHDRAWN. A cooperative has at most
-- one live bid per lot.
CREATE TABLE bid (
    id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id            uuid        NOT NULL REFERENCES lot (id),
    cooperative_id    uuid        NOT NULL,
    cooperative_type  text        NOT NULL GENERATED ALWAYS AS ('COOPERATIVE') STORED,
    -- a partial quantity is a valid bid: lots can be split between suppliers
    quantity          bigint      NOT NULL CONSTRAINT bid_quantity_positive CHECK (quantity > 0),
    unit_price_idr    bigint      NOT NULL CONSTRAINT bid_unit_price_positive CHECK (unit_price_idr > 0),
    lead_time_days    integer     NOT NULL CHECK (lead_time_days BETWEEN 0 AND 365),
    local_content_pct percentage  NOT NULL DEFAULT 0,
    facility_id       uuid        REFERENCES facility (id),
    status            text        NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'WITHDRAWN')),
    submitted_at      timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT bid_is_of_cooperative FOREIGN KEY (cooperative_id, cooperative_type)
        REFERENCES organization (id, type),
    -- target of award's "this bid is for that lot by that cooperative" key
    CONSTRAINT bid_id_lot_cooperative_key UNIQUE (id, lot_id, cooperative_id)
);
CREATE UNIQUE INDEX bid_one_live_per_lot_and_cooperative ON bid (lot_id, cooperative_id) WHERE status = 'SUBMITTED';
CREATE INDEX bid_cooperative_idx ON bid (cooperative_id, status);
CREATE INDEX bid_facility_idx ON bid (facility_id);

-- The member MSMEs that will produce a bid.
CREATE TABLE bid_member (
    bid_id  uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    msme_id uuid NOT NULL REFERENCES msme (id),
    PRIMARY KEY (bid_id, msme_id)
);
CREATE INDEX bid_member_msme_idx ON bid_member (msme_id);

-- A bid may name only members of the bidding cooperative.
CREATE FUNCTION bid_member_must_belong() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NOT EXISTS (SELECT 1
                     FROM bid b
                     JOIN cooperative_member m ON m.cooperative_id = b.cooperative_id
                    WHERE b.id = NEW.bid_id AND m.msme_id = NEW.msme_id) THEN
        RAISE EXCEPTION 'MSME % is not a member of the cooperative that placed bid %', NEW.msme_id, NEW.bid_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'bid_member_belongs_to_cooperative';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER bid_member_belongs_to_cooperative
    BEFORE INSERT OR UPDATE ON bid_member
    FOR EACH ROW EXECUTE FUNCTION bid_member_must_belong();

-- A solver job and its outcome. Any replica may claim a SOLVING row with FOR UPDATE SKIP LOCKED;
-- claimed_by and heartbeat_at let another replica take over the job of one that died.
CREATE TABLE award_plan (
    id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    demand_id          uuid        NOT NULL REFERENCES demand (id),
    status             text        NOT NULL DEFAULT 'SOLVING'
                                   CHECK (status IN ('SOLVING', 'SOLVED', 'FAILED', 'ACCEPTED', 'CANCELLED')),
    rules              jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(rules) = 'object'),
    time_limit_seconds integer     NOT NULL CHECK (time_limit_seconds BETWEEN 1 AND 3600),
    requested_by       uuid        NOT NULL REFERENCES app_user (id),
    score              text,
    feasible           boolean,
    -- allocations, unawarded quantities, totals, constraint matches, price of rules (API shape)
    result             jsonb,
    failure_reason     text,
    claimed_by         text,
    heartbeat_at       timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    finished_at        timestamptz,
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX award_plan_demand_idx ON award_plan (demand_id, created_at);
CREATE INDEX award_plan_queue_idx ON award_plan (created_at) WHERE status = 'SOLVING';
-- accepting a second plan for the same demand is a conflict, whoever races to do it
CREATE UNIQUE INDEX award_plan_one_accepted_per_demand ON award_plan (demand_id) WHERE status = 'ACCEPTED';

-- An award of (part of) a lot to a bid; manual (award_plan_id NULL) or from an accepted plan.
-- The composite keys make lot, bid and cooperative agree with each other and with the demand.
CREATE TABLE award (
    id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    demand_id           uuid        NOT NULL,
    lot_id              uuid        NOT NULL,
    bid_id              uuid        NOT NULL,
    cooperative_id      uuid        NOT NULL,
    quantity            bigint      NOT NULL CHECK (quantity > 0),
    unit_price_idr      bigint      NOT NULL CHECK (unit_price_idr > 0),
    -- per unit, after the TKDN price preference (HEA); what the award was decided on
    evaluated_price_idr bigint      NOT NULL CHECK (evaluated_price_idr >= 0),
    award_plan_id       uuid        REFERENCES award_plan (id),
    facility_id         uuid        REFERENCES facility (id),
    -- the Monday of the production week booked at the facility, when a plan scheduled one
    week                date        CHECK (extract(isodow FROM week) = 1),
    awarded_at          timestamptz NOT NULL DEFAULT now(),
    awarded_by          uuid        NOT NULL REFERENCES app_user (id),
    CONSTRAINT award_lot_of_demand FOREIGN KEY (lot_id, demand_id) REFERENCES lot (id, demand_id),
    CONSTRAINT award_bid_of_lot_and_cooperative FOREIGN KEY (bid_id, lot_id, cooperative_id)
        REFERENCES bid (id, lot_id, cooperative_id)
);
CREATE INDEX award_demand_idx ON award (demand_id);
CREATE INDEX award_lot_idx ON award (lot_id);
CREATE INDEX award_bid_idx ON award (bid_id);
CREATE INDEX award_cooperative_idx ON award (cooperative_id, awarded_at);
CREATE INDEX award_plan_idx ON award (award_plan_id);
CREATE INDEX award_facility_week_idx ON award (facility_id, week);
CREATE INDEX award_awarded_at_idx ON award (awarded_at);

CREATE TABLE delivery (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    award_id     uuid        NOT NULL REFERENCES award (id),
    quantity     bigint      NOT NULL CHECK (quantity > 0),
    delivered_on date        NOT NULL,
    on_time      boolean     NOT NULL,
    recorded_by  uuid        NOT NULL REFERENCES app_user (id),
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delivery_award_idx ON delivery (award_id);

-- Network matching of open lots to cooperatives and facility weeks, before bidding; a solver job
-- like award_plan.
CREATE TABLE matching_run (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    status         text        NOT NULL DEFAULT 'SOLVING'
                               CHECK (status IN ('SOLVING', 'SOLVED', 'FAILED', 'CANCELLED')),
    request        jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(request) = 'object'),
    result         jsonb,
    failure_reason text,
    requested_by   uuid        NOT NULL REFERENCES app_user (id),
    claimed_by     text,
    heartbeat_at   timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    version        bigint      NOT NULL DEFAULT 0
);
CREATE INDEX matching_run_queue_idx ON matching_run (created_at) WHERE status = 'SOLVING';
CREATE INDEX matching_run_requested_by_idx ON matching_run (requested_by, created_at);
