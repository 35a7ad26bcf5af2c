package id.rantai.api.bid;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.db.Sql;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.BidWindow;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Demands;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The buyer's side of sealed bidding: after the deadline (EVALUATION and later) the officers of the buyer
 * see all bids together, and a side-by-side comparison per lot sorted by evaluated price. Before it, the
 * answer is the same whether a lot has bids or not.
 */
@Singleton
public class BidOpening {

    private final Demands demands;
    private final Bids bids;
    private final BidWindow bidWindow;
    private final Sql sql;

    BidOpening(Demands demands, Bids bids, BidWindow bidWindow, Sql sql) {
        this.demands = demands;
        this.bids = bids;
        this.bidWindow = bidWindow;
        this.sql = sql;
    }

    @Transactional
    public List<BidView> bidsOf(CurrentUser officer, UUID demandId) {
        openedDemand(officer, demandId);
        return bids.ofDemand(demandId);
    }

    @Transactional
    public LotComparison compare(CurrentUser officer, UUID demandId, UUID lotId) {
        DemandView demand = openedDemand(officer, demandId);
        DemandView.LotView lot = demand.lots().stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Lot"));
        List<BidView> lotBids = bids.ofDemand(demandId).stream().filter(b -> b.lotId().equals(lotId))
                .sorted(Comparator.comparingLong(BidView::evaluatedPriceIdr).thenComparing(BidView::submittedAt)).toList();
        Map<UUID, MemberProfile> profiles = profiles(lotBids.stream().flatMap(b -> b.memberIds().stream()).distinct().toList());
        List<ComparedBid> rows = lotBids.stream().map(b -> new ComparedBid(b,
                b.memberIds().stream().map(profiles::get).filter(java.util.Objects::nonNull).toList())).toList();
        return new LotComparison(lot.id(), lot.title(), lot.quantity(), lot.unit(), lot.maxUnitPriceIdr(),
                lotBids.stream().mapToLong(BidView::quantity).sum(), rows);
    }

    /** The demand of the caller's own BUMN, with its bids opened; 403 for others, 409 while sealed. */
    private DemandView openedDemand(CurrentUser officer, UUID demandId) {
        bidWindow.closeIfDue(Optional.of(demandId));
        DemandView demand = demands.find(demandId).orElseThrow(() -> ProblemException.notFound("Demand"));
        boolean buyer = officer.role() == Role.OFFICER && officer.organizationId().filter(demand.buyer().id()::equals).isPresent();
        if (!buyer) {
            if (demand.publishedAt() == null) {
                throw ProblemException.notFound("Demand");
            }
            throw ProblemException.forbidden("Only the buyer's officers see the bids of a demand");
        }
        if (!demand.status().bidsOpened()) {
            throw ProblemException.conflict("Bids are sealed until the deadline " + demand.bidDeadline()
                    + (demand.status() == id.rantai.api.tender.DemandStatus.CANCELLED ? " (the demand was cancelled)" : ""));
        }
        return demand;
    }

    private Map<UUID, MemberProfile> profiles(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sql.list("""
                select id, name, province, size_class, women_led, youth_led, green from msme where id = any(?)""",
                rs -> new MemberProfile(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("province"),
                        rs.getString("size_class"), rs.getBoolean("women_led"), rs.getBoolean("youth_led"),
                        rs.getBoolean("green")), ids)
                .stream().collect(Collectors.toMap(MemberProfile::id, p -> p));
    }

    /** A member MSME as the comparison shows it (no owner's personal data). */
    @Serdeable
    public record MemberProfile(UUID id, String name, String province, String sizeClass, boolean womenLed,
                                boolean youthLed, boolean green) {
    }

    @Serdeable
    public record ComparedBid(BidView bid, List<MemberProfile> members) {
    }

    /** The bids of one lot side by side, cheapest evaluated price first. */
    @Serdeable
    public record LotComparison(UUID lotId, String title, long quantity, String unit, long maxUnitPriceIdr,
                                long quantityOffered, List<ComparedBid> bids) {
    }
}
