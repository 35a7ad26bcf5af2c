package id.rantai.api.search;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import id.rantai.search.SearchProjection;
import id.rantai.search.capability.Candidate;
import id.rantai.search.capability.LotRequirement;
import id.rantai.search.demand.RecommendedDemand;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.query.SearchQueryException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * Who may see which matches, and the matches: the cooperatives able to serve a lot (for the buyer's officers and the
 * ministry) and the open demands that fit a cooperative (for the cooperative itself and the ministry). The API and the
 * pages both ask here.
 */
@Singleton
public class SupplyMatches {

    private final SearchProjection search;
    private final Tendering tendering;

    SupplyMatches(SearchProjection search, Tendering tendering) {
        this.search = search;
        this.tendering = tendering;
    }

    public List<Candidate> candidates(CurrentUser user, UUID demandId, UUID lotId, int size) {
        DemandView demand = tendering.read(user, demandId);
        boolean buyer = user.role() == Role.OFFICER && user.organizationId().filter(demand.buyer().id()::equals).isPresent();
        if (!buyer && user.role() != Role.MINISTRY && user.role() != Role.ADMIN) {
            throw ProblemException.forbidden("Candidates of a lot are for its buyer's officers and the ministry");
        }
        DemandView.LotView lot = demand.lots().stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Lot"));
        LotRequirement requirement = new LotRequirement(lot.title(), lot.specification(), demand.kbli(), lot.quantity(), lot.unit(),
                lot.requiredCertifications(), lot.minLocalContentPct().doubleValue(), lot.deliveryProvince(),
                lot.deliveryLocation() == null ? null : new GeoLocation(lot.deliveryLocation().lat(), lot.deliveryLocation().lon()));
        if (size < 1 || size > 100) {
            throw new SearchQueryException("size", "must be between 1 and 100");
        }
        return search.candidates().forLot(requirement, size);
    }

    public List<RecommendedDemand> recommended(CurrentUser user, UUID cooperativeId, int size) {
        boolean own = user.role() == Role.COOPERATIVE && user.organizationId().filter(cooperativeId::equals).isPresent();
        if (!own && user.role() != Role.MINISTRY && user.role() != Role.ADMIN) {
            if (user.role() == Role.COOPERATIVE) {
                throw ProblemException.notFound("Cooperative");
            }
            throw ProblemException.forbidden("Recommendations are for the cooperative itself and the ministry");
        }
        return search.recommendedDemands().forCooperative(cooperativeId.toString(), size);
    }
}
