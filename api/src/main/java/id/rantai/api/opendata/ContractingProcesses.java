package id.rantai.api.opendata;

import id.rantai.api.db.ReadReplica;
import id.rantai.api.db.Sql;
import id.rantai.api.tender.DemandStatus;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Published demands as contracting processes, and the list of their releases by date, from PostgreSQL. This
 * is where sealing is kept for open data: bids are read only for a demand whose bids are opened, and the MSME
 * columns read are size and flags, never a name or an owner.
 */
@Singleton
class ContractingProcesses {

    /**
     * One row per release: the demand, the stage ({@link ReleaseStage#code()}) and its date. The conditions are
     * those of {@link ReleaseStage#reachedAt}; a demand never published has no row.
     */
    private static final String RELEASES = """
            select d.id as demand_id, 1 as stage, d.published_at as date
              from demand d where d.published_at is not null
            union all
            select d.id, 2, d.bid_deadline
              from demand d where d.status in ('EVALUATION', 'AWARDED', 'COMPLETED')
            union all
            select d.id, 3, d.cancelled_at
              from demand d where d.status = 'CANCELLED' and d.published_at is not null
            union all
            select a.demand_id, 4, max(a.awarded_at)
              from award a join demand d on d.id = a.demand_id where d.status in ('AWARDED', 'COMPLETED')
             group by a.demand_id
            union all
            select d.id, 5, coalesce((select max(v.recorded_at) from delivery v join award a on a.id = v.award_id
                                       where a.demand_id = d.id), d.updated_at)
              from demand d where d.status = 'COMPLETED' and exists (select 1 from award a where a.demand_id = d.id)
            """;

    private final Sql sql;

    ContractingProcesses(@Named(ReadReplica.NAME) Sql sql) {
        this.sql = sql;
    }

    /** A release to publish: which process, which stage, when. */
    record ReleaseRef(UUID demandId, ReleaseStage stage, OffsetDateTime date) {
    }

    record Page(List<ReleaseRef> releases, long total) {
    }

    /**
     * Releases dated at or after {@code since}, of one buyer's demands and of one KBLI sector (a code or its first digits)
     * when asked, oldest first (ties by demand and stage, so pages are stable).
     */
    Page releases(Optional<OffsetDateTime> since, Optional<UUID> buyer, Optional<String> kbli, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> filter = new ArrayList<>();
        since.ifPresent(s -> {
            conditions.add("r.date >= ?");
            filter.add(s);
        });
        buyer.ifPresent(b -> {
            conditions.add("p.buyer_organization_id = ?");
            filter.add(b);
        });
        kbli.ifPresent(k -> {
            conditions.add("p.kbli::text like ?");
            filter.add(k + "%");
        });
        String from = " from (" + RELEASES + ") r" + (buyer.isPresent() || kbli.isPresent() ? " join demand p on p.id = r.demand_id" : "")
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        long total = sql.count("select count(*)" + from, filter.toArray());
        List<Object> params = new ArrayList<>(filter);
        params.add(size);
        params.add((long) page * size);
        List<ReleaseRef> releases = sql.list("select r.*" + from + " order by r.date, r.demand_id, r.stage limit ? offset ?",
                rs -> new ReleaseRef(Sql.uuid(rs, "demand_id"), ReleaseStage.ofCode(rs.getInt("stage")), Sql.time(rs, "date")),
                params.toArray());
        return new Page(releases, total);
    }

    /** The published demand as the public may see it; empty for an unknown or never published demand. */
    Optional<ContractingProcess> find(UUID demandId) {
        record Head(UUID id, String title, String description, String kbli, DemandStatus status, OffsetDateTime deadline,
                    OffsetDateTime published, OffsetDateTime cancelled, OffsetDateTime updated,
                    ContractingProcess.Organisation buyer) {
        }
        Optional<Head> head = sql.one("""
                select d.*, o.name as buyer_name, p.name as buyer_province
                from demand d join organization o on o.id = d.buyer_organization_id join province p on p.iso_code = o.province
                where d.id = ? and d.published_at is not null""",
                rs -> new Head(Sql.uuid(rs, "id"), rs.getString("title"), rs.getString("description"), rs.getString("kbli"),
                        DemandStatus.valueOf(rs.getString("status")), Sql.time(rs, "bid_deadline"), Sql.time(rs, "published_at"),
                        Sql.time(rs, "cancelled_at"), Sql.time(rs, "updated_at"),
                        new ContractingProcess.Organisation(Sql.uuid(rs, "buyer_organization_id"), rs.getString("buyer_name"),
                                rs.getString("buyer_province"))),
                demandId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head d = head.get();
        List<ContractingProcess.Lot> lots = sql.list("""
                select l.*, p.name as province_name from lot l join province p on p.iso_code = l.delivery_province
                where l.demand_id = ? order by l.lot_no""",
                rs -> new ContractingProcess.Lot(Sql.uuid(rs, "id"), rs.getInt("lot_no"), rs.getString("title"),
                        rs.getString("specification"), rs.getLong("quantity"), rs.getString("unit"),
                        Sql.strings(rs, "required_certifications"), rs.getBigDecimal("min_local_content_pct"),
                        rs.getString("province_name"), rs.getObject("delivery_deadline", LocalDate.class),
                        rs.getLong("max_unit_price_idr")),
                demandId);
        // sealed bids: before the opening nothing about them is read, not even whether there are any
        List<ContractingProcess.Bid> bids = !d.status().bidsOpened() ? List.of() : sql.list("""
                select b.id, b.lot_id, b.cooperative_id, b.quantity, b.unit_price_idr, b.updated_at,
                       array(select m.msme_id::text from bid_member m where m.bid_id = b.id order by m.msme_id) as members
                from bid b join lot l on l.id = b.lot_id
                where l.demand_id = ? and b.status = 'SUBMITTED'
                order by l.lot_no, b.unit_price_idr, b.id""",
                rs -> new ContractingProcess.Bid(Sql.uuid(rs, "id"), Sql.uuid(rs, "lot_id"), Sql.uuid(rs, "cooperative_id"),
                        rs.getLong("quantity"), rs.getLong("unit_price_idr"), Sql.time(rs, "updated_at"),
                        Sql.strings(rs, "members").stream().map(UUID::fromString).toList()),
                demandId);
        boolean awarded = d.status() == DemandStatus.AWARDED || d.status() == DemandStatus.COMPLETED;
        List<ContractingProcess.Award> awards = !awarded ? List.of() : sql.list("""
                select id, lot_id, bid_id, cooperative_id, quantity, unit_price_idr, awarded_at
                from award where demand_id = ? order by awarded_at, id""",
                rs -> new ContractingProcess.Award(Sql.uuid(rs, "id"), Sql.uuid(rs, "lot_id"), Sql.uuid(rs, "bid_id"),
                        Sql.uuid(rs, "cooperative_id"), rs.getLong("quantity"), rs.getLong("unit_price_idr"),
                        Sql.time(rs, "awarded_at")),
                demandId);
        Set<UUID> cooperativeIds = new HashSet<>();
        bids.forEach(b -> cooperativeIds.add(b.cooperativeId()));
        awards.forEach(a -> cooperativeIds.add(a.cooperativeId()));
        Map<UUID, ContractingProcess.Organisation> cooperatives = cooperativeIds.isEmpty() ? Map.of() : sql.list("""
                select o.id, o.name, p.name as province from organization o join province p on p.iso_code = o.province
                where o.id = any(?)""",
                rs -> new ContractingProcess.Organisation(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("province")),
                new ArrayList<>(cooperativeIds)).stream().collect(Collectors.toMap(ContractingProcess.Organisation::id, Function.identity()));
        List<UUID> memberIds = bids.stream().flatMap(b -> b.memberIds().stream()).distinct().toList();
        Map<UUID, ContractingProcess.MemberProfile> members = memberIds.isEmpty() ? Map.of() : sql.list("""
                select id, size_class, women_led, youth_led, green from msme where id = any(?)""",
                rs -> new ContractingProcess.MemberProfile(Sql.uuid(rs, "id"), rs.getString("size_class"),
                        rs.getBoolean("women_led"), rs.getBoolean("youth_led"), rs.getBoolean("green")),
                memberIds).stream().collect(Collectors.toMap(ContractingProcess.MemberProfile::id, Function.identity()));
        Optional<OffsetDateTime> completed = d.status() != DemandStatus.COMPLETED ? Optional.empty() : Optional.of(sql.one("""
                select coalesce(max(v.recorded_at), ?) from delivery v join award a on a.id = v.award_id where a.demand_id = ?""",
                rs -> rs.getObject(1, OffsetDateTime.class), d.updated(), demandId).orElse(d.updated()));
        return Optional.of(new ContractingProcess(d.id(), d.title(), d.description(), d.kbli(), d.status(), d.deadline(),
                d.published(), Optional.ofNullable(d.cancelled()), d.buyer(), lots, bids, cooperatives, members, awards, completed));
    }
}
