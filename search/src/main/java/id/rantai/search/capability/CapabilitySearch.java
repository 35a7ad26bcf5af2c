package id.rantai.search.capability;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
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

/**
 * The catalogue search behind {@code GET /api/search/capabilities}: full text with synonyms, stems and
 * typo tolerance, filters, facets, geo, highlights, business boosts and {@code searchAfter} paging.
 *
 * <p>Facets are disjunctive for province and KBLI: their filters go into {@code post_filter}, and each
 * facet is counted with every filter except its own, so choosing one province still shows how many
 * results the other provinces would add. Certifications are all required and counted conjunctively.
 */
public final class CapabilitySearch {

    private static final List<String> HIGHLIGHTED = List.of(CapabilityIndex.TITLE, CapabilityIndex.PRODUCTS, CapabilityIndex.DESCRIPTION);
    private static final List<String> SHOWN = List.of(CapabilityIndex.ID, "version", CapabilityIndex.TITLE, CapabilityIndex.KBLI,
            CapabilityIndex.CERTIFICATIONS, "monthlyCapacity", CapabilityIndex.COOPERATIVE_ID, CapabilityIndex.COOPERATIVE_NAME,
            CapabilityIndex.PROVINCE, CapabilityIndex.LOCATION);

    private final SearchCluster cluster;
    private final CapabilityIndex index;

    public CapabilitySearch(SearchCluster cluster, CapabilityIndex index) {
        this.cluster = cluster;
        this.index = index;
    }

    /**
     * Runs the exact query and, when its text finds fewer than {@link TextQuery#RELAX_BELOW} entries, the
     * relaxed one instead. The decision depends only on the request, so every page of a search is made alike.
     */
    public SearchResults<CapabilityHit> search(CapabilitySearchRequest request) {
        SearchResponse<CapabilityDocument> response = run(toSearchRequest(request, false));
        if (request.text().isPresent() && total(response) < TextQuery.RELAX_BELOW) {
            response = run(toSearchRequest(request, true));
        }
        return read(request, response);
    }

    private SearchResponse<CapabilityDocument> run(SearchRequest search) {
        return cluster.call("search " + index.alias(), client -> client.search(search, CapabilityDocument.class));
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    /**
     * The Elasticsearch request for {@code request}, exact or relaxed: public so that the benchmark can send
     * the same JSON directly.
     */
    public SearchRequest toSearchRequest(CapabilitySearchRequest request, boolean relaxed) {
        List<Query> filters = new ArrayList<>();
        if (!request.certifications().isEmpty()) {
            filters.add(CapabilityQueries.certifiedForAll(request.certifications()));
        }
        if (request.womenLed() != null) {
            filters.add(CapabilityQueries.womenLed(request.womenLed()));
        }
        if (request.youthLed() != null) {
            filters.add(CapabilityQueries.youthLed(request.youthLed()));
        }
        if (request.green() != null) {
            filters.add(CapabilityQueries.green(request.green()));
        }
        if (request.minCapacity() != null) {
            filters.add(CapabilityQueries.capacityAtLeast(request.minCapacity()));
        }
        if (request.cooperativeId() != null) {
            filters.add(CapabilityQueries.ofCooperative(request.cooperativeId()));
        }
        if (request.radiusKm() != null) {
            filters.add(CapabilityQueries.within(request.near(), request.radiusKm()));
        }
        Map<CapabilityFacet, Query> facetFilters = new LinkedHashMap<>();
        if (!request.provinces().isEmpty()) {
            facetFilters.put(CapabilityFacet.PROVINCE, CapabilityQueries.provinceIn(request.provinces()));
        }
        if (!request.kblis().isEmpty()) {
            facetFilters.put(CapabilityFacet.KBLI, CapabilityQueries.kbliIn(request.kblis()));
        }

        Query text = request.text().map(relaxed ? CapabilityQueries::relaxedText : CapabilityQueries::text)
                .orElseGet(CapabilityQueries::matchAll);
        Query matching = BoolQuery.of(b -> b.must(text).filter(filters))._toQuery();
        boolean nearness = request.near() != null && request.sort() == CapabilitySort.RELEVANCE;
        Query scored = CapabilityQueries.businessBoosts(nearness ? CapabilityQueries.nearnessBoost(matching, request.near()) : matching);

        return SearchRequest.of(s -> {
            s.index(index.alias())
                    .query(scored)
                    .size(request.size() + 1)
                    .trackTotalHits(t -> t.enabled(true))
                    .trackScores(true)
                    .source(src -> src.filter(f -> f.includes(SHOWN)))
                    .sort(sort(request));
            request.text().ifPresent(t -> s.highlight(Results.highlight(HIGHLIGHTED, t)));
            if (!facetFilters.isEmpty()) {
                s.postFilter(BoolQuery.of(b -> b.filter(new ArrayList<>(facetFilters.values())))._toQuery());
            }
            for (CapabilityFacet facet : request.facets()) {
                List<Query> others = facetFilters.entrySet().stream().filter(e -> e.getKey() != facet).map(Map.Entry::getValue).toList();
                s.aggregations(facet.parameterValue(), Results.facetAggregation(facet.field(), facet.size(), others));
            }
            List<co.elastic.clients.elasticsearch._types.FieldValue> after = request.searchAfterValues();
            if (!after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        });
    }

    private static List<SortOptions> sort(CapabilitySearchRequest request) {
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field(CapabilityIndex.ID).order(SortOrder.Asc)));
        SortOptions first = switch (request.sort()) {
            case RELEVANCE -> SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            case DISTANCE -> SortOptions.of(o -> o.geoDistance(g -> g.field(CapabilityIndex.LOCATION)
                    .location(CapabilityQueries.esLocation(request.near())).order(SortOrder.Asc).unit(DistanceUnit.Kilometers)));
            case CAPACITY -> SortOptions.of(o -> o.field(f -> f.field(CapabilityIndex.CAPACITY_QUANTITY).order(SortOrder.Desc)));
        };
        return List.of(first, byId);
    }

    private SearchResults<CapabilityHit> read(CapabilitySearchRequest request, SearchResponse<CapabilityDocument> response) {
        List<Hit<CapabilityDocument>> hits = response.hits().hits();
        List<CapabilityHit> items = new ArrayList<>();
        for (Hit<CapabilityDocument> hit : hits.subList(0, Math.min(hits.size(), request.size()))) {
            items.add(toItem(hit, request.near()));
        }
        Map<String, List<FacetBucket>> facets = new LinkedHashMap<>();
        for (CapabilityFacet facet : request.facets()) {
            facets.put(facet.parameterValue(), Results.facet(response.aggregations().get(facet.parameterValue())));
        }
        return new SearchResults<>(items, total(response), facets, Results.nextSearchAfter(hits, request.size(), request.sort().parameterValue()));
    }

    static CapabilityHit toItem(Hit<CapabilityDocument> hit, GeoLocation near) {
        CapabilityDocument doc = hit.source();
        Double distance = near != null && doc.location() != null ? Results.roundKm(near.distanceKmTo(doc.location())) : null;
        return new CapabilityHit(hit.id(), doc.title(), new CapabilityHit.Cooperative(doc.cooperativeId(), doc.cooperativeName()),
                doc.province(), distance, hit.score() == null ? 0 : hit.score(), Results.highlights(hit), doc.kbli(),
                doc.certifications(), doc.monthlyCapacity());
    }
}
