package id.rantai.api.monitoring;

import id.rantai.api.db.ReadReplica;
import id.rantai.api.db.Sql;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Booked hours per shared facility and week, from awards that name a facility (the bid's or the plan's).
 *
 * <p>An award books quantity × hours per unit. Hours per unit are the lot's {@code facility_minutes_per_unit} ÷ 60 when that
 * column exists (a later migration may add it) and is set, else {@code rantai.facility.hours-per-unit}.
 * An award an accepted plan scheduled ({@code award.week}) books all its hours in that week; an award
 * without a week (a manual award) spreads them evenly over the weeks from the week it was made (in the
 * reporting time zone) to the week of the lot's delivery deadline, both included.
 *
 * <p>Relief: a network matching run may leave in {@code matching_run.result} a list
 * {@code "facilityShortage": [{"facilityId": "<uuid>", "week": "YYYY-MM-DD", "shortHours": 12.5}, …]}: the hours
 * it wanted at a facility in a week beyond what the facility can give. For a PLANNED facility that is all
 * the work the run would route there once it operates, so the planned facilities with the most shortage
 * hours are the ones that would relieve the most. The latest SOLVED run with such a list is read; entries
 * of another shape are skipped.
 */
@Singleton
class FacilityUtilisation {

    private final Sql sql;
    private final MonitoringSettings settings;
    private final AtomicReference<Boolean> lotHasHoursPerUnit = new AtomicReference<>();

    FacilityUtilisation(@Named(ReadReplica.NAME) Sql sql, MonitoringSettings settings) {
        this.sql = sql;
        this.settings = settings;
    }

    FacilityReport report(LocalDate fromWeek, LocalDate toWeek, Optional<UUID> matchingRun) {
        boolean lotColumn = lotHasHoursPerUnit();
        int weeks = (int) (java.time.temporal.ChronoUnit.WEEKS.between(fromWeek, toWeek) + 1);
        String hoursPerUnit = lotColumn ? "coalesce(l.facility_minutes_per_unit / 60.0, ?::numeric)" : "?::numeric";
        String zone = settings.zone().getId();
        record Row(UUID id, String name, String province, String status, int capacity, LocalDate week, BigDecimal booked,
                   long awards) {
        }
        List<Row> rows = sql.list("""
                with booking as (
                    select a.id, a.facility_id, a.quantity * %s as hours,
                           coalesce(a.week, date_trunc('week', a.awarded_at at time zone ?)::date) as first_week,
                           coalesce(a.week, greatest(date_trunc('week', a.awarded_at at time zone ?)::date,
                                                     date_trunc('week', l.delivery_deadline::timestamp)::date)) as last_week
                    from award a join lot l on l.id = a.lot_id
                    where a.facility_id is not null
                ), weekly as (
                    select b.id, b.facility_id, w::date as week, b.hours / ((b.last_week - b.first_week) / 7 + 1) as hours
                    from booking b, generate_series(b.first_week::timestamp, b.last_week::timestamp, interval '1 week') w
                    where b.first_week <= ? and b.last_week >= ?
                )
                select f.id, f.name, f.province, f.status, f.weekly_capacity_hours, k.week, sum(k.hours) as booked,
                       count(distinct k.id) as awards
                from facility f
                left join weekly k on k.facility_id = f.id and k.week between ? and ?
                where f.status = 'OPERATING' or k.week is not null
                group by f.id, f.name, f.province, f.status, f.weekly_capacity_hours, k.week
                order by f.name, f.id, k.week""".formatted(hoursPerUnit),
                rs -> new Row(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("province"), rs.getString("status"),
                        rs.getInt("weekly_capacity_hours"), rs.getObject("week", LocalDate.class), rs.getBigDecimal("booked"),
                        rs.getLong("awards")),
                settings.defaultHoursPerUnit(), zone, zone, toWeek, fromWeek, fromWeek, toWeek);

        Map<UUID, List<Row>> byFacility = new LinkedHashMap<>();
        rows.forEach(r -> byFacility.computeIfAbsent(r.id(), id -> new ArrayList<>()).add(r));
        List<FacilityReport.FacilityUse> facilities = new ArrayList<>();
        for (List<Row> facilityRows : byFacility.values()) {
            Row first = facilityRows.get(0);
            List<FacilityReport.Week> booked = facilityRows.stream().filter(r -> r.week() != null)
                    .map(r -> week(r.week(), r.booked(), r.capacity(), r.awards())).toList();
            // summed before rounding, so the total is exact to the hundredth even where weeks are rounded
            BigDecimal total = hours(facilityRows.stream().map(Row::booked).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            long capacity = (long) first.capacity() * weeks;
            facilities.add(new FacilityReport.FacilityUse(first.id(), first.name(), first.province(), first.status(),
                    first.capacity(), total, capacity, pct(total, BigDecimal.valueOf(capacity)), booked));
        }
        return new FacilityReport(fromWeek, toWeek, weeks,
                new FacilityReport.HoursPerUnitSource(lotColumn, settings.defaultHoursPerUnit()), facilities, relief(matchingRun));
    }

    private FacilityReport.PlannedRelief relief(Optional<UUID> matchingRun) {
        record Run(UUID id, java.time.OffsetDateTime at) {
        }
        Optional<Run> run = sql.one("""
                select id, coalesce(finished_at, created_at) as at from matching_run
                where status = 'SOLVED' and jsonb_typeof(result -> 'facilityShortage') = 'array'
                  and (?::uuid is null or id = ?)
                order by coalesce(finished_at, created_at) desc, id limit 1""",
                rs -> new Run(Sql.uuid(rs, "id"), Sql.time(rs, "at")), matchingRun.orElse(null), matchingRun.orElse(null));
        if (run.isEmpty()) {
            return new FacilityReport.PlannedRelief(null, null, List.of());
        }
        // entries are checked before they are read: a malformed result is skipped, never a server error
        List<FacilityReport.Relief> relief = sql.list("""
                with entry as (
                    select e ->> 'facilityId' as facility_id, e ->> 'week' as week,
                           -- CASE, not a WHERE, guards the cast: PostgreSQL may evaluate WHERE conditions in any order
                           case when jsonb_typeof(e -> 'shortHours') = 'number' then (e ->> 'shortHours')::numeric end as short_hours
                    from matching_run r,
                         jsonb_array_elements(case when jsonb_typeof(r.result -> 'facilityShortage') = 'array'
                                                   then r.result -> 'facilityShortage' else '[]'::jsonb end) e
                    where r.id = ?
                )
                select f.id, f.name, f.province, f.sector, f.weekly_capacity_hours, sum(s.short_hours) as short_hours,
                       count(distinct s.week) as weeks
                from entry s join facility f on f.id::text = s.facility_id
                where f.status = 'PLANNED' and s.short_hours > 0
                group by f.id, f.name, f.province, f.sector, f.weekly_capacity_hours
                order by short_hours desc, f.name
                limit 50""",
                rs -> new FacilityReport.Relief(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("province"),
                        rs.getString("sector"), rs.getInt("weekly_capacity_hours"), hours(rs.getBigDecimal("short_hours")),
                        rs.getLong("weeks")),
                run.get().id());
        return new FacilityReport.PlannedRelief(run.get().id(), run.get().at(), relief);
    }

    /** Whether {@code lot.facility_minutes_per_unit} exists; the schema changes only with a migration at start, so asked once. */
    private boolean lotHasHoursPerUnit() {
        Boolean known = lotHasHoursPerUnit.get();
        if (known == null) {
            known = sql.one("""
                    select exists (select 1 from information_schema.columns
                                   where table_schema = current_schema() and table_name = 'lot' and column_name = 'facility_minutes_per_unit')""",
                    rs -> rs.getBoolean(1)).orElse(false);
            lotHasHoursPerUnit.set(known);
        }
        return known;
    }

    private static FacilityReport.Week week(LocalDate week, BigDecimal booked, int capacity, long awards) {
        BigDecimal hours = hours(booked);
        BigDecimal cap = BigDecimal.valueOf(capacity);
        return new FacilityReport.Week(week, hours, capacity, cap.subtract(hours).max(BigDecimal.ZERO).setScale(2),
                pct(hours, cap), hours.compareTo(cap) > 0, awards);
    }

    private static BigDecimal hours(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
