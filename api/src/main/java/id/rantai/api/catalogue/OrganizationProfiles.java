package id.rantai.api.catalogue;

import id.rantai.api.db.Sql;
import id.rantai.api.problem.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Public profiles of BUMN, cooperatives and the ministry, read from PostgreSQL. */
@Singleton
public class OrganizationProfiles {

    private final Sql sql;

    OrganizationProfiles(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public OrganizationProfile profile(UUID id) {
        OrganizationProfile profile = sql.one("""
                select o.*, p.name as province_name from organization o join province p on p.iso_code = o.province
                where o.id = ?""", rs -> new OrganizationProfile(Sql.uuid(rs, "id"), rs.getString("type"),
                        rs.getString("name"), rs.getString("short_name"), rs.getString("province"),
                        rs.getString("province_name"), Sql.nullableDouble(rs, "lat") == null ? null
                                : new Location(rs.getDouble("lat"), rs.getDouble("lon")),
                        rs.getBoolean("verified"), null, null, null, null), id)
                .orElseThrow(() -> ProblemException.notFound("Organization"));
        if (!"COOPERATIVE".equals(profile.type())) {
            return profile;
        }
        OrganizationProfile.MemberFigures members = sql.one("""
                select count(*) as total,
                       count(*) filter (where m.size_class = 'MICRO') as micro,
                       count(*) filter (where m.size_class = 'SMALL') as small,
                       count(*) filter (where m.size_class = 'MEDIUM') as medium,
                       count(*) filter (where m.women_led) as women_led,
                       count(*) filter (where m.youth_led) as youth_led,
                       count(*) filter (where m.green) as green
                from cooperative_member cm join msme m on m.id = cm.msme_id where cm.cooperative_id = ?""",
                rs -> new OrganizationProfile.MemberFigures(rs.getLong("total"), rs.getLong("micro"), rs.getLong("small"),
                        rs.getLong("medium"), rs.getLong("women_led"), rs.getLong("youth_led"), rs.getLong("green")), id)
                .orElseThrow();
        var certifications = sql.list("""
                select distinct mc.code from msme_certification mc join cooperative_member cm on cm.msme_id = mc.msme_id
                where cm.cooperative_id = ? and (mc.valid_until is null or mc.valid_until >= current_date)
                order by mc.code""", rs -> rs.getString(1), id);
        var capabilities = sql.list("""
                select id, title from capability where cooperative_id = ? and deleted_at is null order by title, id""",
                rs -> new OrganizationProfile.Titled(Sql.uuid(rs, "id"), rs.getString("title")), id);
        var facilities = sql.list("select id, name from facility where operator_organization_id = ? order by name",
                rs -> new OrganizationProfile.Titled(Sql.uuid(rs, "id"), rs.getString("name")), id);
        return profile.withCooperativeFacts(members, certifications, capabilities, facilities);
    }
}
