package id.rantai.search.query;

/** One value of a facet and how many results carry it. */
public record FacetBucket(String key, long count) {
}
