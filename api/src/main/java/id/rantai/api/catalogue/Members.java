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
                select exists (select 1 from cooperative_member cm where cm.msme_id = m.id and cm.cooperative_id = ?)
                from msme m where m.nib = ?""", rs -> rs.getBoolean(1), cooperative, nib)
                .map(own -> own ? Registration.OWN_MEMBER : Registration.REGISTERED_ELSEWHERE)
                .orElse(Registration.UNREGISTERED);
    }

    /** Registers the MSME and its membership; empty when the province is unknown. */
    public Optional<UUID> insert(UUID cooperative, MemberRequest request) {
        Optional<UUID> id = sql.one("""
                insert into msme (name, nib, owner_name, province, lat, lon, size_class, women_led, youth_led, green, kbli)
                select ?, ?, ?, p.iso_code, ?, ?, ?, ?, ?, ?, ? from province p where p.iso_code = ?
                returning id""", rs -> rs.getObject(1, UUID.class),
                request.name().strip(), request.nib(), request.ownerName() == null ? null : request.ownerName().strip(),
                request.location().lat(), request.location().lon(), request.sizeClass(),
                Boolean.TRUE.equals(request.womenLed()), Boolean.TRUE.equals(request.youthLed()),
                Boolean.TRUE.equals(request.green()), request.kbli(), request.province());
        id.ifPresent(msme -> {
            sql.update("insert into cooperative_member (cooperative_id, msme_id) values (?, ?)", cooperative, msme);
            for (Certificate certificate : request.certificationsOrEmpty()) {
                sql.update("insert into msme_certification (msme_id, code, valid_until) values (?, ?, ?)",
                        msme, certificate.code(), certificate.validUntil());
            }
        });
        return id;
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
                List.copyOf(held.getOrDefault(m.id(), List.of())), m.joinedOn())).toList();
    }

    private static MemberView member(ResultSet rs) throws SQLException {
        return new MemberView(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("nib"), rs.getString("owner_name"),
                rs.getString("province"), new Location(rs.getDouble("lat"), rs.getDouble("lon")),
                SizeClass.valueOf(rs.getString("size_class")), rs.getBoolean("women_led"), rs.getBoolean("youth_led"),
                rs.getBoolean("green"), rs.getString("kbli"), List.of(), rs.getObject("joined_on", LocalDate.class));
    }

    /** A page of member MSMEs. */
    @Serdeable
    public record Page(List<MemberView> items, long total, int page, int size) {

        Page withoutOwners() {
            return new Page(items.stream().map(MemberView::withoutOwner).toList(), total, page, size);
        }
    }
}
