package id.rantai.api.plan;

import id.rantai.api.db.Sql;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.GeoPoint;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.MsmeSize;
import id.rantai.matching.plan.Offer;
import id.rantai.matching.plan.OfferKind;
import id.rantai.matching.plan.PlanningHorizon;
import id.rantai.matching.plan.Supplier;
import id.rantai.matching.plan.SupplierProfile;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The solver's view of OPEN lots before bidding: for each lot, the cooperatives Elasticsearch ranks top
 * ({@value #CANDIDATES_PER_LOT}) for it, and of those up to {@value #CANDIDATES_PER_LOT} catalogue capabilities of the demand's KBLI that hold the lot's certifications, meet its TKDN minimum and can be under its
 * price ceiling (cheapest first), as CATALOGUE_ESTIMATE offers at the middle of their price range (at most the
 * ceiling). Facility weeks include PLANNED facilities at their full hours, so what the run routes there shows where
 * capacity is short.
 */
@Singleton
class MatchingSnapshots {

    static final int CANDIDATES_PER_LOT = 20;

    private final Sql sql;
    private final PlanSnapshots plans;
    private final CatalogueCandidates candidates;

    MatchingSnapshots(Sql sql, PlanSnapshots plans, CatalogueCandidates candidates) {
        this.sql = sql;
        this.plans = plans;
        this.candidates = candidates;
    }

    /** What an offer stands for. */
    record Candidate(UUID demandId, UUID lotId, UUID capabilityId, UUID cooperativeId, List<UUID> memberIds, int minutesPerUnit) {
    }

    record Snapshot(AwardProblem problem, Map<String, Candidate> candidates, Set<String> plannedFacilities) {
    }

    private record LotRow(Lot lot, int minutesPerUnit, List<String> processes, String title, String specification, String kbli) {
    }

    private record CapabilityRow(UUID lotId, UUID capabilityId, UUID cooperativeId, long priceMin, long priceMax, int leadTimeDays,
                                 BigDecimal localContentPct, Set<String> certifications, List<UUID> facilityIds, List<UUID> memberIds) {
    }

    @Transactional
    public Snapshot of(List<UUID> demandIds, int horizonWeeks) {
        List<LotRow> lots = sql.list("""
                select l.*, d.kbli, coalesce(l.delivery_lat, p.lat) as lat, coalesce(l.delivery_lon, p.lon) as lon
                from lot l join demand d on d.id = l.demand_id join province p on p.iso_code = l.delivery_province
                where l.demand_id = any(?) and d.status = 'OPEN' order by d.created_at, l.lot_no""",
                rs -> new LotRow(new Lot(rs.getString("id"), rs.getString("demand_id"), rs.getLong("quantity"), rs.getString("unit"),
                        Set.copyOf(Sql.strings(rs, "required_certifications")), rs.getBigDecimal("min_local_content_pct"),
                        new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("delivery_province"),
                        rs.getObject("delivery_deadline", LocalDate.class), rs.getLong("max_unit_price_idr"),
                        Math.multiplyExact(rs.getLong("quantity"), rs.getLong("max_unit_price_idr"))),
                        rs.getInt("facility_minutes_per_unit"), Sql.strings(rs, "processes"), rs.getString("title"),
                        rs.getString("specification"), rs.getString("kbli")), demandIds);
        PlanningHorizon horizon = new PlanningHorizon(LocalDate.now(PlanSnapshots.ZONE), horizonWeeks);
        if (lots.isEmpty()) {
            return new Snapshot(AwardProblem.of(horizon, List.of(), List.of(), List.of(), List.of(), AwardRules.defaults()),
                    Map.of(), Set.of());
        }
        Map<String, LotRow> lotById = new HashMap<>();
        lots.forEach(l -> lotById.put(l.lot().id(), l));
        List<CapabilityRow> capabilities = new ArrayList<>();
        for (LotRow lot : lots) {
            // Elasticsearch pre-selects the cooperatives whose catalogue fits the lot (text, KBLI, certifications,
            // capacity, distance); without it, the SQL filters alone choose, cheapest first
            List<UUID> preselected = candidates.cooperativesFor(lot.title(), lot.specification(), lot.kbli(), lot.lot(),
                    CANDIDATES_PER_LOT).orElse(null);
            capabilities.addAll(sql.list("""
                    select l.id as lot_id, c.id, c.cooperative_id, c.unit_price_min_idr, c.unit_price_max_idr, c.lead_time_days,
                           c.local_content_pct, c.certifications,
                           array(select cf.facility_id::text from capability_facility cf where cf.capability_id = c.id order by 1) as facility_ids,
                           array(select cm.msme_id::text from capability_member cm where cm.capability_id = c.id order by 1) as member_ids
                    from lot l join demand d on d.id = l.demand_id
                    cross join lateral (
                        select c.* from capability c
                        where c.deleted_at is null and c.kbli = d.kbli and c.certifications @> l.required_certifications
                          and c.local_content_pct >= l.min_local_content_pct and c.unit_price_min_idr <= l.max_unit_price_idr
                          and (?::text[] is null or c.cooperative_id::text = any(?::text[]))
                        order by c.unit_price_min_idr, c.id limit ?) c
                    where l.id = ?""",
                    rs -> new CapabilityRow(Sql.uuid(rs, "lot_id"), Sql.uuid(rs, "id"), Sql.uuid(rs, "cooperative_id"),
                            rs.getLong("unit_price_min_idr"), rs.getLong("unit_price_max_idr"), rs.getInt("lead_time_days"),
                            rs.getBigDecimal("local_content_pct"), Set.copyOf(Sql.strings(rs, "certifications")),
                            Sql.strings(rs, "facility_ids").stream().map(UUID::fromString).toList(),
                            Sql.strings(rs, "member_ids").stream().map(UUID::fromString).toList()),
                    preselected == null ? null : preselected.stream().map(UUID::toString).toList(),
                    preselected == null ? null : preselected.stream().map(UUID::toString).toList(),
                    CANDIDATES_PER_LOT, UUID.fromString(lot.lot().id())));
        }

        Set<UUID> cooperatives = new LinkedHashSet<>();
        Set<UUID> members = new LinkedHashSet<>();
        Set<UUID> facilities = new LinkedHashSet<>();
        capabilities.forEach(c -> {
            cooperatives.add(c.cooperativeId());
            members.addAll(c.memberIds());
            facilities.addAll(c.facilityIds());
        });
        record Place(String name, String province, GeoPoint location) {
        }
        Map<UUID, Place> places = new HashMap<>();
        Map<UUID, Long> capacity = new HashMap<>();
        Map<UUID, List<String>> facilityProcesses = new HashMap<>();
        record Member(MsmeSize size, boolean womenLed, boolean youthLed, boolean green) {
        }
        Map<UUID, Member> profiles = new HashMap<>();
        if (!cooperatives.isEmpty()) {
            sql.list("""
                    select o.id, o.name, o.province, coalesce(o.lat, p.lat) as lat, coalesce(o.lon, p.lon) as lon
                    from organization o join province p on p.iso_code = o.province where o.id = any(?)""",
                    rs -> places.put(Sql.uuid(rs, "id"), new Place(rs.getString("name"), rs.getString("province"),
                            new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")))), cooperatives);
            sql.list("""
                    select cooperative_id, sum(monthly_capacity_qty) as qty from capability
                    where deleted_at is null and cooperative_id = any(?) group by cooperative_id""",
                    rs -> capacity.put(Sql.uuid(rs, "cooperative_id"), rs.getLong("qty")), cooperatives);
        }
        if (!members.isEmpty()) {
            sql.list("select id, size_class, women_led, youth_led, green from msme where id = any(?)",
                    rs -> profiles.put(Sql.uuid(rs, "id"), new Member(MsmeSize.valueOf(rs.getString("size_class")),
                            rs.getBoolean("women_led"), rs.getBoolean("youth_led"), rs.getBoolean("green"))), members);
        }
        if (!facilities.isEmpty()) {
            sql.list("select id, processes from facility where id = any(?)",
                    rs -> facilityProcesses.put(Sql.uuid(rs, "id"), Sql.strings(rs, "processes")), facilities);
        }

        List<Offer> offers = new ArrayList<>();
        Map<String, Candidate> candidates = new HashMap<>();
        Set<String> processes = new LinkedHashSet<>();
        for (CapabilityRow c : capabilities) {
            LotRow lot = lotById.get(c.lotId().toString());
            Place place = places.get(c.cooperativeId());
            String process = null;
            if (!c.facilityIds().isEmpty()) {
                List<String> options = lot.processes().isEmpty()
                        ? facilityProcesses.getOrDefault(c.facilityIds().get(0), List.of()) : lot.processes();
                process = options.isEmpty() ? null : options.get(0);
            }
            if (process != null) {
                processes.add(process);
            }
            List<Member> named = c.memberIds().stream().map(profiles::get).filter(java.util.Objects::nonNull).toList();
            long yesWomen = named.stream().filter(Member::womenLed).count();
            long yesYouth = named.stream().filter(Member::youthLed).count();
            long yesGreen = named.stream().filter(Member::green).count();
            SupplierProfile profile = named.isEmpty() ? new SupplierProfile(MsmeSize.MEDIUM, false, false, false, false)
                    : new SupplierProfile(named.stream().map(Member::size).max(Enum::compareTo).orElseThrow(), true,
                            yesWomen * 2 >= named.size(), yesYouth * 2 >= named.size(), yesGreen * 2 >= named.size());
            long estimate = Math.max(c.priceMin(), Math.min((c.priceMin() + c.priceMax()) / 2, lot.lot().maxUnitPriceIdr()));
            String id = c.capabilityId() + "/" + c.lotId();
            offers.add(new Offer(id, lot.lot().id(), c.cooperativeId().toString(), lot.lot().quantity(), Math.max(1, estimate),
                    Math.max(1, estimate), c.leadTimeDays(), c.localContentPct(), c.certifications(), place.location(), place.province(),
                    process, process == null ? 0 : lot.minutesPerUnit(), profile, OfferKind.CATALOGUE_ESTIMATE));
            candidates.put(id, new Candidate(UUID.fromString(lot.lot().demandId()), c.lotId(), c.capabilityId(), c.cooperativeId(),
                    c.memberIds(), lot.minutesPerUnit()));
        }
        List<Supplier> suppliers = cooperatives.stream()
                .map(id -> new Supplier(id.toString(), places.get(id).name(), capacity.getOrDefault(id, PlanSnapshots.UNLIMITED))).toList();
        List<FacilityWeek> weeks = plans.facilityWeeks(processes, horizon, true);
        Set<String> planned = new LinkedHashSet<>();
        if (!weeks.isEmpty()) {
            planned.addAll(sql.list("select id::text from facility where status = 'PLANNED' and id = any(?)", rs -> rs.getString(1),
                    weeks.stream().map(w -> UUID.fromString(w.facility().id())).distinct().toList()));
        }
        AwardProblem problem = AwardProblem.of(horizon, lots.stream().map(LotRow::lot).toList(), offers, suppliers, weeks,
                AwardRules.defaults());
        return new Snapshot(problem, candidates, planned);
    }
}
