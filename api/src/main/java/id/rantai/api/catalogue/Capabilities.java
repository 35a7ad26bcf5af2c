package id.rantai.api.catalogue;

import id.rantai.api.db.Sql;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cooperatives' capability catalogue in PostgreSQL. A withdrawn entry keeps its row (deleted_at) but is not found. */
@Singleton
public class Capabilities {

    static final String ENTITY = "capability";

    private static final String SELECT = """
            select c.*, o.name as cooperative_name,
                   array(select cf.facility_id::text from capability_facility cf where cf.capability_id = c.id
                         order by cf.facility_id) as facility_ids,
                   array(select cm.msme_id::text from capability_member cm where cm.capability_id = c.id
                         order by cm.msme_id) as member_ids
            from capability c join organization o on o.id = c.cooperative_id
            """;

    private final Sql sql;

    Capabilities(Sql sql) {
        this.sql = sql;
    }

    /** A live (not withdrawn) entry. */
    public Optional<CapabilityView> find(UUID id) {
        return sql.one(SELECT + " where c.id = ? and c.deleted_at is null", Capabilities::capability, id);
    }

    /** A page of live entries, of one cooperative or all, newest first. */
    public Page page(Optional<UUID> owner, int page, int size) {
        UUID cooperative = owner.orElse(null);
        String where = " where c.deleted_at is null and (?::uuid is null or c.cooperative_id = ?)";
        long total = sql.count("select count(*) from capability c" + where, cooperative, cooperative);
        List<CapabilityView> items = sql.list(SELECT + where + " order by c.created_at desc, c.id limit ? offset ?",
                Capabilities::capability, cooperative, cooperative, size, (long) page * size);
        return new Page(items, total, page, size);
    }

    public UUID insert(UUID cooperative, CapabilityRequest request) {
        UUID id = sql.one("""
                insert into capability (cooperative_id, title, description, kbli, processes, products, monthly_capacity_qty,
                                        capacity_unit, unit_price_min_idr, unit_price_max_idr, lead_time_days, min_order_qty,
                                        certifications, local_content_pct)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", rs -> rs.getObject(1, UUID.class),
                cooperative, request.title().strip(), text(request.description()), request.kbli(),
                request.processesOrEmpty(), request.productsOrEmpty(), request.monthlyCapacity().quantity(),
                request.monthlyCapacity().unit().strip(), request.unitPriceIdr().min(), request.unitPriceIdr().max(),
                request.leadTimeDays(), minOrder(request), request.certificationsOrEmpty(), localContent(request))
                .orElseThrow();
        insertLinks(id, request);
        return id;
    }

    /** Replaces a live entry's fields and links; false when the version is stale. */
    public boolean replace(UUID id, long version, CapabilityRequest request) {
        int updated = sql.update("""
                update capability set title = ?, description = ?, kbli = ?, processes = ?, products = ?,
                       monthly_capacity_qty = ?, capacity_unit = ?, unit_price_min_idr = ?, unit_price_max_idr = ?,
                       lead_time_days = ?, min_order_qty = ?, certifications = ?, local_content_pct = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ? and deleted_at is null""",
                request.title().strip(), text(request.description()), request.kbli(), request.processesOrEmpty(),
                request.productsOrEmpty(), request.monthlyCapacity().quantity(), request.monthlyCapacity().unit().strip(),
                request.unitPriceIdr().min(), request.unitPriceIdr().max(), request.leadTimeDays(), minOrder(request),
                request.certificationsOrEmpty(), localContent(request), id, version);
        if (updated == 0) {
            return false;
        }
        sql.update("delete from capability_facility where capability_id = ?", id);
        sql.update("delete from capability_member where capability_id = ?", id);
        insertLinks(id, request);
        return true;
    }

    /** Withdraws a live entry (soft delete); false when the version is stale. */
    public boolean withdraw(UUID id, long version) {
        return sql.update("""
                update capability set deleted_at = now(), updated_at = now(), version = version + 1
                where id = ? and version = ? and deleted_at is null""", id, version) == 1;
    }

    /** An entry's id and its new version. */
    public record Touched(UUID id, long version) {
    }

    /** Gives every live entry of the cooperative a new version, without changing what it says. */
    public List<Touched> touchAll(UUID cooperative) {
        return sql.list("""
                update capability set version = version + 1 where cooperative_id = ? and deleted_at is null
                returning id, version""", rs -> new Touched(Sql.uuid(rs, "id"), rs.getLong("version")), cooperative);
    }

    private void insertLinks(UUID id, CapabilityRequest request) {
        for (UUID facility : request.facilityIdsOrEmpty().stream().distinct().toList()) {
            sql.update("insert into capability_facility (capability_id, facility_id) values (?, ?)", id, facility);
        }
        for (UUID member : request.memberIdsOrEmpty().stream().distinct().toList()) {
            sql.update("insert into capability_member (capability_id, msme_id) values (?, ?)", id, member);
        }
    }

    private static long minOrder(CapabilityRequest request) {
        return request.minOrderQuantity() == null ? 1L : request.minOrderQuantity();
    }

    private static BigDecimal localContent(CapabilityRequest request) {
        return request.localContentPct() == null ? BigDecimal.ZERO : request.localContentPct();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static CapabilityView capability(ResultSet rs) throws SQLException {
        return new CapabilityView(Sql.uuid(rs, "id"),
                new Party(Sql.uuid(rs, "cooperative_id"), rs.getString("cooperative_name")),
                rs.getString("title"), rs.getString("description"), rs.getString("kbli"), Sql.strings(rs, "processes"),
                Sql.strings(rs, "products"),
                new CapabilityRequest.Capacity(rs.getLong("monthly_capacity_qty"), rs.getString("capacity_unit")),
                new CapabilityRequest.PriceRange(rs.getLong("unit_price_min_idr"), rs.getLong("unit_price_max_idr")),
                rs.getInt("lead_time_days"), rs.getLong("min_order_qty"), Sql.strings(rs, "certifications"),
                rs.getBigDecimal("local_content_pct"), ids(rs, "facility_ids"), ids(rs, "member_ids"),
                Sql.time(rs, "created_at"), Sql.time(rs, "updated_at"), rs.getLong("version"));
    }

    private static List<UUID> ids(ResultSet rs, String column) throws SQLException {
        return Sql.strings(rs, column).stream().map(UUID::fromString).toList();
    }

    /** A page of catalogue entries. */
    @Serdeable
    public record Page(List<CapabilityView> items, long total, int page, int size) {
    }
}
