package id.rantai.api.catalogue;

import id.rantai.api.db.Sql;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The registry of shared production houses, and the facility hours awards have booked, in PostgreSQL. */
@Singleton
public class Facilities {

    static final String ENTITY = "facility";

    private static final String SELECT = """
            select f.*, o.name as operator_name from facility f left join organization o on o.id = f.operator_organization_id
            """;

    private final Sql sql;

    Facilities(Sql sql) {
        this.sql = sql;
    }

    public Optional<FacilityView> find(UUID id) {
        return sql.one(SELECT + " where f.id = ?", Facilities::facility, id);
    }

    /** A page of facilities by name, optionally of one province and status. */
    public Page page(Optional<String> province, Optional<FacilityStatus> status, int page, int size) {
        String where = " where (?::text is null or f.province = ?) and (?::text is null or f.status = ?)";
        String provinceCode = province.orElse(null);
        String statusName = status.map(Enum::name).orElse(null);
        long total = sql.count("select count(*) from facility f" + where, provinceCode, provinceCode, statusName, statusName);
        List<FacilityView> items = sql.list(SELECT + where + " order by f.name, f.id limit ? offset ?", Facilities::facility,
                provinceCode, provinceCode, statusName, statusName, size, (long) page * size);
        return new Page(items, total, page, size);
    }

    /** Whether another facility (not {@code except}) already has this name. */
    public boolean nameTaken(String name, Optional<UUID> except) {
        UUID id = except.orElse(null);
        return sql.count("select count(*) from facility where lower(name) = lower(?) and (?::uuid is null or id <> ?)",
                name.strip(), id, id) > 0;
    }

    public boolean provinceExists(String province) {
        return sql.count("select count(*) from province where iso_code = ?", province) > 0;
    }

    public boolean isCooperative(UUID organization) {
        return sql.count("select count(*) from organization where id = ? and type = 'COOPERATIVE'", organization) > 0;
    }

    public UUID insert(FacilityRequest request) {
        return sql.one("""
                insert into facility (name, description, province, lat, lon, sector, kbli, processes, weekly_capacity_hours,
                                      status, opened_on, operator_organization_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", rs -> rs.getObject(1, UUID.class),
                request.name().strip(), text(request.description()), request.province(), request.location().lat(),
                request.location().lon(), request.sector().strip(), request.kbli(), processes(request),
                request.weeklyCapacityHours(), request.status(), request.openedOn(), request.operatorId()).orElseThrow();
    }

    /** Replaces a facility's fields; false when the version is stale. */
    public boolean replace(UUID id, long version, FacilityRequest request) {
        return sql.update("""
                update facility set name = ?, description = ?, province = ?, lat = ?, lon = ?, sector = ?, kbli = ?,
                       processes = ?, weekly_capacity_hours = ?, status = ?, opened_on = ?, operator_organization_id = ?,
                       version = version + 1
                where id = ? and version = ?""",
                request.name().strip(), text(request.description()), request.province(), request.location().lat(),
                request.location().lon(), request.sector().strip(), request.kbli(), processes(request),
                request.weeklyCapacityHours(), request.status(), request.openedOn(), request.operatorId(), id, version) == 1;
    }

    /**
     * Facility minutes booked per production week (its Monday) in [{@code from}, {@code to}]: each award made at
     * the facility for a week books its quantity times its lot's minutes per unit.
     */
    public Map<LocalDate, Long> bookedMinutes(UUID facility, LocalDate from, LocalDate to) {
        record Booked(LocalDate week, long minutes) {
        }
        Map<LocalDate, Long> booked = new HashMap<>();
        sql.list("""
                select a.week, sum(a.quantity * l.facility_minutes_per_unit) as minutes
                from award a join lot l on l.id = a.lot_id
                where a.facility_id = ? and a.week between ? and ?
                group by a.week""", rs -> new Booked(rs.getObject("week", LocalDate.class), rs.getLong("minutes")),
                facility, from, to).forEach(b -> booked.put(b.week(), b.minutes()));
        return booked;
    }

    private static List<String> processes(FacilityRequest request) {
        return request.processes().stream().map(String::strip).toList();
    }

    private static String text(String value) {
        return value == null ? null : value.strip();
    }

    private static FacilityView facility(ResultSet rs) throws SQLException {
        UUID operator = Sql.uuid(rs, "operator_organization_id");
        return new FacilityView(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("description"),
                rs.getString("province"), new Location(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("sector"),
                rs.getString("kbli"), Sql.strings(rs, "processes"), rs.getInt("weekly_capacity_hours"),
                FacilityStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                operator == null ? null : new Party(operator, rs.getString("operator_name")),
                Sql.time(rs, "created_at"), rs.getLong("version"));
    }

    /** A page of facilities. */
    @Serdeable
    public record Page(List<FacilityView> items, long total, int page, int size) {
    }
}
