package id.rantai.search.cluster;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The connection to the Elasticsearch cluster that holds Rantai's search projection.
 *
 * <p>Health is read from {@code _cluster/health}, not {@code ping()}: the minimal distribution used for
 * local runs answers {@code GET /} with 405, which makes the client's {@code info()} and {@code ping()} fail.
 */
public final class SearchCluster implements AutoCloseable {

    /**
     * Concurrent connections to the cluster. The low-level client's defaults (10 per host, 30 in all)
     * would queue a busy api's searches behind each other inside the client.
     */
    private static final int MAX_CONNECTIONS = 128;

    private final RestClient restClient;
    private final IndexLayout layout;
    private final JacksonJsonpMapper mapper;
    private final ElasticsearchClient client;

    private SearchCluster(RestClient restClient, IndexLayout layout) {
        this.restClient = restClient;
        this.layout = layout;
        this.mapper = new JacksonJsonpMapper(objectMapper());
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, mapper));
    }

    /** Connects to a cluster at {@code url}, e.g. {@code http://127.0.0.1:9200}, whose indices have the standard layout. */
    public static SearchCluster connect(String url) {
        return connect(url, IndexLayout.standard());
    }

    /**
     * Connects to a cluster through {@code urls}: one node, or several separated by commas (the client spreads
     * requests over them and skips a node that does not answer). Short timeouts, so that a dead cluster answers fast.
     * Indices this connection creates get {@code layout}.
     */
    public static SearchCluster connect(String urls, IndexLayout layout) {
        HttpHost[] hosts = Arrays.stream(urls.split(",")).map(String::trim).filter(u -> !u.isEmpty())
                .map(HttpHost::create).toArray(HttpHost[]::new);
        if (hosts.length == 0) {
            throw new IllegalArgumentException("no Elasticsearch URL in '" + urls + "'");
        }
        RestClient rest = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(30_000))
                .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS))
                .build();
        return new SearchCluster(rest, layout);
    }

    /**
     * How documents become JSON: ISO-8601 times, absent values left out rather than written as
     * {@code null}, and fields this code does not know ignored, so that an index written by a newer
     * version of the application can still be read during a rolling upgrade.
     */
    static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /** Shards and replicas of the indices created through this connection. */
    public IndexLayout layout() {
        return layout;
    }

    public ElasticsearchClient client() {
        return client;
    }

    public JacksonJsonpMapper mapper() {
        return mapper;
    }

    /**
     * Sends a request through the low-level client, for the one place where the typed client costs too
     * much: bulk writes (see {@link id.rantai.search.index.BulkIndexer}). Errors are translated as in
     * {@link #call(String, Call)}.
     */
    public Response perform(String what, Request request) {
        try {
            return restClient.performRequest(request);
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 429 || status >= 500) {
                throw new SearchUnavailableException(what + ": Elasticsearch answered " + status, e);
            }
            throw new IllegalStateException(what + ": Elasticsearch refused the request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchUnavailableException(what + ": Elasticsearch does not answer (" + e.getMessage() + ")", e);
        }
    }

    /** The call's answer; a cluster that cannot answer becomes {@link SearchUnavailableException}. */
    public <T> T call(String what, Call<T> call) {
        try {
            return call.run(client);
        } catch (IOException e) {
            throw new SearchUnavailableException(what + ": Elasticsearch does not answer (" + e.getMessage() + ")", e);
        } catch (ElasticsearchException e) {
            if (isUnavailable(e)) {
                throw new SearchUnavailableException(what + ": " + e.getMessage(), e);
            }
            throw new IllegalStateException(what + ": Elasticsearch refused the request: " + e.getMessage(), e);
        }
    }

    /** Overloaded, failing, or without the index: none of it the caller's fault, all of it worth a retry. */
    static boolean isUnavailable(ElasticsearchException e) {
        String type = e.error() == null ? null : e.error().type();
        return e.status() == 429 || e.status() >= 500
                || "index_not_found_exception".equals(type) || "no_shard_available_action_exception".equals(type);
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

    /** One request to the cluster. */
    @FunctionalInterface
    public interface Call<T> {
        T run(ElasticsearchClient client) throws IOException;
    }
}
