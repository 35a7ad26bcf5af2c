package id.rantai.api.bid;

import id.rantai.api.db.Sql;
import id.rantai.matching.price.LocalContentPreference;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bids in PostgreSQL. Every read here is already scoped by the caller: these methods do not check sealing. */
@Singleton
public class Bids {

    private static final String SELECT = """
            select b.*, l.demand_id, o.name as cooperative_name,
                   coalesce((d.rules ->> 'tkdnPreference')::boolean, true) as tkdn_preference,
                   array(select bm.msme_id::text from bid_member bm where bm.bid_id = b.id order by bm.msme_id) as member_ids
            from bid b join lot l on l.id = b.lot_id join demand d on d.id = l.demand_id
            join organization o on o.id = b.cooperative_id
            """;

    private final Sql sql;

    Bids(Sql sql) {
        this.sql = sql;
    }

    public Optional<BidView> find(UUID id) {
        return sql.one(SELECT + " where b.id = ?", Bids::bid, id);
    }

    public List<BidView> ofCooperative(UUID cooperative) {
        return sql.list(SELECT + " where b.cooperative_id = ? order by b.submitted_at desc", Bids::bid, cooperative);
    }

    public List<BidView> ofDemand(UUID demand) {
        return sql.list(SELECT + " where l.demand_id = ? and b.status = 'SUBMITTED' order by l.lot_no, b.unit_price_idr",
                Bids::bid, demand);
    }

    public Optional<UUID> liveBidOf(UUID lot, UUID cooperative) {
        return sql.one("select id from bid where lot_id = ? and cooperative_id = ? and status = 'SUBMITTED'",
                rs -> rs.getObject(1, UUID.class), lot, cooperative);
    }

    public UUID insert(UUID lot, UUID cooperative, BidRequest request) {
        UUID id = sql.one("""
                insert into bid (lot_id, cooperative_id, quantity, unit_price_idr, lead_time_days, local_content_pct, facility_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", rs -> rs.getObject(1, UUID.class),
                lot, cooperative, request.quantity(), request.unitPriceIdr(), request.leadTimeDays(),
                request.localContentPct(), request.facilityId()).orElseThrow();
        insertMembers(id, request.memberIds());
        return id;
    }

    public boolean revise(UUID id, long version, BidRequest request) {
        int updated = sql.update("""
                update bid set quantity = ?, unit_price_idr = ?, lead_time_days = ?, local_content_pct = ?, facility_id = ?,
                               updated_at = now(), version = version + 1
                where id = ? and version = ? and status = 'SUBMITTED'""",
                request.quantity(), request.unitPriceIdr(), request.leadTimeDays(), request.localContentPct(),
                request.facilityId(), id, version);
        if (updated == 1) {
            sql.update("delete from bid_member where bid_id = ?", id);
            insertMembers(id, request.memberIds());
        }
        return updated == 1;
    }

    public boolean withdraw(UUID id, long version) {
        return sql.update("""
                update bid set status = 'WITHDRAWN', updated_at = now(), version = version + 1
                where id = ? and version = ? and status = 'SUBMITTED'""", id, version) == 1;
    }

    private void insertMembers(UUID bid, List<UUID> members) {
        for (UUID member : members.stream().distinct().toList()) {
            sql.update("insert into bid_member (bid_id, msme_id) values (?, ?)", bid, member);
        }
    }

    private static BidView bid(ResultSet rs) throws SQLException {
        LocalContentPreference preference = rs.getBoolean("tkdn_preference") ? LocalContentPreference.GOODS : LocalContentPreference.NONE;
        long price = rs.getLong("unit_price_idr");
        return new BidView(Sql.uuid(rs, "id"), Sql.uuid(rs, "demand_id"), Sql.uuid(rs, "lot_id"),
                new BidView.Cooperative(Sql.uuid(rs, "cooperative_id"), rs.getString("cooperative_name")),
                rs.getLong("quantity"), price, preference.evaluatedPriceIdr(price, rs.getBigDecimal("local_content_pct")),
                rs.getInt("lead_time_days"), rs.getBigDecimal("local_content_pct"), Sql.uuid(rs, "facility_id"),
                Sql.strings(rs, "member_ids").stream().map(UUID::fromString).toList(), rs.getString("status"),
                Sql.time(rs, "submitted_at"), Sql.time(rs, "updated_at"), rs.getLong("version"));
    }
}
