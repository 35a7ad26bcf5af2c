package id.rantai.search.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * The connection to the Elasticsearch cluster that holds Rantai's search projection.
 *
 * <p>Health is read from {@code _cluster/health}, not {@code ping()}: the minimal distribution used for
 * local runs answers {@code GET /} with 405, which makes the client's {@code info()} and {@code ping()} fail.
 */
public final class SearchCluster implements AutoCloseable {

    private final RestClient restClient;
    private final ElasticsearchClient client;

    private SearchCluster(RestClient restClient) {
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    /** Connects to a cluster at {@code url}, e.g. {@code http://127.0.0.1:9200}; short timeouts so a dead cluster answers fast. */
    public static SearchCluster connect(String url) {
        RestClient rest = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
                .build();
        return new SearchCluster(rest);
    }

    public ElasticsearchClient client() {
        return client;
    }

    /** The cluster's health, {@link ClusterHealth#unreachable(String)} when it does not answer. */
    public ClusterHealth health() {
        try {
            var response = client.cluster().health(h -> h.timeout(Time.of(t -> t.time("2s"))));
            return new ClusterHealth(response.status() != HealthStatus.Red, response.status().jsonValue(),
                    response.clusterName(), response.numberOfNodes(), null);
        } catch (IOException | RuntimeException e) {
            return ClusterHealth.unreachable(e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
