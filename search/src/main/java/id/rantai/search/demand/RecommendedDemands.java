package id.rantai.search.demand;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ConstantScoreQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ExistsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.GeoDistanceQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.NestedQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsSetQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.capability.CapabilityQueries;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.query.Checks;
import id.rantai.search.query.Results;
import id.rantai.search.query.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * Open demands that fit a cooperative: the reverse of {@link id.rantai.search.capability.LotCandidates}.
 * A demand qualifies when one of its lots is one the cooperative may bid for (it holds every certification
 * the lot requires and reaches the lot's minimum TKDN) and the lot's text matches the cooperative's
 * catalogue or the demand's KBLI is one of the cooperative's. Each lot shown carries its reasons:
 * {@value #TEXT}, {@value #CERTIFICATIONS}, {@value #LOCAL_CONTENT}, {@value #NEAR_DELIVERY} (within
 * {@value #NEAR_KM} km), {@value #SAME_PROVINCE}; the demand itself may carry {@value #KBLI}.
 */
public final class RecommendedDemands {

    public static final String TEXT = "text";
    public static final String KBLI = "kbli";
    public static final String CERTIFICATIONS = "certifications";
    public static final String LOCAL_CONTENT = "local content";
    public static final String NEAR_DELIVERY = "near delivery";
    public static final String SAME_PROVINCE = "same province";
    static final int NEAR_KM = 150;
    private static final String LOTS = "lots";
    private static final int MAX_CATALOGUE = 200;

    private final SearchCluster cluster;
    private final DemandIndex demands;
    private final CapabilityIndex capabilities;

    public RecommendedDemands(SearchCluster cluster, DemandIndex demands, CapabilityIndex capabilities) {
        this.cluster = cluster;
        this.demands = demands;
        this.capabilities = capabilities;
    }

    /** Recommendations from the cooperative's catalogue as indexed; none when it has no entries. */
    public List<RecommendedDemand> forCooperative(String cooperativeId, int size) {
        SearchResponse<CapabilityDocument> catalogue = cluster.call("read the catalogue of " + cooperativeId, client -> client.search(s -> s
                .index(capabilities.alias()).size(MAX_CATALOGUE)
                .query(CapabilityQueries.ofCooperative(cooperativeId)), CapabilityDocument.class));
        List<CapabilityDocument> entries = catalogue.hits().hits().stream().map(Hit::source).toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        return forProfile(CooperativeProfile.of(cooperativeId, entries), size);
    }

    public List<RecommendedDemand> forProfile(CooperativeProfile profile, int size) {
        Violations violations = new Violations();
        Checks.size(size, violations);
        violations.throwIfAny();
        SearchRequest request = toSearchRequest(profile, size);
        SearchResponse<DemandDocument> response = cluster.call("recommend demands from " + demands.alias(),
                client -> client.search(request, DemandDocument.class));
        List<RecommendedDemand> recommended = new ArrayList<>();
        for (Hit<DemandDocument> hit : response.hits().hits()) {
            DemandDocument doc = hit.source();
            List<RecommendedDemand.LotFit> lots = new ArrayList<>();
            InnerHitsResult inner = hit.innerHits().get(LOTS);
            if (inner != null) {
                for (Hit<JsonData> lotHit : inner.hits().hits()) {
                    DemandDocument.Lot lot = lotHit.source().to(DemandDocument.Lot.class);
                    Double distance = profile.location() != null && lot.deliveryLocation() != null
                            ? Results.roundKm(profile.location().distanceKmTo(lot.deliveryLocation())) : null;
                    lots.add(new RecommendedDemand.LotFit(lot.id(), lot.title(), lot.quantity(), lot.unit(), lot.deliveryProvince(),
                            lot.deliveryLocation(), distance, lotHit.matchedQueries() == null ? List.of() : lotHit.matchedQueries()));
                }
            }
            List<String> reasons = hit.matchedQueries() == null ? List.of()
                    : hit.matchedQueries().stream().filter(KBLI::equals).toList();
            recommended.add(new RecommendedDemand(doc.id(), doc.title(), new DemandHit.Buyer(doc.buyerId(), doc.buyerName()),
                    doc.bidDeadline(), doc.kbli(), hit.score() == null ? 0 : hit.score(), reasons, lots));
        }
        return recommended;
    }

    SearchRequest toSearchRequest(CooperativeProfile profile, int size) {
        Query eligible = eligibleLot(profile);
        List<Query> fits = new ArrayList<>();
        Query lotText = null;
        if (!profile.keywords().isBlank()) {
            lotText = CombinedFieldsQuery.of(c -> c.query(profile.keywords()).fields(DemandIndex.LOT_TITLE + "^2", DemandIndex.LOT_SPECIFICATION)
                    .queryName(TEXT))._toQuery();
            fits.add(lotText);
        }
        if (profile.location() != null) {
            fits.add(ConstantScoreQuery.of(c -> c.boost(0.5f).queryName(NEAR_DELIVERY).filter(GeoDistanceQuery.of(g -> g
                    .field(DemandIndex.LOT_LOCATION).distance(NEAR_KM + "km").location(DemandQueries.esLocation(profile.location())))._toQuery()))._toQuery());
        }
        if (profile.province() != null) {
            fits.add(TermQuery.of(t -> t.field(DemandIndex.LOT_PROVINCE).value(profile.province()).boost(0.3f).queryName(SAME_PROVINCE))._toQuery());
        }
        Query scoredLots = NestedQuery.of(n -> n.path(LOTS).scoreMode(ChildScoreMode.Max)
                .query(BoolQuery.of(b -> b.filter(eligible).should(fits))._toQuery())
                .innerHits(i -> i.name(LOTS).size(5)))._toQuery();

        List<Query> relevant = new ArrayList<>();
        if (lotText != null) {
            Query text = lotText;
            relevant.add(NestedQuery.of(n -> n.path(LOTS).scoreMode(ChildScoreMode.None)
                    .query(BoolQuery.of(b -> b.filter(eligible).filter(text))._toQuery()))._toQuery());
        }
        if (!profile.kblis().isEmpty()) {
            relevant.add(TermsQuery.of(t -> t.field(DemandIndex.KBLI).boost(2f).queryName(KBLI)
                    .terms(v -> v.value(profile.kblis().stream().map(FieldValue::of).toList())))._toQuery());
        }
        Query query = BoolQuery.of(b -> b
                .filter(DemandQueries.openForBids())
                .must(scoredLots)
                .must(BoolQuery.of(any -> any.should(relevant).minimumShouldMatch("1"))._toQuery()))._toQuery();
        return SearchRequest.of(s -> s.index(demands.alias()).query(query).size(size));
    }

    /** A lot the cooperative may bid for: every required certification held, the minimum TKDN reached. */
    private static Query eligibleLot(CooperativeProfile profile) {
        List<Query> certified = new ArrayList<>();
        certified.add(BoolQuery.of(b -> b.mustNot(ExistsQuery.of(e -> e.field(DemandIndex.LOT_CERTIFICATIONS))._toQuery()))._toQuery());
        if (!profile.certifications().isEmpty()) {
            certified.add(TermsSetQuery.of(t -> t.field(DemandIndex.LOT_CERTIFICATIONS).terms(profile.certifications())
                    .minimumShouldMatchField(DemandIndex.LOT_CERTIFICATION_COUNT))._toQuery());
        }
        double tkdn = profile.maxLocalContentPct() == null ? 0 : profile.maxLocalContentPct();
        Query localContent = BoolQuery.of(b -> b.queryName(LOCAL_CONTENT).minimumShouldMatch("1")
                .should(BoolQuery.of(n -> n.mustNot(ExistsQuery.of(e -> e.field(DemandIndex.LOT_MIN_LOCAL_CONTENT))._toQuery()))._toQuery())
                .should(RangeQuery.of(r -> r.number(n -> n.field(DemandIndex.LOT_MIN_LOCAL_CONTENT).lte(tkdn)))._toQuery()))._toQuery();
        return BoolQuery.of(b -> b
                .filter(BoolQuery.of(c -> c.queryName(CERTIFICATIONS).should(certified).minimumShouldMatch("1"))._toQuery())
                .filter(localContent))._toQuery();
    }
}
