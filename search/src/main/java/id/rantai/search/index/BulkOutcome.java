package id.rantai.search.index;

import java.util.List;

/**
 * What a bulk write did: changes applied, changes ignored because the index already holds the same or
 * a newer version (a replay or an out-of-order delivery: success, nothing to retry), and the changes
 * that failed, each with its reason.
 */
public record BulkOutcome(int applied, int stale, List<ItemFailure> failures) {

    public BulkOutcome {
        failures = List.copyOf(failures);
    }

    public static BulkOutcome empty() {
        return new BulkOutcome(0, 0, List.of());
    }

    public boolean allSucceeded() {
        return failures.isEmpty();
    }

    /** True when some failure may pass on a later try (overload, node failure), as opposed to a bad document. */
    public boolean hasRetryableFailures() {
        return failures.stream().anyMatch(ItemFailure::retryable);
    }

    BulkOutcome plus(BulkOutcome other) {
        List<ItemFailure> all = new java.util.ArrayList<>(failures);
        all.addAll(other.failures);
        return new BulkOutcome(applied + other.applied, stale + other.stale, all);
    }

    /** One change that did not reach one index. */
    public record ItemFailure(String id, String index, int status, String type, String reason, boolean retryable) {
    }
}
