package id.rantai.search.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.infra.local.LocalServices;
import org.junit.jupiter.api.Test;

class SearchClusterIT {

    @Test
    void aRunningClusterReportsItselfUp() {
        try (SearchCluster cluster = SearchCluster.connect(LocalServices.shared().elasticsearch().url())) {
            ClusterHealth health = cluster.health();
            assertTrue(health.up(), health.toString());
            assertEquals(1, health.nodes());
        }
    }

    @Test
    void aClusterThatDoesNotAnswerIsReportedDown() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SearchCluster cluster = SearchCluster.connect("http://127.0.0.1:" + closedPort)) {
            ClusterHealth health = cluster.health();
            assertFalse(health.up());
            assertEquals("unreachable", health.status());
        }
    }
}
