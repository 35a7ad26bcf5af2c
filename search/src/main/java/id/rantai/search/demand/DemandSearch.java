package id.rantai.search.demand;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchAllQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.query.FacetBucket;
import id.rantai.search.query.Results;
import id.rantai.search.query.SearchResults;
import id.rantai.search.query.TextQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tender search behind {@code GET /api/search/demands}: open demands by default, full text over the
 * demand and its lots, disjunctive facets for province and KBLI, geo over the lots' delivery places.
 */
public final class DemandSearch {

    private static final List<String> HIGHLIGHTED = List.of(DemandIndex.TITLE, DemandIndex.DESCRIPTION, DemandIndex.LOT_TITLE,
            DemandIndex.LOT_SPECIFICATION);

    private final SearchCluster cluster;
    private final DemandIndex index;

    public DemandSearch(SearchCluster cluster, DemandIndex index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** Exact first, relaxed when that finds fewer than {@link TextQuery#RELAX_BELOW} demands, as the capability search. */
    public SearchResults<DemandHit> search(DemandSearchRequest request) {
        SearchResponse<DemandDocument> response = run(toSearchRequest(request, false));
        if (request.text().isPresent() && total(response) < TextQuery.RELAX_BELOW) {
            response = run(toSearchRequest(request, true));
        }
        List<Hit<DemandDocument>> hits = response.hits().hits();
        List<DemandHit> items = hits.subList(0, Math.min(hits.size(), request.size())).stream()
                .map(hit -> toItem(hit, request.near())).toList();
        Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
        for (DemandFacet facet : request.facets()) {
            facets.put(facet.parameterValue(), Results.facet(response.aggregations().get(facet.parameterValue())));
        }
        return new SearchResults<>(items, total(response), facets, Results.nextSearchAfter(hits, request.size(), request.sort().parameterValue()));
    }

    private SearchResponse<DemandDocument> run(SearchRequest search) {
        return cluster.call("search " + index.alias(), client -> client.search(search, DemandDocument.class));
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    public SearchRequest toSearchRequest(DemandSearchRequest request, boolean relaxed) {
        List<Query> filters = new ArrayList<>();
        filters.add(request.onlyOpen() ? DemandQueries.openForBids() : DemandQueries.statusIn(request.statuses()));
        if (request.buyerId() != null) {
            filters.add(DemandQueries.ofBuyer(request.buyerId()));
        }
        if (request.radiusKm() != null) {
            filters.add(DemandQueries.deliveredWithin(request.near(), request.radiusKm()));
        }
        Map<DemandFacet, Query> facetFilters = new LinkedHashMap<>();
        if (!request.provinces().isEmpty()) {
            facetFilters.put(DemandFacet.PROVINCE, DemandQueries.deliveredToAnyOf(request.provinces()));
        }
        if (!request.kblis().isEmpty()) {
            facetFilters.put(DemandFacet.KBLI, DemandQueries.kbliIn(request.kblis()));
        }
        Query text = request.text().map(relaxed ? DemandQueries::relaxedText : DemandQueries::text)
                .orElseGet(() -> MatchAllQuery.of(m -> m)._toQuery());
        Query query = BoolQuery.of(b -> b.must(text).filter(filters))._toQuery();
        return SearchRequest.of(s -> {
            s.index(index.alias()).query(query).size(request.size() + 1).trackTotalHits(t -> t.enabled(true)).trackScores(true)
                    .sort(sort(request));
            request.text().ifPresent(t -> s.highlight(Results.highlight(HIGHLIGHTED, t)));
            if (!facetFilters.isEmpty()) {
                s.postFilter(BoolQuery.of(b -> b.filter(new ArrayList<>(facetFilters.values())))._toQuery());
            }
            for (DemandFacet facet : request.facets()) {
                List<Query> others = facetFilters.entrySet().stream().filter(e -> e.getKey() != facet).map(Map.Entry::getValue).toList();
                s.aggregations(facet.parameterValue(), Results.facetAggregation(facet.field(), facet.size(), others));
            }
            List<FieldValue> after = request.searchAfterValues();
            if (!after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        });
    }

    private static List<SortOptions> sort(DemandSearchRequest request) {
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field(DemandIndex.ID).order(SortOrder.Asc)));
        SortOptions first = switch (request.sort()) {
            case RELEVANCE -> SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            case DEADLINE -> SortOptions.of(o -> o.field(f -> f.field(DemandIndex.BID_DEADLINE).order(SortOrder.Asc)));
            case DISTANCE -> SortOptions.of(o -> o.geoDistance(g -> g.field(DemandIndex.LOT_LOCATION)
                    .location(DemandQueries.esLocation(request.near())).order(SortOrder.Asc).mode(SortMode.Min).unit(DistanceUnit.Kilometers)));
        };
        return List.of(first, byId);
    }

    private static DemandHit toItem(Hit<DemandDocument> hit, GeoLocation near) {
        DemandDocument doc = hit.source();
        List<String> provinces = doc.lots().stream().map(DemandDocument.Lot::deliveryProvince).filter(Objects::nonNull).distinct().toList();
        Double distance = near == null ? null : doc.lots().stream().map(DemandDocument.Lot::deliveryLocation).filter(Objects::nonNull)
                .mapToDouble(near::distanceKmTo).min().stream().boxed().findFirst().map(Results::roundKm).orElse(null);
        return new DemandHit(hit.id(), doc.title(), new DemandHit.Buyer(doc.buyerId(), doc.buyerName()), doc.status(), doc.bidDeadline(),
                doc.kbli(), provinces, doc.lots().size(), distance, hit.score() == null ? 0 : hit.score(), Results.highlights(hit));
    }
}
