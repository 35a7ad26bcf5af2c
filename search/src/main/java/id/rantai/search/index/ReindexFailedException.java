package id.rantai.search.index;

import java.util.List;

/**
 * A reindex that stopped before the swap: the alias still points at the old, complete index, and the
 * half-built one was deleted. {@link #failures()} names documents the new index refused, if that was why.
 */
public final class ReindexFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<BulkOutcome.ItemFailure> failures;

    public ReindexFailedException(String message, List<BulkOutcome.ItemFailure> failures, Throwable cause) {
        super(message, cause);
        this.failures = List.copyOf(failures);
    }

    public List<BulkOutcome.ItemFailure> failures() {
        return failures;
    }
}
