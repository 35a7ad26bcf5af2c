package id.rantai.search.cluster;

import java.util.regex.Pattern;

/**
 * How each index is spread over the cluster's nodes: primary shards, and replicas of each (a number, or an
 * Elasticsearch auto-expand range such as {@code 0-1} or {@code 0-all} that follows the number of data nodes).
 *
 * <p>Replicas can change on a live index and are applied when the application starts ({@code SearchIndices.ensure});
 * the shard count is fixed when an index is created, so a new count takes effect with the next reindex.
 */
public record IndexLayout(int shards, String replicas) {

    private static final Pattern RANGE = Pattern.compile("\\d+-(\\d+|all)");
    private static final Pattern COUNT = Pattern.compile("\\d{1,2}");

    public IndexLayout {
        if (shards < 1 || shards > 1024) {
            throw new IllegalArgumentException("shards must be between 1 and 1024, not " + shards);
        }
        if (replicas == null || !(COUNT.matcher(replicas).matches() || RANGE.matcher(replicas).matches())) {
            throw new IllegalArgumentException("replicas must be a number or a range such as 0-1 or 0-all, not " + replicas);
        }
    }

    /** One shard (it holds millions of catalogue entries comfortably) and a replica wherever a second node exists. */
    public static IndexLayout standard() {
        return new IndexLayout(1, "0-1");
    }

    /** True for an auto-expand range, false for a fixed number of replicas. */
    public boolean autoExpands() {
        return RANGE.matcher(replicas).matches();
    }

    /** The replica part of the index settings, e.g. {@code {"auto_expand_replicas":"false","number_of_replicas":2}}. */
    public String replicaSettingsJson() {
        return autoExpands()
                ? "{\"auto_expand_replicas\":\"" + replicas + "\"}"
                : "{\"auto_expand_replicas\":\"false\",\"number_of_replicas\":" + Integer.parseInt(replicas) + "}";
    }
}
