package id.rantai.search.cluster;

/** What the health check reports about the search cluster: usable or not, and why. */
public record ClusterHealth(boolean up, String status, String clusterName, int nodes, String error) {

    static ClusterHealth unreachable(String error) {
        return new ClusterHealth(false, "unreachable", null, 0, error);
    }
}
