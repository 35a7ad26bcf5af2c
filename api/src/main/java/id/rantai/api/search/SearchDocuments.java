package id.rantai.api.search;

import id.rantai.api.db.Sql;
import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.demand.DemandDocument;
import id.rantai.search.demand.DemandStatus;
import id.rantai.search.facility.FacilityDocument;
import id.rantai.search.facility.FacilityStatus;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.index.DocumentChange;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The search projection of PostgreSQL rows: what each index holds of a capability, a demand or a facility,
 * read as the rows stand now. A row that must not be searchable (a withdrawn entry, an unpublished demand)
 * becomes a delete at its row version. Only published parts: never bids, never members' personal data.
 */
@Singleton
class SearchDocuments {

    private static final String CAPABILITIES = """
            select c.*, o.name as cooperative_name, o.province, coalesce(o.lat, p.lat) as lat, coalesce(o.lon, p.lon) as lon,
                   o.verified,
                   array(select cf.facility_id::text from capability_facility cf where cf.capability_id = c.id) as facility_ids,
                   m.members, m.size_classes, m.women, m.youth, m.green,
                   (select avg(case when d.on_time then 1.0 else 0.0 end) from delivery d join award a on a.id = d.award_id
                     where a.cooperative_id = c.cooperative_id) as on_time_rate
            from capability c join organization o on o.id = c.cooperative_id join province p on p.iso_code = o.province
            left join lateral (
                select count(*) as members, array_agg(distinct s.size_class) as size_classes,
                       avg(case when s.women_led then 1.0 else 0.0 end) as women,
                       avg(case when s.youth_led then 1.0 else 0.0 end) as youth,
                       avg(case when s.green then 1.0 else 0.0 end) as green
                from cooperative_member cm join msme s on s.id = cm.msme_id where cm.cooperative_id = c.cooperative_id) m on true
            """;

    private final Sql sql;

    SearchDocuments(Sql sql) {
        this.sql = sql;
    }

    List<DocumentChange<CapabilityDocument>> capabilities(Collection<UUID> ids) {
        Map<UUID, DocumentChange<CapabilityDocument>> found = new HashMap<>();
        for (CapabilityRow row : sql.list(CAPABILITIES + " where c.id = any(?)", SearchDocuments::capabilityRow, new ArrayList<>(ids))) {
            found.put(row.id(), row.change());
        }
        return ids.stream().map(id -> found.getOrDefault(id, DocumentChange.delete(id.toString(), Long.MAX_VALUE / 2))).toList();
    }

    List<CapabilityDocument> allCapabilities() {
        return sql.list(CAPABILITIES + " where c.deleted_at is null order by c.id", SearchDocuments::capabilityRow).stream()
                .map(CapabilityRow::document).toList();
    }

    long capabilityCount() {
        return sql.count("select count(*) from capability where deleted_at is null");
    }

    List<DocumentChange<DemandDocument>> demands(Collection<UUID> ids) {
        Map<UUID, DocumentChange<DemandDocument>> found = new HashMap<>();
        for (var entry : demandRows(" where d.id = any(?)", new ArrayList<>(ids)).entrySet()) {
            found.put(entry.getKey(), entry.getValue());
        }
        return ids.stream().map(id -> found.getOrDefault(id, DocumentChange.delete(id.toString(), Long.MAX_VALUE / 2))).toList();
    }

    List<DemandDocument> allDemands() {
        return demandRows(" where d.published_at is not null", null).values().stream()
                .filter(c -> c instanceof DocumentChange.Upsert<DemandDocument>)
                .map(c -> ((DocumentChange.Upsert<DemandDocument>) c).document()).toList();
    }

    long demandCount() {
        return sql.count("select count(*) from demand where published_at is not null");
    }

    List<DocumentChange<FacilityDocument>> facilities(Collection<UUID> ids) {
        Map<UUID, DocumentChange<FacilityDocument>> found = new HashMap<>();
        for (FacilityDocument doc : sql.list("select * from facility where id = any(?)", SearchDocuments::facility, new ArrayList<>(ids))) {
            found.put(UUID.fromString(doc.id()), DocumentChange.upsert(doc));
        }
        return ids.stream().map(id -> found.getOrDefault(id, DocumentChange.delete(id.toString(), Long.MAX_VALUE / 2))).toList();
    }

    List<FacilityDocument> allFacilities() {
        return sql.list("select * from facility order by id", SearchDocuments::facility);
    }

    long facilityCount() {
        return sql.count("select count(*) from facility");
    }

    private record CapabilityRow(UUID id, boolean deleted, long version, CapabilityDocument document) {
        DocumentChange<CapabilityDocument> change() {
            return deleted ? DocumentChange.delete(id.toString(), version) : DocumentChange.upsert(document);
        }
    }

    private static CapabilityRow capabilityRow(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        long members = rs.getLong("members");
        double women = rs.getDouble("women");
        double youth = rs.getDouble("youth");
        double green = rs.getDouble("green");
        Double onTime = Sql.nullableDouble(rs, "on_time_rate");
        CapabilityDocument document = new CapabilityDocument(id.toString(), rs.getLong("version"), rs.getString("title"),
                rs.getString("description"), Sql.strings(rs, "products"), Sql.strings(rs, "processes"), rs.getString("kbli"),
                Sql.strings(rs, "certifications"),
                new CapabilityDocument.MonthlyCapacity(rs.getLong("monthly_capacity_qty"), rs.getString("capacity_unit")),
                new CapabilityDocument.PriceRange(rs.getLong("unit_price_min_idr"), rs.getLong("unit_price_max_idr")),
                rs.getInt("lead_time_days"), rs.getLong("min_order_qty"), rs.getBigDecimal("local_content_pct").doubleValue(),
                Sql.uuid(rs, "cooperative_id").toString(), rs.getString("cooperative_name"), rs.getString("province"),
                new GeoLocation(rs.getDouble("lat"), rs.getDouble("lon")), Sql.strings(rs, "facility_ids"),
                new CapabilityDocument.MemberProfile((int) members, Sql.strings(rs, "size_classes"), women >= 0.5, youth >= 0.5,
                        green >= 0.5, women, youth, green),
                rs.getBoolean("verified"), onTime);
        return new CapabilityRow(id, rs.getObject("deleted_at") != null, rs.getLong("version"), document);
    }

    private Map<UUID, DocumentChange<DemandDocument>> demandRows(String where, List<UUID> ids) {
        record Row(UUID id, long version, boolean published, String title, String description, String kbli, UUID buyer,
                   String buyerName, String status, OffsetDateTime deadline, OffsetDateTime publishedAt) {
        }
        String select = """
                select d.*, o.name as buyer_name from demand d join organization o on o.id = d.buyer_organization_id""" + where;
        Sql.RowMapper<Row> mapper = rs -> new Row(Sql.uuid(rs, "id"), rs.getLong("version"), rs.getObject("published_at") != null,
                rs.getString("title"), rs.getString("description"), rs.getString("kbli"), Sql.uuid(rs, "buyer_organization_id"),
                rs.getString("buyer_name"), rs.getString("status"), Sql.time(rs, "bid_deadline"), Sql.time(rs, "published_at"));
        List<Row> rows = ids == null ? sql.list(select, mapper) : sql.list(select, mapper, ids);
        Map<UUID, List<DemandDocument.Lot>> lots = new HashMap<>();
        List<UUID> demandIds = rows.stream().map(Row::id).toList();
        if (!demandIds.isEmpty()) {
            sql.list("select * from lot where demand_id = any(?) order by lot_no", rs -> {
                lots.computeIfAbsent(Sql.uuid(rs, "demand_id"), k -> new ArrayList<>()).add(new DemandDocument.Lot(
                        Sql.uuid(rs, "id").toString(), rs.getString("title"), rs.getString("specification"), rs.getLong("quantity"),
                        rs.getString("unit"), Sql.strings(rs, "required_certifications"),
                        rs.getBigDecimal("min_local_content_pct").doubleValue(), rs.getString("delivery_province"),
                        Sql.nullableDouble(rs, "delivery_lat") == null ? null
                                : new GeoLocation(rs.getDouble("delivery_lat"), rs.getDouble("delivery_lon")),
                        rs.getObject("delivery_deadline", java.time.LocalDate.class), rs.getLong("max_unit_price_idr")));
                return null;
            }, demandIds);
        }
        Map<UUID, DocumentChange<DemandDocument>> changes = new HashMap<>();
        for (Row r : rows) {
            // a draft (or a draft cancelled before publication) is not public: it leaves the index
            if (!r.published() || "DRAFT".equals(r.status())) {
                changes.put(r.id(), DocumentChange.delete(r.id().toString(), r.version()));
                continue;
            }
            changes.put(r.id(), DocumentChange.upsert(new DemandDocument(r.id().toString(), r.version(), r.title(), r.description(),
                    r.kbli(), r.buyer().toString(), r.buyerName(), DemandStatus.valueOf(r.status()), r.deadline().toInstant(),
                    r.publishedAt().toInstant(), lots.getOrDefault(r.id(), List.of()))));
        }
        return changes;
    }

    private static FacilityDocument facility(ResultSet rs) throws SQLException {
        return new FacilityDocument(Sql.uuid(rs, "id").toString(), rs.getLong("version"), rs.getString("name"),
                rs.getString("province"), new GeoLocation(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("sector"),
                Sql.strings(rs, "processes"), rs.getInt("weekly_capacity_hours"), FacilityStatus.valueOf(rs.getString("status")));
    }
}
