package id.rantai.api.plan;

import id.rantai.api.bid.BidView;
import id.rantai.api.bid.Bids;
import id.rantai.api.db.Sql;
import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.Facility;
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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The solver's view of one demand in EVALUATION, read from PostgreSQL in one transaction: its lots; its live bids as
 * offers; the bidding cooperatives with their monthly capacity (the sum of their catalogue capabilities' monthly
 * quantities, unlimited when they list none); the operating shared facilities that run the processes the bids need,
 * week by week with the hours that awards (of any demand) have not booked yet; and the inclusion profile of the member
 * MSMEs each bid names.
 */
@Singleton
class PlanSnapshots {

    /** The capacity of a cooperative that lists no capability: no limit the solver could hit. */
    static final long UNLIMITED = 1_000_000_000_000L;
    static final int MAX_WEEKS = 52;
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final Sql sql;
    private final Bids bids;

    PlanSnapshots(Sql sql, Bids bids) {
        this.sql = sql;
        this.bids = bids;
    }

    /** A problem and the bids its offers stand for (by offer id). */
    record Snapshot(AwardProblem problem, Map<String, BidView> bids) {
    }

    private record LotRow(Lot lot, int minutesPerUnit, List<String> processes) {
    }

    private record Place(String province, GeoPoint location, String name) {
    }

    private record FacilityRow(Facility facility, int hours) {
    }

    @Transactional
    public Snapshot of(UUID demandId, AwardRules rules) {
        List<LotRow> lots = sql.list("""
                select l.*, coalesce(l.delivery_lat, p.lat) as lat, coalesce(l.delivery_lon, p.lon) as lon
                from lot l join province p on p.iso_code = l.delivery_province where l.demand_id = ? order by l.lot_no""",
                rs -> new LotRow(new Lot(rs.getString("id"), rs.getString("demand_id"), rs.getLong("quantity"), rs.getString("unit"),
                        Set.copyOf(Sql.strings(rs, "required_certifications")), rs.getBigDecimal("min_local_content_pct"),
                        new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("delivery_province"),
                        rs.getObject("delivery_deadline", LocalDate.class), rs.getLong("max_unit_price_idr"),
                        Math.multiplyExact(rs.getLong("quantity"), rs.getLong("max_unit_price_idr"))),
                        rs.getInt("facility_minutes_per_unit"), Sql.strings(rs, "processes")), demandId);
        Map<String, LotRow> lotById = new HashMap<>();
        lots.forEach(l -> lotById.put(l.lot().id(), l));
        List<BidView> live = bids.ofDemand(demandId);

        LocalDate today = LocalDate.now(ZONE);
        LocalDate lastDeadline = lots.stream().map(l -> l.lot().deadline()).max(LocalDate::compareTo).orElse(today);
        int weeks = (int) Math.max(1, Math.min(MAX_WEEKS, Math.ceil(ChronoUnit.DAYS.between(today, lastDeadline) / 7.0)));
        PlanningHorizon horizon = new PlanningHorizon(today, weeks);

        Set<UUID> cooperativeIds = new LinkedHashSet<>();
        Set<UUID> memberIds = new LinkedHashSet<>();
        Set<UUID> bidFacilityIds = new LinkedHashSet<>();
        for (BidView bid : live) {
            cooperativeIds.add(bid.cooperative().id());
            memberIds.addAll(bid.memberIds());
            if (bid.facilityId() != null) {
                bidFacilityIds.add(bid.facilityId());
            }
        }
        Map<UUID, Place> places = new HashMap<>();
        Map<UUID, Long> capacity = new HashMap<>();
        if (!cooperativeIds.isEmpty()) {
            sql.list("""
                    select o.id, o.name, o.province, coalesce(o.lat, p.lat) as lat, coalesce(o.lon, p.lon) as lon
                    from organization o join province p on p.iso_code = o.province where o.id = any(?)""",
                    rs -> places.put(Sql.uuid(rs, "id"), new Place(rs.getString("province"),
                            new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("name"))), cooperativeIds);
            sql.list("""
                    select cooperative_id, sum(monthly_capacity_qty) as qty from capability
                    where deleted_at is null and cooperative_id = any(?) group by cooperative_id""",
                    rs -> capacity.put(Sql.uuid(rs, "cooperative_id"), rs.getLong("qty")), cooperativeIds);
        }
        record Member(MsmeSize size, boolean womenLed, boolean youthLed, boolean green) {
        }
        Map<UUID, Member> members = new HashMap<>();
        if (!memberIds.isEmpty()) {
            sql.list("select id, size_class, women_led, youth_led, green from msme where id = any(?)",
                    rs -> members.put(Sql.uuid(rs, "id"), new Member(MsmeSize.valueOf(rs.getString("size_class")),
                            rs.getBoolean("women_led"), rs.getBoolean("youth_led"), rs.getBoolean("green"))), memberIds);
        }
        Map<UUID, List<String>> bidFacilityProcesses = new HashMap<>();
        if (!bidFacilityIds.isEmpty()) {
            sql.list("select id, processes from facility where id = any(?)",
                    rs -> bidFacilityProcesses.put(Sql.uuid(rs, "id"), Sql.strings(rs, "processes")), bidFacilityIds);
        }

        List<Offer> offers = new ArrayList<>();
        Map<String, BidView> offerBids = new HashMap<>();
        Set<String> neededProcesses = new LinkedHashSet<>();
        for (BidView bid : live) {
            LotRow lot = lotById.get(bid.lotId().toString());
            Place place = places.get(bid.cooperative().id());
            String process = null;
            if (bid.facilityId() != null) {
                List<String> candidates = lot.processes().isEmpty()
                        ? bidFacilityProcesses.getOrDefault(bid.facilityId(), List.of()) : lot.processes();
                process = candidates.isEmpty() ? null : candidates.get(0);
            }
            if (process != null) {
                neededProcesses.add(process);
            }
            List<Member> named = bid.memberIds().stream().map(members::get).filter(java.util.Objects::nonNull).toList();
            SupplierProfile profile = named.isEmpty()
                    ? new SupplierProfile(MsmeSize.MEDIUM, false, false, false, false)
                    : new SupplierProfile(named.stream().map(Member::size).max(Enum::compareTo).orElseThrow(), true,
                            atLeastHalf(named, Member::womenLed), atLeastHalf(named, Member::youthLed), atLeastHalf(named, Member::green));
            offers.add(new Offer(bid.id().toString(), lot.lot().id(), bid.cooperative().id().toString(), bid.quantity(),
                    bid.unitPriceIdr(), bid.unitPriceIdr(), bid.leadTimeDays(), bid.localContentPct(),
                    // the bid was only accepted with every certification the lot requires (Bidding checks them)
                    lot.lot().requiredCertifications(), place.location(), place.province(), process,
                    process == null ? 0 : lot.minutesPerUnit(), profile, OfferKind.BID));
            offerBids.put(bid.id().toString(), bid);
        }
        List<Supplier> suppliers = cooperativeIds.stream().map(id -> new Supplier(id.toString(), places.get(id).name(),
                capacity.getOrDefault(id, UNLIMITED))).toList();
        List<FacilityWeek> facilityWeeks = facilityWeeks(neededProcesses, horizon, false);
        AwardProblem problem = AwardProblem.of(horizon, lots.stream().map(LotRow::lot).toList(), offers, suppliers, facilityWeeks, rules);
        return new Snapshot(problem, offerBids);
    }

    /**
     * Weeks of the facilities running any of the processes, with the hours awards have not booked yet; with
     * {@code includePlanned} also the PLANNED facilities, at their full hours (what network matching routes there is
     * the shortage they would relieve).
     */
    List<FacilityWeek> facilityWeeks(Set<String> processes, PlanningHorizon horizon, boolean includePlanned) {
        if (processes.isEmpty()) {
            return List.of();
        }
        List<FacilityRow> facilities = sql.list("""
                select f.*, f.weekly_capacity_hours from facility f
                where (f.status = 'OPERATING' or ?) and f.processes && ?::text[] order by f.name""",
                rs -> new FacilityRow(new Facility(rs.getString("id"), rs.getString("name"), Set.copyOf(Sql.strings(rs, "processes")),
                        rs.getInt("weekly_capacity_hours"), new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                        rs.getString("province")), rs.getInt("weekly_capacity_hours")), includePlanned, List.copyOf(processes));
        if (facilities.isEmpty()) {
            return List.of();
        }
        LocalDate first = horizon.firstWeekStart();
        LocalDate last = first.plusWeeks(horizon.weeks() - 1L);
        Map<String, BigDecimal> booked = new HashMap<>();
        // the same booking rule as the facility utilisation report: a scheduled award books its week, a manual one
        // spreads its hours evenly from the week it was made to the week of the lot's delivery deadline
        sql.list("""
                with booking as (
                    select a.facility_id, a.quantity * l.facility_minutes_per_unit / 60.0 as hours,
                           coalesce(a.week, date_trunc('week', a.awarded_at at time zone ?)::date) as first_week,
                           coalesce(a.week, greatest(date_trunc('week', a.awarded_at at time zone ?)::date,
                                                     date_trunc('week', l.delivery_deadline::timestamp)::date)) as last_week
                    from award a join lot l on l.id = a.lot_id
                    where a.facility_id = any(?)
                )
                select b.facility_id, w::date as week, sum(b.hours / ((b.last_week - b.first_week) / 7 + 1)) as hours
                from booking b, generate_series(b.first_week::timestamp, b.last_week::timestamp, interval '1 week') w
                where w::date between ? and ?
                group by b.facility_id, w::date""",
                rs -> booked.put(rs.getString("facility_id") + "@" + rs.getObject("week", LocalDate.class), rs.getBigDecimal("hours")),
                ZONE.getId(), ZONE.getId(), facilities.stream().map(f -> UUID.fromString(f.facility().id())).toList(), first, last);
        List<FacilityWeek> weeks = new ArrayList<>();
        for (FacilityRow row : facilities) {
            for (int w = 0; w < horizon.weeks(); w++) {
                LocalDate start = first.plusWeeks(w);
                BigDecimal used = booked.getOrDefault(row.facility().id() + "@" + start, BigDecimal.ZERO);
                int free = Math.max(0, BigDecimal.valueOf(row.hours()).subtract(used).setScale(0, java.math.RoundingMode.FLOOR).intValue());
                weeks.add(new FacilityWeek(row.facility(), start, free));
            }
        }
        return weeks;
    }

    private static <T> boolean atLeastHalf(List<T> items, java.util.function.Predicate<T> test) {
        long yes = items.stream().filter(test).count();
        return yes * 2 >= items.size();
    }
}
