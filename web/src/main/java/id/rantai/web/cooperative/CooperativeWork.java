package id.rantai.web.cooperative;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.award.AwardView;
import id.rantai.api.award.Awarding;
import id.rantai.api.bid.BidView;
import id.rantai.api.bid.Bidding;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.DemandStatus;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cooperative's bids and awards with the demand and lot each belongs to, as its pages list them. Everything is read
 * through the API's use cases ({@link Bidding#mine}, {@link Awarding#list}, {@link Tendering#read}), which keep a
 * cooperative to its own bids and awards.
 */
@Singleton
class CooperativeWork {

    /** Where a bid stands, as a manager asks it: can I still change it, is it being evaluated, did it win. */
    enum BidState {
        OPEN, LOCKED, AWARDED, NOT_AWARDED, WITHDRAWN, CANCELLED
    }

    record BidRow(BidView bid, DemandView demand, DemandView.LotView lot, BidState state, AwardView award) {
    }

    record AwardRow(AwardView award, DemandView demand, DemandView.LotView lot) {
        public boolean toDeliver() {
            return award.deliveredQuantity() < award.quantity() && demand.status() == DemandStatus.AWARDED;
        }

        public long remaining() {
            return award.quantity() - award.deliveredQuantity();
        }
    }

    private final Bidding bidding;
    private final Tendering tendering;
    private final Awarding awarding;

    CooperativeWork(Bidding bidding, Tendering tendering, Awarding awarding) {
        this.bidding = bidding;
        this.tendering = tendering;
        this.awarding = awarding;
    }

    /** The cooperative's bids, newest first, each with its demand, lot, award and state. */
    List<BidRow> bids(CurrentUser manager) {
        Map<UUID, DemandView> demands = new HashMap<>();
        Map<UUID, AwardView> awardsByBid = awarding.list(manager, Optional.empty(), Optional.empty())
                .stream().collect(Collectors.toMap(AwardView::bidId, Function.identity(), (a, b) -> a));
        return bidding.mine(manager).stream()
                .sorted(Comparator.comparing(BidView::updatedAt).reversed())
                .map(bid -> {
                    DemandView demand = demands.computeIfAbsent(bid.demandId(), id -> tendering.read(manager, id));
                    AwardView award = awardsByBid.get(bid.id());
                    return new BidRow(bid, demand, lot(demand, bid.lotId()), state(bid, demand, award), award);
                }).toList();
    }

    /** One of the cooperative's own bids (another cooperative's does not exist: 404, as in the API). */
    BidRow bid(CurrentUser manager, UUID bidId) {
        BidView bid = bidding.mineOne(manager, bidId);
        DemandView demand = tendering.read(manager, bid.demandId());
        AwardView award = awarding.list(manager, Optional.of(bid.demandId()), Optional.empty()).stream()
                .filter(a -> a.bidId().equals(bidId)).findFirst().orElse(null);
        return new BidRow(bid, demand, lot(demand, bid.lotId()), state(bid, demand, award), award);
    }

    /** The cooperative's live bid on a lot, if it has one. */
    Optional<BidView> liveBid(CurrentUser manager, UUID lotId) {
        return bidding.mine(manager).stream().filter(b -> b.lotId().equals(lotId) && "SUBMITTED".equals(b.status())).findFirst();
    }

    /** The cooperative's awards, newest first, each with its demand and lot. */
    List<AwardRow> awards(CurrentUser manager) {
        Map<UUID, DemandView> demands = new HashMap<>();
        return awarding.list(manager, Optional.empty(), Optional.empty()).stream().map(award -> {
            DemandView demand = demands.computeIfAbsent(award.demandId(), id -> tendering.read(manager, id));
            return new AwardRow(award, demand, lot(demand, award.lotId()));
        }).toList();
    }

    static DemandView.LotView lot(DemandView demand, UUID lotId) {
        return demand.lots().stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Lot"));
    }

    static BidState state(BidView bid, DemandView demand, AwardView award) {
        if ("WITHDRAWN".equals(bid.status())) {
            return BidState.WITHDRAWN;
        }
        if (award != null) {
            return BidState.AWARDED;
        }
        return switch (demand.status()) {
            case OPEN -> BidState.OPEN;
            case AWARDED, COMPLETED -> BidState.NOT_AWARDED;
            case CANCELLED -> BidState.CANCELLED;
            default -> BidState.LOCKED;
        };
    }
}
