package id.rantai.api.award;

import id.rantai.api.db.Sql;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;

/** A cooperative's delivery record in figures, as its public profile shows it: what it was awarded and how it delivered. */
@Singleton
public class DeliveryRecords {

    private final Sql sql;

    DeliveryRecords(Sql sql) {
        this.sql = sql;
    }

    /** Awards won and deliveries made; {@code onTimeDeliveries} counts deliveries made by the lot's delivery deadline. */
    public record Figures(long awards, long awardedQuantity, long deliveredQuantity, long deliveries, long onTimeDeliveries) {

        /** The share of deliveries made on time, 0–100, or null before the first delivery. */
        public Long onTimePct() {
            return deliveries == 0 ? null : Math.round(100.0 * onTimeDeliveries / deliveries);
        }
    }

    @Transactional
    public Figures of(UUID cooperativeId) {
        return sql.one("""
                select count(*) as awards, coalesce(sum(a.quantity), 0) as awarded,
                       coalesce(sum(d.quantity), 0) as delivered, coalesce(sum(d.deliveries), 0) as deliveries,
                       coalesce(sum(d.on_time), 0) as on_time
                from award a
                left join (select award_id, sum(quantity) as quantity, count(*) as deliveries,
                                  count(*) filter (where on_time) as on_time
                           from delivery group by award_id) d on d.award_id = a.id
                where a.cooperative_id = ?""",
                rs -> new Figures(rs.getLong("awards"), rs.getLong("awarded"), rs.getLong("delivered"), rs.getLong("deliveries"),
                        rs.getLong("on_time")), cooperativeId).orElseThrow();
    }
}
