-- Rantai schema, part 5: the bid window is decided by the database clock at commit time.

-- The processes a lot needs from a shared facility ('penyulingan', 'pengeringan kayu (kiln dry)', ...).
-- A bid that names a facility must name one that offers them.
ALTER TABLE lot ADD COLUMN processes text[] NOT NULL DEFAULT '{}' CHECK (is_term_list(processes));

-- A bid (new, revised or withdrawn) commits only while its demand is OPEN and before the deadline, by
-- the clock at the moment of commit: the check is a deferred constraint trigger, so it runs when the
-- transaction commits, not when it began. Together with the demand row lock the bid statement takes,
-- a bid acknowledged to its bidder is always one that committed before the deadline.
CREATE FUNCTION bid_within_window() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    window_open boolean;
BEGIN
    -- loading history (the demo dataset's past tenders) switches the check off for its transaction
    IF current_setting('rantai.bid_window_check', true) = 'off' THEN
        RETURN NULL;
    END IF;
    SELECT d.status = 'OPEN' AND clock_timestamp() < d.bid_deadline
      INTO window_open
      FROM lot l JOIN demand d ON d.id = l.demand_id
     WHERE l.id = NEW.lot_id;
    IF NOT coalesce(window_open, false) THEN
        RAISE EXCEPTION 'the bid window of lot % is closed', NEW.lot_id
            USING ERRCODE = 'object_not_in_prerequisite_state', CONSTRAINT = 'bid_within_window';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER bid_within_window
    AFTER INSERT OR UPDATE ON bid
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bid_within_window();
