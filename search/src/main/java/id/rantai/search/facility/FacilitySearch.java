package id.rantai.search.facility;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.GeoDistanceQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchAllQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.query.FacetBucket;
import id.rantai.search.query.Results;
import id.rantai.search.query.SearchResults;
import id.rantai.search.query.TextQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds shared production houses by what they do and where they are, with province, sector and status facets. */
public final class FacilitySearch {

    private static final List<String> TEXT_FIELDS = List.of(FacilityIndex.NAME + "^2", FacilityIndex.SECTOR + "^2", FacilityIndex.PROCESSES);
    private static final Map<String, String> FACETS = Map.of("province", FacilityIndex.PROVINCE, "sector", FacilityIndex.SECTOR + ".keyword",
            "status", FacilityIndex.STATUS);

    private final SearchCluster cluster;
    private final FacilityIndex index;

    public FacilitySearch(SearchCluster cluster, FacilityIndex index) {
        this.cluster = cluster;
        this.index = index;
    }

    public SearchResults<FacilityHit> search(FacilitySearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (!request.provinces().isEmpty()) {
            filters.add(TermsQuery.of(t -> t.field(FacilityIndex.PROVINCE).terms(v -> v.value(request.provinces().stream().map(FieldValue::of).toList())))._toQuery());
        }
        if (!request.statuses().isEmpty()) {
            filters.add(TermsQuery.of(t -> t.field(FacilityIndex.STATUS).terms(v -> v.value(request.statuses().stream().map(s -> FieldValue.of(s.name())).toList())))._toQuery());
        }
        if (request.radiusKm() != null) {
            filters.add(GeoDistanceQuery.of(g -> g.field(FacilityIndex.LOCATION).distance(request.radiusKm() + "km").location(location(request)))._toQuery());
        }
        Query text = request.text().map(t -> TextQuery.relaxed(t, TEXT_FIELDS, FacilityIndex.NAME, "text")).orElseGet(() -> MatchAllQuery.of(m -> m)._toQuery());
        SortOptions first = request.near() == null
                ? SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)))
                : SortOptions.of(o -> o.geoDistance(g -> g.field(FacilityIndex.LOCATION).location(location(request)).order(SortOrder.Asc).unit(DistanceUnit.Kilometers)));
        SearchRequest search = SearchRequest.of(s -> {
            s.index(index.alias()).query(BoolQuery.of(b -> b.must(text).filter(filters))._toQuery()).size(request.size() + 1)
                    .trackTotalHits(t -> t.enabled(true)).trackScores(true)
                    .sort(first, SortOptions.of(o -> o.field(f -> f.field(FacilityIndex.ID).order(SortOrder.Asc))));
            FACETS.forEach((name, field) -> s.aggregations(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(40)))));
            List<FieldValue> after = request.searchAfterValues();
            if (!after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        });
        SearchResponse<FacilityDocument> response = cluster.call("search " + index.alias(), client -> client.search(search, FacilityDocument.class));
        List<Hit<FacilityDocument>> hits = response.hits().hits();
        List<FacilityHit> items = hits.subList(0, Math.min(hits.size(), request.size())).stream().map(hit -> {
            FacilityDocument doc = hit.source();
            Double distance = request.near() != null && doc.location() != null ? Results.roundKm(request.near().distanceKmTo(doc.location())) : null;
            return new FacilityHit(doc.id(), doc.name(), doc.province(), doc.sector(), doc.status(), doc.weeklyCapacityHours(), distance,
                    hit.score() == null ? 0 : hit.score());
        }).toList();
        Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
        for (String name : List.of("province", "sector", "status")) {
            facets.put(name, Results.facet(response.aggregations().get(name)));
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new SearchResults<>(items, total, facets, Results.nextSearchAfter(hits, request.size(), FacilitySearchRequest.sortName(request.near())));
    }

    private static co.elastic.clients.elasticsearch._types.GeoLocation location(FacilitySearchRequest request) {
        return co.elastic.clients.elasticsearch._types.GeoLocation.of(l -> l.latlon(ll -> ll.lat(request.near().lat()).lon(request.near().lon())));
    }
}
