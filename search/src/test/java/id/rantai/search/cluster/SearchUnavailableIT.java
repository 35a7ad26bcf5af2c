package id.rantai.search.cluster;

import static org.junit.jupiter.api.Assertions.assertThrows;

import id.rantai.search.SearchProjection;
import id.rantai.search.capability.Capabilities;
import id.rantai.search.capability.CapabilitySearchRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster that does not answer, or has no index, is reported as unavailable, never as the caller's mistake. */
class SearchUnavailableIT {

    @Test
    void searchingAClusterThatIsDownIsUnavailable() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SearchCluster down = SearchCluster.connect("http://127.0.0.1:" + closedPort)) {
            SearchProjection search = SearchProjection.standard(down);

            assertThrows(SearchUnavailableException.class, () -> search.capabilities().search(CapabilitySearchRequest.builder().q("coir").build()));
            assertThrows(SearchUnavailableException.class, () -> search.capabilityIndexer().index(List.of(Capabilities.entry("x").build())));
            assertThrows(SearchUnavailableException.class, search::ensureIndices);
        }
    }

    @Test
    void searchingAnIndexThatWasNeverCreatedIsUnavailable() {
        SearchProjection search = SearchProjection.prefixed(id.rantai.search.TestCluster.shared(), "never-created-");

        assertThrows(SearchUnavailableException.class, () -> search.capabilities().search(CapabilitySearchRequest.builder().build()));
    }
}
