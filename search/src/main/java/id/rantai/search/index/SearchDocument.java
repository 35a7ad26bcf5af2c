package id.rantai.search.index;

/**
 * A document of one of Rantai's indices: its id, and the version of the PostgreSQL row it was made from.
 * The version becomes Elasticsearch's external version, so an older copy never overwrites a newer one.
 */
public interface SearchDocument {

    String id();

    long version();
}
