package id.rantai.api.monitoring;

import id.rantai.api.db.ReadReplica;
import id.rantai.api.db.Sql;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inclusion figures aggregated in PostgreSQL from the {@code award_attribution} view (V7), where the rule
 * that splits an award's value among MSMEs lives. Totals and groups come from one statement
 * ({@code GROUPING SETS}), so they always agree with each other.
 */
@Singleton
class AwardAttributions {

    private static final String FIGURES = """
            coalesce(sum(x.value_idr), 0)::bigint                                                 as awarded,
            count(distinct x.award_id)                                                            as awards,
            coalesce(sum(x.value_idr) filter (where x.is_msme), 0)::bigint                        as msme,
            count(distinct x.msme_id) filter (where x.is_msme)                                    as msmes,
            count(distinct x.cooperative_id)                                                      as cooperatives,
            coalesce(sum(x.value_idr) filter (where x.is_msme and x.women_led), 0)::bigint        as women_value,
            count(distinct x.msme_id) filter (where x.is_msme and x.women_led)                    as women_count,
            coalesce(sum(x.value_idr) filter (where x.is_msme and x.youth_led), 0)::bigint        as youth_value,
            count(distinct x.msme_id) filter (where x.is_msme and x.youth_led)                    as youth_count,
            coalesce(sum(x.value_idr) filter (where x.is_msme and x.green), 0)::bigint            as green_value,
            count(distinct x.msme_id) filter (where x.is_msme and x.green)                        as green_count
            """;

    private final Sql sql;

    AwardAttributions(@Named(ReadReplica.NAME) Sql sql) {
        this.sql = sql;
    }

    /** The totals, and the groups (largest awarded value first, months oldest first) when a breakdown is asked for. */
    Figures figures(AttributionFilter filter, Optional<GroupBy> groupBy) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        if (groupBy.isEmpty()) {
            InclusionFigures.Sums totals = sql.one("select " + FIGURES + " from award_attribution x" + where,
                    AwardAttributions::sums, params.toArray()).orElseThrow();
            return new Figures(totals, List.of());
        }
        String key = switch (groupBy.get()) {
            case PROVINCE -> "x.province::text";
            case KBLI -> "x.kbli::text";
            case BUYER -> "x.buyer_id::text";
            // the zone comes from the settings (a valid ZoneId), quoted all the same
            case MONTH -> "to_char(x.awarded_at at time zone '" + filter.period().zone().getId().replace("'", "''") + "', 'YYYY-MM')";
        };
        String name = switch (groupBy.get()) {
            case PROVINCE -> "(select p.name from province p where p.iso_code = f.group_key)";
            case KBLI, MONTH -> "null::text";
            case BUYER -> "(select o.name from organization o where o.id::text = f.group_key)";
        };
        List<GroupSums> rows = sql.list("""
                with f as (
                    select %s as group_key, grouping(%s) = 1 as total, %s
                    from award_attribution x %s
                    group by grouping sets ((%s), ())
                )
                select f.*, %s as group_name from f
                order by f.total desc, %s f.group_key""".formatted(key, key, FIGURES, where, key, name,
                        groupBy.get() == GroupBy.MONTH ? "" : "f.awarded desc,"),
                rs -> new GroupSums(rs.getBoolean("total"), rs.getString("group_key"), rs.getString("group_name"), sums(rs)),
                params.toArray());
        InclusionFigures.Sums totals = rows.stream().filter(GroupSums::total).findFirst().map(GroupSums::sums)
                .orElseThrow(() -> new IllegalStateException("grouping sets without the grand total"));
        List<GroupSums> groups = rows.stream().filter(r -> !r.total()).toList();
        return new Figures(totals, groups);
    }

    private static InclusionFigures.Sums sums(ResultSet rs) throws SQLException {
        return new InclusionFigures.Sums(rs.getLong("awarded"), rs.getLong("awards"), rs.getLong("msme"), rs.getLong("msmes"),
                rs.getLong("cooperatives"),
                rs.getLong("women_value"), rs.getLong("women_count"), rs.getLong("youth_value"), rs.getLong("youth_count"),
                rs.getLong("green_value"), rs.getLong("green_count"));
    }

    record GroupSums(boolean total, String key, String name, InclusionFigures.Sums sums) {
    }

    record Figures(InclusionFigures.Sums totals, List<GroupSums> groups) {
    }
}
