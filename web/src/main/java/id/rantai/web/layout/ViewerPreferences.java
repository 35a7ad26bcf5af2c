package id.rantai.web.layout;

import id.rantai.api.db.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** A person's chosen language and time zone ({@code user_preference}); the zone defaults to their organisation's province. */
@Singleton
public class ViewerPreferences {

    private final Sql sql;

    ViewerPreferences(Sql sql) {
        this.sql = sql;
    }

    /** The preferences of a user; a user without an organisation or a choice sees WIB. */
    public record Choice(Optional<String> language, ViewerZone zone, boolean zoneChosen) {
    }

    @Transactional
    public Choice of(UUID userId) {
        return sql.one("""
                        select p.language, p.time_zone, o.province
                        from app_user u
                        left join user_preference p on p.user_id = u.id
                        left join organization o on o.id = u.organization_id
                        where u.id = ?""",
                rs -> {
                    Optional<ViewerZone> chosen = Optional.ofNullable(rs.getString("time_zone")).flatMap(ViewerZone::named);
                    ViewerZone byProvince = ViewerZone.ofProvince(rs.getString("province"));
                    return new Choice(Optional.ofNullable(rs.getString("language")), chosen.orElse(byProvince), chosen.isPresent());
                }, userId)
                .orElse(new Choice(Optional.empty(), ViewerZone.WIB, false));
    }

    @Transactional
    public void choose(UUID userId, String language, ViewerZone zone) {
        sql.update("""
                insert into user_preference (user_id, language, time_zone) values (?, ?, ?)
                on conflict (user_id) do update set language = excluded.language, time_zone = excluded.time_zone, updated_at = now()""",
                userId, language, zone.name());
    }
}
