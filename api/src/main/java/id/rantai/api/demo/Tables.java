package id.rantai.api.demo;

import java.util.List;

/** The tables the demo and synthetic generators write, with the columns they fill. */
final class Tables {

    static final Table ORGANIZATION = new Table("organization",
            "id", "type", "name", "short_name", "province", "lat", "lon", "verified", "created_at");
    static final Table APP_USER = new Table("app_user",
            "id", "username", "password_hash", "role", "organization_id", "display_name", "created_at");
    static final Table FACILITY = new Table("facility",
            "id", "name", "province", "lat", "lon", "sector", "kbli", "description", "processes",
            "weekly_capacity_hours", "status", "operator_organization_id", "opened_on", "created_at");
    static final Table MSME = new Table("msme",
            "id", "name", "nib", "owner_name", "province", "lat", "lon", "size_class", "women_led", "youth_led", "green",
            "kbli", "created_at");
    static final Table MSME_CERTIFICATION = new Table("msme_certification", "msme_id", "code", "valid_until");
    static final Table COOPERATIVE_MEMBER = new Table("cooperative_member", "cooperative_id", "msme_id", "joined_on");
    static final Table CAPABILITY = new Table("capability",
            "id", "cooperative_id", "title", "description", "kbli", "processes", "products", "monthly_capacity_qty",
            "capacity_unit", "unit_price_min_idr", "unit_price_max_idr", "lead_time_days", "min_order_qty",
            "certifications", "local_content_pct", "created_at", "updated_at");
    static final Table CAPABILITY_MEMBER = new Table("capability_member", "capability_id", "msme_id");
    static final Table CAPABILITY_FACILITY = new Table("capability_facility", "capability_id", "facility_id");
    static final Table CLUSTER = new Table("cluster",
            "id", "name", "province", "sector", "description", "kbli", "created_at");
    static final Table CLUSTER_MEMBER = new Table("cluster_member", "cluster_id", "cooperative_id");
    static final Table DEMAND = new Table("demand",
            "id", "buyer_organization_id", "created_by", "title", "description", "kbli", "status", "bid_deadline",
            "published_at", "cancelled_at", "rules", "created_at", "updated_at");
    static final Table LOT = new Table("lot",
            "id", "demand_id", "lot_no", "title", "specification", "quantity", "unit", "required_certifications",
            "min_local_content_pct", "delivery_province", "delivery_lat", "delivery_lon", "delivery_location",
            "delivery_deadline", "max_unit_price_idr");
    static final Table BID = new Table("bid",
            "id", "lot_id", "cooperative_id", "quantity", "unit_price_idr", "lead_time_days", "local_content_pct",
            "facility_id", "status", "submitted_at", "updated_at");
    static final Table BID_MEMBER = new Table("bid_member", "bid_id", "msme_id");
    static final Table AWARD = new Table("award",
            "id", "demand_id", "lot_id", "bid_id", "cooperative_id", "quantity", "unit_price_idr", "evaluated_price_idr",
            "facility_id", "awarded_at", "awarded_by");
    static final Table DELIVERY = new Table("delivery",
            "id", "award_id", "quantity", "delivered_on", "on_time", "recorded_by", "recorded_at");

    /** Parents before children, so each flush satisfies the foreign keys. */
    static final List<Table> IN_ORDER = List.of(ORGANIZATION, APP_USER, FACILITY, MSME, MSME_CERTIFICATION,
            COOPERATIVE_MEMBER, CAPABILITY, CAPABILITY_MEMBER, CAPABILITY_FACILITY, CLUSTER, CLUSTER_MEMBER, DEMAND, LOT,
            BID, BID_MEMBER, AWARD, DELIVERY);

    private Tables() {
    }
}
