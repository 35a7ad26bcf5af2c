package id.rantai.api.plan;

import id.rantai.matching.plan.Lot;
import id.rantai.search.SearchProjection;
import id.rantai.search.capability.Candidate;
import id.rantai.search.capability.LotRequirement;
import id.rantai.search.geo.GeoLocation;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The top-K cooperatives Elasticsearch proposes for a lot (its candidate search), so network matching plans over
 * the suppliers that fit rather than the whole catalogue. Empty when search does not answer: matching then falls
 * back to its SQL filters, since planning must not depend on the projection being up.
 */
@Singleton
class CatalogueCandidates {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueCandidates.class);

    private final SearchProjection search;

    CatalogueCandidates(SearchProjection search) {
        this.search = search;
    }

    Optional<List<UUID>> cooperativesFor(String title, String specification, String kbli, Lot lot, int size) {
        try {
            LotRequirement requirement = new LotRequirement(title, specification, kbli, lot.quantity(), lot.unit(),
                    List.copyOf(lot.requiredCertifications()), lot.minTkdnPct().doubleValue(), lot.province(),
                    new GeoLocation(lot.delivery().lat(), lot.delivery().lon()));
            return Optional.of(search.candidates().forLot(requirement, size).stream()
                    .map(Candidate::cooperativeId).map(UUID::fromString).distinct().toList());
        } catch (RuntimeException e) {
            LOG.warn("Candidate search unavailable for lot {}, matching over the SQL filters: {}", lot.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
