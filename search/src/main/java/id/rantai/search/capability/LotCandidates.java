package id.rantai.search.capability;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.PrefixQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.query.Checks;
import id.rantai.search.query.Results;
import id.rantai.search.query.SearchQueryException;
import id.rantai.search.query.UserText;
import id.rantai.search.query.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks the cooperatives that can serve a lot: one result per cooperative (its best catalogue entry,
 * collapsed on the cooperative id), each with the reasons it matched, taken from Elasticsearch's
 * {@code matched_queries}:
 *
 * <ul>
 *   <li>{@value #TEXT}: the entry's text matches the lot's title; {@value #SPECIFICATION}: its specification;</li>
 *   <li>{@value #KBLI}: same KBLI code; {@value #KBLI_DIVISION}: same two-digit division;</li>
 *   <li>{@value #CERTIFICATIONS}: holds every required certification (required);</li>
 *   <li>{@value #LOCAL_CONTENT}: TKDN at least the lot's minimum (required);</li>
 *   <li>{@value #CAPACITY}: monthly capacity covers the quantity, {@value #PARTIAL_CAPACITY}: a quarter of it
 *       (awards can be split);</li>
 *   <li>{@value #NEAR_DELIVERY}: within {@value #NEAR_KM} km of the delivery place; {@value #SAME_PROVINCE}.</li>
 * </ul>
 *
 * A candidate must match the lot's text or its KBLI; nearness also raises the score smoothly.
 */
public final class LotCandidates {

    public static final String TEXT = "text";
    public static final String SPECIFICATION = "specification";
    public static final String KBLI = "kbli";
    public static final String KBLI_DIVISION = "kbli division";
    public static final String CERTIFICATIONS = "certifications";
    public static final String LOCAL_CONTENT = "local content";
    public static final String CAPACITY = "capacity";
    public static final String PARTIAL_CAPACITY = "partial capacity";
    public static final String NEAR_DELIVERY = "near delivery";
    public static final String SAME_PROVINCE = "same province";
    static final int NEAR_KM = 150;

    private final SearchCluster cluster;
    private final CapabilityIndex index;

    public LotCandidates(SearchCluster cluster, CapabilityIndex index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** The best {@code size} cooperatives for the lot, best first. */
    public List<Candidate> forLot(LotRequirement lot, int size) {
        Violations violations = new Violations();
        Checks.size(size, violations);
        violations.throwIfAny();
        SearchRequest request = toSearchRequest(lot, size);
        SearchResponse<CapabilityDocument> response = cluster.call("find candidates in " + index.alias(),
                client -> client.search(request, CapabilityDocument.class));
        List<Candidate> candidates = new ArrayList<>();
        for (Hit<CapabilityDocument> hit : response.hits().hits()) {
            CapabilityDocument doc = hit.source();
            Double distance = lot.deliveryLocation() != null && doc.location() != null
                    ? Results.roundKm(lot.deliveryLocation().distanceKmTo(doc.location())) : null;
            candidates.add(new Candidate(doc.cooperativeId(), doc.cooperativeName(), doc.province(), distance,
                    hit.score() == null ? 0 : hit.score(),
                    new Candidate.Capability(doc.id(), doc.title(), doc.kbli(), doc.monthlyCapacity(), doc.localContentPct(), doc.certifications()),
                    hit.matchedQueries() == null ? List.of() : hit.matchedQueries()));
        }
        return candidates;
    }

    SearchRequest toSearchRequest(LotRequirement lot, int size) {
        List<Query> anyOf = new ArrayList<>();
        UserText title = UserText.parse(lot.title().replace('"', ' '), "title", new Violations())
                .orElseThrow(() -> new SearchQueryException("title", "a lot needs a title to find candidates"));
        anyOf.add(CapabilityQueries.lotText(title));
        if (lot.kbli() != null && !lot.kbli().isBlank()) {
            anyOf.add(TermQuery.of(t -> t.field(CapabilityIndex.KBLI).value(lot.kbli()).boost(2f).queryName(KBLI))._toQuery());
            if (lot.kbli().length() >= 2) {
                anyOf.add(PrefixQuery.of(p -> p.field(CapabilityIndex.KBLI).value(lot.kbli().substring(0, 2)).boost(0.5f).queryName(KBLI_DIVISION))._toQuery());
            }
        }
        BoolQuery.Builder query = new BoolQuery.Builder()
                .must(BoolQuery.of(b -> b.should(anyOf).minimumShouldMatch("1"))._toQuery());
        if (lot.specification() != null && !lot.specification().isBlank()) {
            String specification = lot.specification().length() > UserText.MAX_LENGTH
                    ? lot.specification().substring(0, UserText.MAX_LENGTH) : lot.specification();
            query.should(CombinedFieldsQuery.of(c -> c.query(specification).fields(CapabilityQueries.TEXT_FIELDS)
                    .boost(0.3f).queryName(SPECIFICATION))._toQuery());
        }
        if (!lot.requiredCertifications().isEmpty()) {
            query.filter(CapabilityQueries.certifiedForAll(lot.requiredCertifications()));
        }
        if (lot.minLocalContentPct() != null && lot.minLocalContentPct() > 0) {
            query.filter(CapabilityQueries.localContentAtLeast(lot.minLocalContentPct()));
        }
        if (lot.quantity() > 0 && lot.unit() != null) {
            query.should(boosted(CapabilityQueries.capacityAtLeast(lot.quantity(), lot.unit()), 1f, CAPACITY));
            query.should(boosted(CapabilityQueries.capacityAtLeast(Math.max(1, lot.quantity() / 4), lot.unit()), 0.5f, PARTIAL_CAPACITY));
        }
        if (lot.deliveryLocation() != null) {
            query.should(boosted(CapabilityQueries.within(lot.deliveryLocation(), NEAR_KM), 0.5f, NEAR_DELIVERY));
        }
        if (lot.deliveryProvince() != null) {
            query.should(TermQuery.of(t -> t.field(CapabilityIndex.PROVINCE).value(lot.deliveryProvince()).boost(0.5f).queryName(SAME_PROVINCE))._toQuery());
        }
        Query matching = query.build()._toQuery();
        Query scored = CapabilityQueries.businessBoosts(lot.deliveryLocation() != null
                ? CapabilityQueries.nearnessBoost(matching, lot.deliveryLocation()) : matching);
        return SearchRequest.of(s -> s.index(index.alias()).query(scored).size(size)
                // one row per cooperative: its best-scoring entry, with that entry's matched queries
                .collapse(c -> c.field(CapabilityIndex.COOPERATIVE_ID)));
    }

    /** A filter-like clause that adds a fixed {@code boost} to the score when it matches, under {@code name}. */
    private static Query boosted(Query clause, float boost, String name) {
        return co.elastic.clients.elasticsearch._types.query_dsl.ConstantScoreQuery.of(c -> c.filter(clause).boost(boost).queryName(name))._toQuery();
    }
}
