package id.rantai.api.tender;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.outbox.Outbox;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an officer does with a demand: create it with its lots, edit it while DRAFT, publish it, cancel it;
 * and what everyone may read of it. A demand of another BUMN is visible only once published, and a draft
 * of another BUMN does not exist for the caller (404).
 */
@Singleton
public class Tendering {

    static final String ENTITY = "demand";

    private final Demands demands;
    private final BidWindow bidWindow;
    private final AuditTrail audit;
    private final Outbox outbox;

    Tendering(Demands demands, BidWindow bidWindow, AuditTrail audit, Outbox outbox) {
        this.demands = demands;
        this.bidWindow = bidWindow;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public DemandView create(CurrentUser officer, DemandRequest request) {
        UUID buyer = requireOfficer(officer);
        checkDates(request);
        UUID id = demands.insert(buyer, officer.userId(), request);
        DemandView created = demands.find(id).orElseThrow();
        audit.record(officer, "demand.created", ENTITY, id, null, created);
        return created;
    }

    @Transactional
    public DemandView edit(CurrentUser officer, UUID id, long version, DemandRequest request) {
        DemandView before = ownDemand(officer, id, true);
        if (before.status() != DemandStatus.DRAFT) {
            throw ProblemException.conflict("Only a DRAFT demand can be edited; this one is " + before.status());
        }
        checkDates(request);
        if (!demands.replace(id, version, request)) {
            throw staleVersion(before);
        }
        DemandView after = demands.find(id).orElseThrow();
        audit.record(officer, "demand.edited", ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public DemandView publish(CurrentUser officer, UUID id, Optional<Long> version) {
        DemandView before = ownDemand(officer, id, true);
        requireTransition(before, DemandStatus.OPEN);
        if (demands.deadlinePassed(id)) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The bid deadline has already passed",
                    List.of(new Problem.FieldError("bidDeadline", "must be in the future when the demand is published")));
        }
        return move(officer, before, version, DemandStatus.OPEN, "demand.published");
    }

    @Transactional
    public DemandView cancel(CurrentUser officer, UUID id, Optional<Long> version) {
        DemandView before = ownDemand(officer, id, true);
        requireTransition(before, DemandStatus.CANCELLED);
        return move(officer, before, version, DemandStatus.CANCELLED, "demand.cancelled");
    }

    @Transactional
    public DemandView read(CurrentUser user, UUID id) {
        bidWindow.closeIfDue(Optional.of(id));
        DemandView demand = demands.find(id).orElseThrow(() -> ProblemException.notFound("Demand"));
        if (!visible(user, demand)) {
            throw ProblemException.notFound("Demand");
        }
        return demand;
    }

    /** A published demand as anyone may read it, without logging in; drafts do not exist here (404). */
    @Transactional
    public DemandView readPublished(UUID id) {
        bidWindow.closeIfDue(Optional.of(id));
        return demands.find(id).filter(d -> d.publishedAt() != null).orElseThrow(() -> ProblemException.notFound("Demand"));
    }

    @Transactional
    public Demands.Page list(CurrentUser user, Optional<DemandStatus> status, Optional<UUID> buyer, int page, int size) {
        bidWindow.closeIfDue(Optional.empty());
        Optional<UUID> drafts = user.role() == Role.OFFICER ? user.organizationId() : Optional.empty();
        return demands.page(status, buyer, drafts, page, size);
    }

    /** The caller's own demand (officer of its buyer), locked; 404 when it is someone else's or unpublished. */
    DemandView ownDemand(CurrentUser officer, UUID id, boolean lock) {
        UUID buyer = requireOfficer(officer);
        bidWindow.closeIfDue(Optional.of(id));
        DemandView demand = (lock ? demands.lock(id, true) : demands.find(id))
                .orElseThrow(() -> ProblemException.notFound("Demand"));
        if (!demand.buyer().id().equals(buyer)) {
            if (visible(officer, demand)) {
                throw ProblemException.forbidden("Only officers of " + demand.buyer().name() + " may change this demand");
            }
            throw ProblemException.notFound("Demand");
        }
        return demand;
    }

    static boolean visible(CurrentUser user, DemandView demand) {
        boolean ownBuyer = user.role() == Role.OFFICER && user.organizationId().filter(demand.buyer().id()::equals).isPresent();
        return ownBuyer || demand.publishedAt() != null;
    }

    private DemandView move(CurrentUser officer, DemandView before, Optional<Long> version, DemandStatus target, String action) {
        if (!demands.moveTo(before.id(), version.orElse(before.version()), target)) {
            throw staleVersion(before);
        }
        DemandView after = demands.find(before.id()).orElseThrow();
        audit.record(officer, action, ENTITY, before.id(), before, after);
        outbox.changed(ENTITY, after.id(), after.version());
        return after;
    }

    private static void requireTransition(DemandView demand, DemandStatus target) {
        if (!demand.status().canMoveTo(target)) {
            throw ProblemException.conflict("A " + demand.status() + " demand cannot become " + target);
        }
    }

    private static UUID requireOfficer(CurrentUser user) {
        if (user.role() != Role.OFFICER || user.organizationId().isEmpty()) {
            throw ProblemException.forbidden("Only a BUMN procurement officer may do this");
        }
        return user.organizationId().get();
    }

    private static ProblemException staleVersion(DemandView current) {
        return ProblemException.conflict("The demand was changed meanwhile (current version " + current.version()
                + "); reload it and try again");
    }

    /** Dates a client can get wrong: a deadline in the past or years ahead, a delivery before the bids close. */
    private static void checkDates(DemandRequest request) {
        List<Problem.FieldError> errors = DeadlineHorizon.outside(request, OffsetDateTime.now());
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The request has invalid fields", errors);
        }
    }
}
