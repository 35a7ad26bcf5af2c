-- Rantai schema, part 7: what the ministry reports and the public may check.
-- The rule that attributes an award's value to MSMEs lives here, once, so that the inclusion dashboard,
-- the CSV export and anyone querying the database with SQL get the same rupiah.

-- One row per recipient of an award's value.
--
-- An award's value is quantity × unit_price_idr (whole rupiah). The bid it was made on names the member
-- MSMEs that produce (bid_member). The value is split equally among them in whole rupiah: each gets
-- value / n rounded down, and the remainder (value mod n, fewer than n rupiah) goes one rupiah each to the
-- first members in msme_id order. So the shares of an award add up to its value exactly, and the same
-- data always gives the same split. A bid that names no member keeps the whole value with the
-- cooperative: one row with msme_id NULL, not an MSME.
--
-- is_msme: the recipient is an MSME of size class MICRO, SMALL or MEDIUM (every msme row today).
-- province: the MSME's province, or the cooperative's for value the cooperative keeps; that is where
-- the value arrives, which is what the ministry tracks by province (not where the buyer takes delivery).
--
-- Both windows partition by the columns reports filter on (awarded_at, buyer_id) before the award id, which
-- does not change the partitions (one award, one awarded_at, one buyer) but lets PostgreSQL push those
-- filters below the window functions and use award_awarded_at_idx instead of splitting every award first.
CREATE VIEW award_attribution AS
SELECT a.id                                                     AS award_id,
       a.awarded_at,
       d.buyer_organization_id                                  AS buyer_id,
       a.demand_id,
       d.kbli,
       a.lot_id,
       a.bid_id,
       a.cooperative_id,
       a.quantity::numeric * a.unit_price_idr                   AS award_value_idr,
       m.id                                                     AS msme_id,
       coalesce(m.province, o.province)                         AS province,
       coalesce(m.size_class IN ('MICRO', 'SMALL', 'MEDIUM'), false) AS is_msme,
       coalesce(m.women_led, false)                             AS women_led,
       coalesce(m.youth_led, false)                             AS youth_led,
       coalesce(m.green, false)                                 AS green,
       CASE WHEN count(bm.msme_id) OVER award_members = 0
            THEN a.quantity::numeric * a.unit_price_idr
            ELSE div(a.quantity::numeric * a.unit_price_idr, count(bm.msme_id) OVER award_members)
                 + CASE WHEN row_number() OVER award_members_in_order
                             <= mod(a.quantity::numeric * a.unit_price_idr, count(bm.msme_id) OVER award_members)
                        THEN 1 ELSE 0 END
       END                                                      AS value_idr
  FROM award a
  JOIN demand d ON d.id = a.demand_id
  JOIN organization o ON o.id = a.cooperative_id
  LEFT JOIN bid_member bm ON bm.bid_id = a.bid_id
  LEFT JOIN msme m ON m.id = bm.msme_id
WINDOW award_members AS (PARTITION BY a.awarded_at, d.buyer_organization_id, a.id),
       award_members_in_order AS (PARTITION BY a.awarded_at, d.buyer_organization_id, a.id ORDER BY bm.msme_id);

COMMENT ON VIEW award_attribution IS
    'Each award''s value split equally in whole rupiah among the member MSMEs its bid names (remainder one rupiah each to the first by msme_id); value of a bid naming none stays with the cooperative (msme_id NULL).';

-- OCDS publication lists releases by date; the tender release of a demand is dated by its publication.
CREATE INDEX demand_published_idx ON demand (published_at) WHERE published_at IS NOT NULL;
