package id.rantai.api.search;

import co.elastic.clients.elasticsearch.indices.ForcemergeRequest;
import id.rantai.infra.local.LocalServices;
import id.rantai.search.bench.BenchmarkQueries;
import id.rantai.search.bench.LoadDriver;
import id.rantai.search.bench.SearchBenchmark;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.index.SearchIndices;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search api benchmark (not a test): {@code GET /api/search/capabilities} over HTTP, under concurrent
 * clients, next to the same Elasticsearch queries posted straight to the node.
 *
 * <p>It starts a local PostgreSQL and Elasticsearch ({@link LocalServices}), fills the {@code capabilities}
 * index with N entries of the synthetic catalogue through {@code BulkIndexer} (skipped when the index already
 * holds N, e.g. against {@code elasticsearch.url} of an earlier run), starts the application in this JVM on a
 * free port with the outbox indexer off (so that it does not rebuild the index from the empty database), and
 * then compares, with the search module's query mix (judged query texts, with province, certification and
 * radius filters in turn): the api path (HTTP, parameter parsing, query building, client, typed results,
 * JSON answer) and the raw path (the same query bodies, exact then relaxed as the api sends them, posted by
 * the same load driver to {@code /capabilities/_search}).
 *
 * <pre>
 * ./mvnw -q -B install -DskipTests -pl api -am
 * ./mvnw -B -pl api exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.rantai.api.search.SearchApiBenchmark \
 *   -Drantai.elasticsearch.heap=2g -Dbench.docs=1000000
 * </pre>
 * Settings (system properties): {@code bench.docs} (1000000), {@code bench.bulkThreads} (2), {@code bench.clients} (32),
 * {@code bench.requests} per client and round (100), {@code bench.warmup} per client (10), {@code bench.rounds} (4),
 * {@code bench.hold} (false: true keeps the api and the index up for looking into single queries instead of measuring),
 * {@code elasticsearch.url} and {@code datasources.default.url} (else local ones). The report goes to stdout
 * and {@code target/search-api-benchmark.txt}.
 */
public final class SearchApiBenchmark {

    private static final String RAW = "raw Elasticsearch _search";
    private static final String API = "GET /api/search/capabilities";

    private SearchApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long docs = Long.getLong("bench.docs", 1_000_000);
        int bulkThreads = Integer.getInteger("bench.bulkThreads", 2);
        int clients = Integer.getInteger("bench.clients", 32);
        int requests = Integer.getInteger("bench.requests", 100);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int rounds = Integer.getInteger("bench.rounds", 4);
        StringBuilder report = new StringBuilder();
        Map<String, Object> properties = new HashMap<>(LocalServices.shared().micronautProperties());
        String url = (String) properties.get("elasticsearch.url");
        try (SearchCluster cluster = SearchCluster.connect(url)) {
            CapabilityIndex index = CapabilityIndex.standard();
            SearchIndices indices = new SearchIndices(cluster);
            SearchBenchmark.line(report, "Elasticsearch %s, %d documents, %d cores, load average %.1f", url, docs,
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (count(cluster, index) != docs) {
                indices.drop(index);
                indices.ensure(index);
                double seconds = SearchBenchmark.indexOurs(cluster, index, 0, docs, bulkThreads);
                SearchBenchmark.line(report, "indexed through BulkIndexer: %,.0f docs/s", docs / seconds);
                cluster.call("force merge", c -> c.indices().forcemerge(ForcemergeRequest.of(f -> f.index(index.alias()).maxNumSegments(5L))));
                indices.refresh(index);
            }

            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            properties.put("rantai.jwt.secret", Base64.getEncoder().encodeToString(secret));
            properties.put("micronaut.server.port", -1);
            properties.put("rantai.demo.enabled", false);
            properties.put("rantai.search.indexer.enabled", false);
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
                if (Boolean.getBoolean("bench.hold")) {
                    System.out.println("holding: api " + server.getURL() + ", Elasticsearch " + url + "; stop with Ctrl-C");
                    Thread.sleep(Long.MAX_VALUE);
                }
                List<Map<String, List<String>>> mix = BenchmarkQueries.parameters();
                List<URI> uris = mix.stream()
                        .map(p -> URI.create(server.getURL() + "/api/search/capabilities?" + BenchmarkQueries.queryString(p))).toList();
                SearchBenchmark.line(report, "api answers: %d of %d queries find something", answering(uris), uris.size());
                LoadDriver.Operation raw = SearchBenchmark.rawSearches(cluster, url, index, BenchmarkQueries.requests(), report);
                SearchBenchmark.compare(report, RAW, raw, API, LoadDriver.httpGet(uris), clients, requests, warmup, rounds);
            }
        } finally {
            Path out = Path.of("target", "search-api-benchmark.txt");
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report.toString());
            System.out.println("written to " + out.toAbsolutePath());
        }
        // LocalServices stops its servers in a shutdown hook; exec:java would otherwise wait for their threads
        System.exit(0);
    }

    private static long count(SearchCluster cluster, CapabilityIndex index) {
        return cluster.call("count", c -> c.indices().exists(e -> e.index(index.alias())).value()
                ? c.count(r -> r.index(index.alias())).count() : -1L);
    }

    /** Sends each request once: every one must answer 200; counts those with at least one hit. */
    private static long answering(List<URI> uris) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long found = 0;
        for (URI uri : uris) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            found += response.body().contains("\"items\":[]") ? 0 : 1;
        }
        return found;
    }
}
