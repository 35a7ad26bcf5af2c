package id.rantai.api.catalogue;

import id.rantai.api.db.Sql;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Member MSMEs of cooperatives, with their certificates, in PostgreSQL. */
@Singleton
public class Members {

    private static final String SELECT = """
            select m.*, cm.joined_on from cooperative_member cm join msme m on m.id = cm.msme_id
            """;

    private final Sql sql;

    Members(Sql sql) {
        this.sql = sql;
    }

    public Optional<MemberView> find(UUID cooperative, UUID msme) {
        return sql.one(SELECT + " where cm.cooperative_id = ? and m.id = ?", Members::member, cooperative, msme)
                .map(m -> withCertificates(List.of(m)).get(0));
    }

    /** A page of the cooperative's members by name. */
    public Page page(UUID cooperative, int page, int size) {
        long total = sql.count("select count(*) from cooperative_member where cooperative_id = ?", cooperative);
        List<MemberView> items = sql.list(SELECT + " where cm.cooperative_id = ? order by m.name, m.id limit ? offset ?",
                Members::member, cooperative, size, (long) page * size);
        return new Page(withCertificates(items), total, page, size);
    }

    /** Where an NIB stands in the marketplace, seen from one cooperative. */
    public enum Registration { UNREGISTERED, OWN_MEMBER, REGISTERED_ELSEWHERE }

    public Registration registrationOf(String nib, UUID cooperative) {
        return sql.one("""
                select exists (select 1 from cooperative_member cm where cm.msme_id = m.id and cm.cooperative_id = ?),
                       exists (select 1 from cooperative_member cm where cm.msme_id = m.id)
                from msme m where m.nib = ?""", rs -> rs.getBoolean(1) ? Registration.OWN_MEMBER
                        : rs.getBoolean(2) ? Registration.REGISTERED_ELSEWHERE : Registration.UNREGISTERED, cooperative, nib)
                .orElse(Registration.UNREGISTERED);
    }

    /**
     * Registers the MSME and its membership; empty when the province is unknown. An MSME a cooperative removed
     * earlier, whose record stayed because bids name it, is taken up again with the new details.
     */
    public Optional<UUID> insert(UUID cooperative, MemberRequest request) {
        Optional<UUID> id = sql.one("""
                insert into msme (name, nib, owner_name, province, lat, lon, size_class, women_led, youth_led, green, kbli)
                select ?, ?, ?, p.iso_code, ?, ?, ?, ?, ?, ?, ? from province p where p.iso_code = ?
                on conflict (nib) do update set name = excluded.name, owner_name = excluded.owner_name,
                    province = excluded.province, lat = excluded.lat, lon = excluded.lon, size_class = excluded.size_class,
                    women_led = excluded.women_led, youth_led = excluded.youth_led, green = excluded.green,
                    kbli = excluded.kbli, version = msme.version + 1
                    where not exists (select 1 from cooperative_member cm where cm.msme_id = msme.id)
                returning id""", rs -> rs.getObject(1, UUID.class), values(request));
        id.ifPresent(msme -> {
            sql.update("insert into cooperative_member (cooperative_id, msme_id) values (?, ?)", cooperative, msme);
            replaceCertificates(msme, request);
        });
        return id;
    }

    /** Replaces a member's details; false when {@code version} is stale; empty when the province is unknown. */
    public Optional<Boolean> update(UUID msme, long version, MemberRequest request) {
        if (sql.count("select count(*) from province where iso_code = ?", request.province()) == 0) {
            return Optional.empty();
        }
        boolean updated = sql.update("""
                update msme set name = ?, nib = ?, owner_name = ?, lat = ?, lon = ?, size_class = ?, women_led = ?,
                       youth_led = ?, green = ?, kbli = ?, province = ?, version = version + 1
                where id = ? and version = ?""", withAfter(values(request), msme, version)) == 1;
        if (updated) {
            replaceCertificates(msme, request);
        }
        return Optional.of(updated);
    }

    /**
     * Ends a membership; false when {@code version} is stale. The MSME's record goes too unless bids or catalogue
     * history name it or another cooperative has it as a member.
     */
    public boolean remove(UUID cooperative, UUID msme, long version) {
        if (sql.update("update msme set version = version + 1 where id = ? and version = ?", msme, version) != 1) {
            return false;
        }
        sql.update("delete from cooperative_member where cooperative_id = ? and msme_id = ?", cooperative, msme);
        sql.update("""
                delete from msme m where m.id = ?
                  and not exists (select 1 from cooperative_member cm where cm.msme_id = m.id)
                  and not exists (select 1 from bid_member bm where bm.msme_id = m.id)
                  and not exists (select 1 from capability_member km where km.msme_id = m.id)""", msme);
        return true;
    }

    /** Live catalogue entries and live bids on demands not yet completed or cancelled that name the member. */
    public List<String> namedIn(UUID msme) {
        List<String> uses = new ArrayList<>(sql.list("""
                select 'catalogue entry "' || c.title || '"' from capability_member km join capability c on c.id = km.capability_id
                where km.msme_id = ? and c.deleted_at is null order by c.title""", rs -> rs.getString(1), msme));
        uses.addAll(sql.list("""
                select 'the bid on "' || d.title || '"' from bid_member bm join bid b on b.id = bm.bid_id
                join lot l on l.id = b.lot_id join demand d on d.id = l.demand_id
                where bm.msme_id = ? and b.status = 'SUBMITTED' and d.status in ('OPEN', 'EVALUATION', 'AWARDED')
                order by d.title""", rs -> rs.getString(1), msme));
        return uses;
    }

    /** Live catalogue entries of the cooperative claiming a certification that their members no longer hold. */
    public List<String> unbackedClaims(UUID cooperative) {
        return sql.list("""
                select c.title || ' (' || code || ')' from capability c cross join unnest(c.certifications) as code
                where c.cooperative_id = ? and c.deleted_at is null
                  and not exists (
                      select 1 from msme_certification mc join cooperative_member cm on cm.msme_id = mc.msme_id and cm.cooperative_id = c.cooperative_id
                      where mc.code = code and (mc.valid_until is null or mc.valid_until >= current_date)
                        and (not exists (select 1 from capability_member km where km.capability_id = c.id)
                             or exists (select 1 from capability_member km where km.capability_id = c.id and km.msme_id = mc.msme_id)))
                order by c.title, code""", rs -> rs.getString(1), cooperative);
    }

    private static Object[] values(MemberRequest request) {
        return new Object[] {request.name().strip(), request.nib(), request.ownerName() == null ? null : request.ownerName().strip(),
                request.location().lat(), request.location().lon(), request.sizeClass(),
                Boolean.TRUE.equals(request.womenLed()), Boolean.TRUE.equals(request.youthLed()),
                Boolean.TRUE.equals(request.green()), request.kbli(), request.province()};
    }

    private static Object[] withAfter(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private void replaceCertificates(UUID msme, MemberRequest request) {
        sql.update("delete from msme_certification where msme_id = ?", msme);
        for (Certificate certificate : request.certificationsOrEmpty()) {
            sql.update("insert into msme_certification (msme_id, code, valid_until) values (?, ?, ?)",
                    msme, certificate.code(), certificate.validUntil());
        }
    }

    private List<MemberView> withCertificates(List<MemberView> members) {
        if (members.isEmpty()) {
            return members;
        }
        record Held(UUID msme, Certificate certificate) {
        }
        Map<UUID, List<Certificate>> held = new HashMap<>();
        sql.list("select msme_id, code, valid_until from msme_certification where msme_id = any(?) order by code",
                rs -> new Held(Sql.uuid(rs, "msme_id"), new Certificate(rs.getString("code"),
                        rs.getObject("valid_until", LocalDate.class))),
                members.stream().map(MemberView::id).toList())
                .forEach(h -> held.computeIfAbsent(h.msme(), k -> new ArrayList<>()).add(h.certificate()));
        return members.stream().map(m -> new MemberView(m.id(), m.name(), m.nib(), m.ownerName(), m.province(),
                m.location(), m.sizeClass(), m.womenLed(), m.youthLed(), m.green(), m.kbli(),
                List.copyOf(held.getOrDefault(m.id(), List.of())), m.joinedOn(), m.version())).toList();
    }

    private static MemberView member(ResultSet rs) throws SQLException {
        return new MemberView(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("nib"), rs.getString("owner_name"),
                rs.getString("province"), new Location(rs.getDouble("lat"), rs.getDouble("lon")),
                SizeClass.valueOf(rs.getString("size_class")), rs.getBoolean("women_led"), rs.getBoolean("youth_led"),
                rs.getBoolean("green"), rs.getString("kbli"), List.of(), rs.getObject("joined_on", LocalDate.class),
                rs.getLong("version"));
    }

    /** A page of member MSMEs. */
    @Serdeable
    public record Page(List<MemberView> items, long total, int page, int size) {

        Page withoutOwners() {
            return new Page(items.stream().map(MemberView::withoutOwner).toList(), total, page, size);
        }
    }
}
