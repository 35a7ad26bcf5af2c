package id.rantai.search.cluster;

/**
 * Elasticsearch cannot answer now: unreachable, overloaded (429), failing (5xx) or missing the index.
 * Not the caller's mistake; the api answers 503, the outbox indexer retries later.
 */
public final class SearchUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
