package id.rantai.api.bid;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.db.Sql;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.DemandStatus;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Demands;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a cooperative does with its bids: submit, revise and withdraw them while the bid window is open.
 * The window is judged by the database clock in the writing transaction (and again at commit, by the
 * {@code bid_within_window} trigger); the demand row is share-locked so the deadline move waits for the bid.
 */
@Singleton
public class Bidding {

    static final String ENTITY = "bid";

    private final Demands demands;
    private final Bids bids;
    private final Sql sql;
    private final AuditTrail audit;

    Bidding(Demands demands, Bids bids, Sql sql, AuditTrail audit) {
        this.demands = demands;
        this.bids = bids;
        this.sql = sql;
        this.audit = audit;
    }

    @Transactional
    public BidView submit(CurrentUser user, UUID demandId, UUID lotId, BidRequest request) {
        UUID cooperative = requireCooperative(user);
        DemandView demand = openDemand(demandId);
        DemandView.LotView lot = lotOf(demand, lotId);
        check(cooperative, lot, request);
        if (bids.liveBidOf(lotId, cooperative).isPresent()) {
            throw ProblemException.conflict("You already have a bid on this lot: revise or withdraw it");
        }
        UUID id = bids.insert(lotId, cooperative, request);
        BidView created = bids.find(id).orElseThrow();
        audit.record(user, "bid.submitted", ENTITY, id, null, created);
        return created;
    }

    @Transactional
    public BidView revise(CurrentUser user, UUID demandId, UUID lotId, UUID bidId, long version, BidRequest request) {
        UUID cooperative = requireCooperative(user);
        DemandView demand = openDemand(demandId);
        DemandView.LotView lot = lotOf(demand, lotId);
        BidView before = ownBid(cooperative, lotId, bidId);
        check(cooperative, lot, request);
        if (!bids.revise(bidId, version, request)) {
            throw ProblemException.conflict("The bid was changed or withdrawn meanwhile (current version " + before.version() + ")");
        }
        BidView after = bids.find(bidId).orElseThrow();
        audit.record(user, "bid.revised", ENTITY, bidId, before, after);
        return after;
    }

    @Transactional
    public BidView withdraw(CurrentUser user, UUID demandId, UUID lotId, UUID bidId, long version) {
        UUID cooperative = requireCooperative(user);
        DemandView demand = openDemand(demandId);
        lotOf(demand, lotId);
        BidView before = ownBid(cooperative, lotId, bidId);
        if (!bids.withdraw(bidId, version)) {
            throw ProblemException.conflict("The bid was changed or withdrawn meanwhile (current version " + before.version() + ")");
        }
        BidView after = bids.find(bidId).orElseThrow();
        audit.record(user, "bid.withdrawn", ENTITY, bidId, before, after);
        return after;
    }

    @Transactional
    public List<BidView> mine(CurrentUser user) {
        return bids.ofCooperative(requireCooperative(user));
    }

    @Transactional
    public BidView mineOne(CurrentUser user, UUID bidId) {
        return ownBid(requireCooperative(user), null, bidId);
    }

    /** The demand, share-locked, if it takes bids now; 404 when the caller may not see it, 409 when closed. */
    private DemandView openDemand(UUID demandId) {
        DemandView demand = demands.lock(demandId, false).filter(d -> d.publishedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("Demand"));
        if (demand.status() != DemandStatus.OPEN || demands.deadlinePassed(demandId)) {
            throw ProblemException.conflict("The bid window is closed (demand " + demand.status()
                    + ", deadline " + demand.bidDeadline() + ")");
        }
        return demand;
    }

    private static DemandView.LotView lotOf(DemandView demand, UUID lotId) {
        return demand.lots().stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Lot"));
    }

    /** The caller's own bid; another cooperative's bid does not exist for it. */
    private BidView ownBid(UUID cooperative, UUID lotId, UUID bidId) {
        return bids.find(bidId)
                .filter(b -> b.cooperative().id().equals(cooperative) && (lotId == null || b.lotId().equals(lotId)))
                .orElseThrow(() -> ProblemException.notFound("Bid"));
    }

    /** The lot's rules: quantity, ceiling, TKDN, members, certifications, facility. All violations at once. */
    private void check(UUID cooperative, DemandView.LotView lot, BidRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.quantity() > lot.quantity()) {
            errors.add(new Problem.FieldError("quantity", "must not exceed the lot quantity " + lot.quantity() + " " + lot.unit()));
        }
        if (request.unitPriceIdr() > lot.maxUnitPriceIdr()) {
            errors.add(new Problem.FieldError("unitPriceIdr", "must not exceed the lot's ceiling of Rp" + lot.maxUnitPriceIdr()));
        }
        if (request.localContentPct().compareTo(lot.minLocalContentPct()) < 0) {
            errors.add(new Problem.FieldError("localContentPct", "must be at least the lot's minimum TKDN of "
                    + lot.minLocalContentPct().stripTrailingZeros().toPlainString() + "%"));
        }
        List<UUID> named = request.memberIds().stream().distinct().toList();
        Set<UUID> members = new HashSet<>(sql.list(
                "select msme_id from cooperative_member where cooperative_id = ? and msme_id = any(?)",
                rs -> rs.getObject(1, UUID.class), cooperative, named));
        for (int i = 0; i < request.memberIds().size(); i++) {
            if (!members.contains(request.memberIds().get(i))) {
                errors.add(new Problem.FieldError("memberIds[" + i + "]", "is not a member MSME of your cooperative"));
            }
        }
        if (!lot.requiredCertifications().isEmpty() && !members.isEmpty()) {
            Set<String> held = new HashSet<>(sql.list("""
                    select distinct code from msme_certification
                    where msme_id = any(?) and (valid_until is null or valid_until >= ?)""",
                    rs -> rs.getString(1), new ArrayList<>(members), lot.deliveryDeadline()));
            for (String required : lot.requiredCertifications()) {
                if (!held.contains(required)) {
                    errors.add(new Problem.FieldError("memberIds", "no named member holds a " + required
                            + " certificate valid until the delivery deadline " + lot.deliveryDeadline()));
                }
            }
        }
        if (request.facilityId() != null) {
            checkFacility(lot, request.facilityId(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "bid-rules", "The bid breaks the lot's rules", errors);
        }
    }

    private void checkFacility(DemandView.LotView lot, UUID facilityId, List<Problem.FieldError> errors) {
        record Facility(String name, String status, List<String> processes) {
        }
        var facility = sql.one("select name, status, processes from facility where id = ?",
                rs -> new Facility(rs.getString(1), rs.getString(2), Sql.strings(rs, "processes")), facilityId);
        if (facility.isEmpty()) {
            errors.add(new Problem.FieldError("facilityId", "no such shared facility"));
            return;
        }
        if (!"OPERATING".equals(facility.get().status())) {
            errors.add(new Problem.FieldError("facilityId", facility.get().name() + " is not operating yet"));
        }
        Set<String> offered = new HashSet<>();
        facility.get().processes().forEach(p -> offered.add(p.toLowerCase(Locale.ROOT)));
        for (String needed : lot.processes()) {
            if (!offered.contains(needed.toLowerCase(Locale.ROOT))) {
                errors.add(new Problem.FieldError("facilityId", facility.get().name() + " does not offer the process '" + needed + "'"));
            }
        }
    }

    static UUID requireCooperative(CurrentUser user) {
        if (user.role() != Role.COOPERATIVE || user.organizationId().isEmpty()) {
            throw ProblemException.forbidden("Only a cooperative may do this");
        }
        return user.organizationId().get();
    }
}
