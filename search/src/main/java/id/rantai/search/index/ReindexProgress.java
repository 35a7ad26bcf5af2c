package id.rantai.search.index;

/**
 * Where a running reindex stands: the index being built, the phase, and how many documents went in out
 * of how many expected ({@code expected} is negative when the source did not say).
 */
public record ReindexProgress(String index, Phase phase, long indexed, long expected) {

    public enum Phase {
        CREATED, INDEXING, SWAPPED, DONE
    }

    /** Done share in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return expected <= 0 ? -1 : Math.min(1.0, (double) indexed / expected);
    }
}
