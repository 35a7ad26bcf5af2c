package id.rantai.search.index;

/**
 * What {@link SearchIndices#ensure} found or did for one alias: the concrete index behind it, and whether
 * it was just created, matches the definition, or was built from an older one and wants a reindex.
 */
public record IndexStatus(String alias, String index, State state) {

    public enum State {
        CREATED, CURRENT, OUTDATED
    }
}
