package id.rantai.api.health;

import id.rantai.search.cluster.ClusterHealth;
import id.rantai.search.cluster.SearchCluster;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reports the search cluster on {@code /health} next to PostgreSQL's {@code jdbc} indicator. */
@Singleton
class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final SearchCluster cluster;

    ElasticsearchHealthIndicator(SearchCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        ClusterHealth health = cluster.health();
        healthStatus = health.up() ? HealthStatus.UP : HealthStatus.DOWN;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", health.status());
        if (health.clusterName() != null) {
            details.put("clusterName", health.clusterName());
            details.put("nodes", health.nodes());
        }
        if (health.error() != null) {
            details.put("error", health.error());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "elasticsearch";
    }
}
