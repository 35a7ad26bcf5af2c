package id.rantai.api.tender;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Closes the bid window: an OPEN demand whose deadline has passed (by the database clock) moves to EVALUATION,
 * which opens its bids to the buyer. It runs every few seconds on its own, so the move happens without a
 * request arriving, and before any read or write that depends on it. Every instance runs it; the due demands are
 * locked with {@code SKIP LOCKED}, so each moves once. This instance's moves are counted as
 * {@code rantai.tender.bid.windows.closed}.
 */
@Singleton
public class BidWindow {

    private final Demands demands;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Counter closed;

    BidWindow(Demands demands, AuditTrail audit, Outbox outbox, MeterRegistry meters) {
        this.demands = demands;
        this.audit = audit;
        this.outbox = outbox;
        this.closed = meters.counter("rantai.tender.bid.windows.closed");
    }

    @Scheduled(fixedDelay = "${rantai.bid-window.check-every:2s}", initialDelay = "1s")
    @Transactional
    void closeDueWindows() {
        closeIfDue(Optional.empty());
    }

    /** Moves the due demands (all, or only the given one) to EVALUATION; returns how many moved. */
    @Transactional
    public int closeIfDue(Optional<UUID> only) {
        List<UUID> due = demands.lockDueForEvaluation(only);
        for (UUID id : due) {
            DemandView before = demands.find(id).orElseThrow();
            demands.moveTo(id, before.version(), DemandStatus.EVALUATION);
            audit.record(null, "demand.bids-opened", Tendering.ENTITY, id, Map.of("status", before.status()),
                    Map.of("status", DemandStatus.EVALUATION));
            outbox.changed(Tendering.ENTITY, id, before.version() + 1);
        }
        closed.increment(due.size());
        return due.size();
    }
}
