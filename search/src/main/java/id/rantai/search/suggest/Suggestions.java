package id.rantai.search.suggest;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ExistsQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchPhrasePrefixQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.demand.DemandIndex;
import id.rantai.search.demand.DemandStatus;
import id.rantai.search.query.SearchQueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * Search-as-you-type over the titles of catalogue entries and open demands ({@code GET /api/search/suggest}).
 * Every typed word must begin a word of the title ({@code "sab kel"} offers "Sabut kelapa Minahasa"), through
 * the {@code title.prefix} edge n-grams; titles that start with the typed text rank first. Identical titles
 * are offered once (collapsed on {@code title.keyword}). No fuzziness here: on n-grams it matches nearly anything.
 */
public final class Suggestions {

    public static final int MAX_PREFIX_LENGTH = 100;
    public static final int MAX_SIZE = 20;

    private final SearchCluster cluster;
    private final CapabilityIndex capabilities;
    private final DemandIndex demands;

    public Suggestions(SearchCluster cluster, CapabilityIndex capabilities, DemandIndex demands) {
        this.cluster = cluster;
        this.capabilities = capabilities;
        this.demands = demands;
    }

    /** Up to {@code size} suggestions for {@code prefix}; none for a blank one. */
    public List<Suggestion> suggest(String prefix, int size) {
        if (prefix != null && prefix.length() > MAX_PREFIX_LENGTH) {
            throw new SearchQueryException("q", "must be at most " + MAX_PREFIX_LENGTH + " characters for suggestions");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new SearchQueryException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String typed = prefix.replaceAll("\\p{Cntrl}", " ").strip();
        Query query = BoolQuery.of(b -> b
                .must(MatchQuery.of(m -> m.field("title.prefix").query(typed).operator(Operator.And))._toQuery())
                .should(MatchPhrasePrefixQuery.of(m -> m.field("title").query(typed).boost(2f))._toQuery())
                // catalogue entries have no status; demands are offered only while open
                .filter(BoolQuery.of(f -> f.minimumShouldMatch("1")
                        .should(BoolQuery.of(n -> n.mustNot(ExistsQuery.of(e -> e.field("status"))._toQuery()))._toQuery())
                        .should(TermQuery.of(t -> t.field("status").value(DemandStatus.OPEN.name()))._toQuery()))._toQuery()))._toQuery();
        SearchResponse<JsonData> response = cluster.call("suggest titles", client -> client.search(s -> s
                .index(capabilities.alias(), demands.alias())
                .query(query)
                .size(size)
                .source(src -> src.filter(f -> f.includes("title")))
                .collapse(c -> c.field("title.keyword")), JsonData.class));
        List<Suggestion> suggestions = new ArrayList<>();
        for (Hit<JsonData> hit : response.hits().hits()) {
            String title = hit.source().toJson().asJsonObject().getString("title");
            Suggestion.Kind kind = demands.owns(hit.index()) ? Suggestion.Kind.DEMAND : Suggestion.Kind.CAPABILITY;
            suggestions.add(new Suggestion(title, kind, hit.id()));
        }
        return suggestions;
    }
}
