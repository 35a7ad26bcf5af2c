package id.rantai.search.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of results: the items, how many match in all, the facet counts by facet name, and the token
 * for the next page ({@code null} on the last page).
 */
public record SearchResults<I>(List<I> items, long total, Map<String, List<FacetBucket>> facets, String nextSearchAfter) {

    public SearchResults {
        items = List.copyOf(items);
        // kept in the order given: the client shows facets in the order the request named them
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextSearchAfter);
    }
}
