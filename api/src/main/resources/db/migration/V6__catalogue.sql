-- Rantai schema, part 6: how much shared-facility time a unit takes, so awards book facility hours.
--
-- A facility week's booked hours are the sum over its awards (award.facility_id, award.week) of
-- quantity x minutes per unit / 60. The figure belongs to the lot: it is a property of what is made,
-- the same whichever bid wins, and every award (manual or from a plan) and every network-matching
-- offer has a lot. Whole minutes, because that is the unit the award optimiser books facility weeks in
-- (Offer.facilityMinutesPerUnit); the default of 6 minutes (0.1 h) stands in until the buyer says more.
ALTER TABLE lot ADD COLUMN facility_minutes_per_unit integer NOT NULL DEFAULT 6
    CONSTRAINT lot_facility_minutes_per_unit_range CHECK (facility_minutes_per_unit BETWEEN 1 AND 10080);
