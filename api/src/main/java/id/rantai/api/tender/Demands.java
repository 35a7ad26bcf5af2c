package id.rantai.api.tender;

import id.rantai.api.db.JsonColumns;
import id.rantai.api.db.Sql;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Demands and their lots in PostgreSQL. */
@Singleton
public class Demands {

    private static final String SELECT_DEMAND = """
            select d.*, o.name as buyer_name from demand d join organization o on o.id = d.buyer_organization_id
            """;

    private final Sql sql;
    private final JsonColumns json;

    Demands(Sql sql, JsonColumns json) {
        this.sql = sql;
        this.json = json;
    }

    public Optional<DemandView> find(UUID id) {
        return sql.one(SELECT_DEMAND + " where d.id = ?", this::demand, id).map(d -> withLots(d, lots(d.id())));
    }

    /** Locks the demand row for the rest of the transaction (writers of the demand and of its bids take it). */
    public Optional<DemandView> lock(UUID id, boolean exclusive) {
        return sql.one(SELECT_DEMAND + " where d.id = ? for " + (exclusive ? "update of d" : "share of d"), this::demand, id)
                .map(d -> withLots(d, lots(d.id())));
    }

    /** A page of demands matching the filter, newest first; {@code visibleDraftsOf} also shows that buyer's drafts. */
    public Page page(Optional<DemandStatus> status, Optional<UUID> buyer, Optional<UUID> visibleDraftsOf, int page, int size) {
        String where = """
                 where (d.published_at is not null or d.buyer_organization_id = ?)
                   and (?::text is null or d.status = ?)
                   and (?::uuid is null or d.buyer_organization_id = ?)""";
        UUID drafts = visibleDraftsOf.orElse(null);
        String statusName = status.map(Enum::name).orElse(null);
        UUID buyerId = buyer.orElse(null);
        long total = sql.count("select count(*) from demand d " + where, drafts, statusName, statusName, buyerId, buyerId);
        List<DemandView> items = sql.list(SELECT_DEMAND + where + " order by d.created_at desc, d.id limit ? offset ?",
                this::demand, drafts, statusName, statusName, buyerId, buyerId, size, (long) page * size);
        List<DemandView> withLots = new ArrayList<>();
        for (DemandView d : items) {
            withLots.add(withLots(d, lots(d.id())));
        }
        return new Page(withLots, total, page, size);
    }

    public UUID insert(UUID buyer, UUID createdBy, DemandRequest request) {
        UUID id = sql.one("""
                insert into demand (buyer_organization_id, created_by, title, description, kbli, bid_deadline, rules)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", rs -> rs.getObject(1, UUID.class),
                buyer, createdBy, request.title().strip(), text(request.description()), request.kbli(),
                request.bidDeadline(), json.of(request.rules() == null ? Map.of() : request.rules()))
                .orElseThrow();
        insertLots(id, request.lots());
        return id;
    }

    /** Replaces a draft's fields and lots; false when the version is stale. */
    public boolean replace(UUID id, long version, DemandRequest request) {
        int updated = sql.update("""
                update demand set title = ?, description = ?, kbli = ?, bid_deadline = ?, rules = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""",
                request.title().strip(), text(request.description()), request.kbli(), request.bidDeadline(),
                json.of(request.rules() == null ? Map.of() : request.rules()), id, version);
        if (updated == 0) {
            return false;
        }
        sql.update("delete from lot where demand_id = ?", id);
        insertLots(id, request.lots());
        return true;
    }

    /** Moves a demand to a status; false when its version is stale. */
    public boolean moveTo(UUID id, long version, DemandStatus status) {
        return sql.update("""
                update demand set status = ?, updated_at = now(), version = version + 1,
                       published_at = case when ? = 'OPEN' then now() else published_at end,
                       cancelled_at = case when ? = 'CANCELLED' then now() else cancelled_at end
                where id = ? and version = ?""", status, status.name(), status.name(), id, version) == 1;
    }

    /** OPEN demands whose deadline has passed by the database clock: the ids, locked, for moving to EVALUATION. */
    public List<UUID> lockDueForEvaluation(Optional<UUID> only) {
        return sql.list("""
                select id from demand where status = 'OPEN' and bid_deadline <= clock_timestamp()
                  and (?::uuid is null or id = ?)
                order by bid_deadline for update skip locked""", rs -> rs.getObject(1, UUID.class),
                only.orElse(null), only.orElse(null));
    }

    /** Whether the bid deadline has passed by the database clock now. */
    public boolean deadlinePassed(UUID id) {
        return sql.one("select bid_deadline <= clock_timestamp() from demand where id = ?", rs -> rs.getBoolean(1), id)
                .orElse(false);
    }

    private void insertLots(UUID demandId, List<DemandRequest.LotRequest> lots) {
        int lotNo = 1;
        for (DemandRequest.LotRequest lot : lots) {
            int inserted = sql.update("""
                    insert into lot (demand_id, lot_no, title, specification, quantity, unit, required_certifications,
                                     processes, min_local_content_pct, delivery_province, delivery_lat, delivery_lon,
                                     delivery_location, delivery_deadline, max_unit_price_idr, facility_minutes_per_unit)
                    select ?, ?, ?, ?, ?, ?, ?, ?, ?, p.iso_code, coalesce(?, p.lat), coalesce(?, p.lon), ?, ?, ?, coalesce(?, 6)
                    from province p where p.iso_code = ?""",
                    demandId, lotNo++, lot.title().strip(), text(lot.specification()), lot.quantity(), lot.unit().strip(),
                    lot.requiredCertifications() == null ? List.of() : lot.requiredCertifications(),
                    lot.processes() == null ? List.of() : lot.processes().stream().map(String::strip).toList(),
                    lot.minLocalContentPct() == null ? java.math.BigDecimal.ZERO : lot.minLocalContentPct(),
                    lot.deliveryLocation() == null ? null : lot.deliveryLocation().lat(),
                    lot.deliveryLocation() == null ? null : lot.deliveryLocation().lon(),
                    lot.deliveryAddress(), lot.deliveryDeadline(), lot.maxUnitPriceIdr(), lot.facilityMinutesPerUnit(),
                    lot.deliveryProvince());
            if (inserted == 0) {
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The request has invalid fields",
                        List.of(new Problem.FieldError("lots[" + (lotNo - 2) + "].deliveryProvince",
                                "unknown province " + lot.deliveryProvince())));
            }
        }
    }

    private List<DemandView.LotView> lots(UUID demandId) {
        return sql.list("select * from lot where demand_id = ? order by lot_no", rs -> new DemandView.LotView(
                Sql.uuid(rs, "id"), rs.getInt("lot_no"), rs.getString("title"), rs.getString("specification"),
                rs.getLong("quantity"), rs.getString("unit"), Sql.strings(rs, "required_certifications"),
                Sql.strings(rs, "processes"), rs.getBigDecimal("min_local_content_pct"), rs.getString("delivery_province"),
                Sql.nullableDouble(rs, "delivery_lat") == null ? null
                        : new DemandRequest.GeoPoint(rs.getDouble("delivery_lat"), rs.getDouble("delivery_lon")),
                rs.getString("delivery_location"), rs.getObject("delivery_deadline", java.time.LocalDate.class),
                rs.getLong("max_unit_price_idr"), rs.getInt("facility_minutes_per_unit")), demandId);
    }

    private DemandView demand(ResultSet rs) throws SQLException {
        return new DemandView(Sql.uuid(rs, "id"),
                new DemandView.Party(Sql.uuid(rs, "buyer_organization_id"), rs.getString("buyer_name")),
                rs.getString("title"), rs.getString("description"), rs.getString("kbli"),
                DemandStatus.valueOf(rs.getString("status")), Sql.time(rs, "bid_deadline"), Sql.time(rs, "published_at"),
                Sql.time(rs, "cancelled_at"), List.of(), read(rs.getString("rules")), Sql.time(rs, "created_at"),
                Sql.time(rs, "updated_at"), rs.getLong("version"));
    }

    private static DemandView withLots(DemandView d, List<DemandView.LotView> lots) {
        return new DemandView(d.id(), d.buyer(), d.title(), d.description(), d.kbli(), d.status(), d.bidDeadline(),
                d.publishedAt(), d.cancelledAt(), lots, d.rules(), d.createdAt(), d.updatedAt(), d.version());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        return text == null ? Map.of() : new LinkedHashMap<>(json.read(text, Map.class));
    }

    /** A page of demands. */
    @io.micronaut.serde.annotation.Serdeable
    public record Page(List<DemandView> items, long total, int page, int size) {
    }
}
