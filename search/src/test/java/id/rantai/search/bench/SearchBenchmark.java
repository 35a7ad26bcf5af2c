package id.rantai.search.bench;

import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.infra.local.LocalServices;
import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.capability.CapabilitySearch;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.index.BulkIndexer;
import id.rantai.search.index.BulkOutcome;
import id.rantai.search.index.SearchIndices;
import id.rantai.search.query.TextQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search benchmark (not a test): indexes N synthetic catalogue entries through {@link BulkIndexer} and,
 * the same entries into an index with the same settings, through raw {@code _bulk} requests; then measures
 * the capability search under concurrent clients through {@link CapabilitySearch} (query builder, client,
 * typed results) and with the same query JSON posted straight to Elasticsearch.
 *
 * <pre>
 * ./mvnw -pl search exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.rantai.search.bench.SearchBenchmark \
 *   -Drantai.elasticsearch.heap=2g -Dbench.docs=1000000
 * </pre>
 * Settings (system properties): {@code bench.docs} (1000000), {@code bench.bulkThreads} (2), {@code bench.clients} (32),
 * {@code bench.requests} per client and round (100), {@code bench.warmup} per client (10), {@code bench.rounds} (4), {@code bench.indexWarmup} documents per path before measuring (100000), {@code bench.indexRounds} (4: slices of the documents through both paths in turn), {@code bench.phases} ({@code index,search};
 * {@code search} alone reuses the index a run with {@code bench.keep=true} left), {@code bench.keep} (false: drop the
 * index at the end), {@code elasticsearch.url} (else a local node from LocalServices).
 */
public final class SearchBenchmark {

    private static final int BATCH = 1_000;
    private static final String RAW = "search, raw JSON (java.net.http)";
    private static final String OURS = "search, CapabilitySearch";
    private static final long THINK_MILLIS = 1_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long docs = Long.getLong("bench.docs", 1_000_000);
        int bulkThreads = Integer.getInteger("bench.bulkThreads", 2);
        int clients = Integer.getInteger("bench.clients", 32);
        int requests = Integer.getInteger("bench.requests", 100);
        int warmup = Integer.getInteger("bench.warmup", 10);
        List<String> phases = List.of(System.getProperty("bench.phases", "index,search").split(","));
        String url = System.getProperty("elasticsearch.url", null);
        if (url == null) {
            url = LocalServices.shared().elasticsearch().url();
        }
        StringBuilder report = new StringBuilder();
        try (SearchCluster cluster = SearchCluster.connect(url)) {
            CapabilityIndex ours = CapabilityIndex.named("bench-capabilities");
            SearchIndices indices = new SearchIndices(cluster);
            line(report, "Elasticsearch %s, %d documents, %d bulk threads of %d documents, %d cores, load average %.1f",
                    url, docs, bulkThreads, BATCH, Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (phases.contains("index")) {
                String raw = "bench-raw-capabilities";
                indices.drop(ours);
                cluster.call("drop " + raw, c -> c.indices().delete(d -> d.index(raw).ignoreUnavailable(true)));
                indices.ensure(ours);
                putIndex(url, raw, ours.createIndexBody());
                // both paths warm up first (JIT in this JVM and in the node): unwarmed, whichever ran first lost a third
                long warmupDocs = Long.getLong("bench.indexWarmup", 100_000);
                CapabilityIndex warmOurs = CapabilityIndex.named("bench-warmup");
                indices.ensure(warmOurs);
                putIndex(url, raw + "-warmup", ours.createIndexBody());
                indexRaw(url, raw + "-warmup", 0, warmupDocs, bulkThreads, cluster.mapper().objectMapper());
                indexOurs(cluster, warmOurs, 0, warmupDocs, bulkThreads);
                indices.drop(warmOurs);
                cluster.call("drop warm-up", c -> c.indices().delete(d -> d.index(raw + "-warmup")));
                // then the documents in rounds, each a slice of them through both paths, in turn raw first and
                // BulkIndexer first: a change in the node (merges, caches) or in the machine's load hits both alike
                int rounds = Integer.getInteger("bench.indexRounds", 4);
                double ourSeconds = 0;
                double rawSeconds = 0;
                for (int round = 0; round < rounds; round++) {
                    long from = docs * round / rounds;
                    long to = docs * (round + 1) / rounds;
                    double r;
                    double o;
                    if (round % 2 == 0) {
                        r = indexRaw(url, raw, from, to, bulkThreads, cluster.mapper().objectMapper());
                        o = indexOurs(cluster, ours, from, to, bulkThreads);
                    } else {
                        o = indexOurs(cluster, ours, from, to, bulkThreads);
                        r = indexRaw(url, raw, from, to, bulkThreads, cluster.mapper().objectMapper());
                    }
                    rawSeconds += r;
                    ourSeconds += o;
                    line(report, "round %d (%s first): raw %,.0f docs/s, BulkIndexer %,.0f docs/s", round + 1, round % 2 == 0 ? "raw" : "BulkIndexer",
                            (to - from) / r, (to - from) / o);
                }
                line(report, "indexing, raw _bulk (java.net.http, NDJSON):      %,10.0f docs/s", docs / rawSeconds);
                line(report, "indexing, BulkIndexer (client, external version): %,10.0f docs/s  (%.0f%% of raw)", docs / ourSeconds,
                        100 * rawSeconds / ourSeconds);
                cluster.call("drop " + raw, c -> c.indices().delete(d -> d.index(raw)));
                cluster.call("force merge", c -> c.indices().forcemerge(f -> f.index(ours.alias()).maxNumSegments(5L)));
                indices.refresh(ours);
                // for sizing shards (docs/scale.md): primary store per document after the merge
                var store = cluster.call("store size", c -> c.indices().stats(t -> t.index(ours.alias())).all().primaries());
                long bytes = store.store().sizeInBytes();
                line(report, "primary store after force merge: %,.1f MB for %,d documents, %,d bytes/document",
                        bytes / 1e6, store.docs().count(), bytes / Math.max(1, store.docs().count()));
            }
            if (phases.contains("search")) {
                search(cluster, url, ours, clients, requests, warmup, Integer.getInteger("bench.rounds", 4), report);
            }
            if (!Boolean.getBoolean("bench.keep")) {
                indices.drop(ours);
            }
        } finally {
            Path out = Path.of("target", "search-benchmark.txt");
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report.toString());
            System.out.println("written to " + out.toAbsolutePath());
        }
        // LocalServices' node stops in a shutdown hook; exec:java would otherwise wait for its threads
        System.exit(0);
    }

    private static void search(SearchCluster cluster, String url, CapabilityIndex ours, int clients, int requests, int warmup,
                               int rounds, StringBuilder report) throws InterruptedException {
        CapabilitySearch search = new CapabilitySearch(cluster, ours);
        List<CapabilitySearchRequest> mix = BenchmarkQueries.requests();
        LoadDriver.Operation viaBuilder = (client, i) -> search.search(mix.get((client * 7919 + i) % mix.size()));
        compare(report, RAW, rawSearches(cluster, url, ours, mix, report), OURS, viaBuilder, clients, requests, warmup, rounds);
    }

    /**
     * Posts to Elasticsearch what {@link CapabilitySearch} sends for each request of {@code mix}: the exact query, and
     * the relaxed one after it for the requests whose exact form finds too little.
     */
    public static LoadDriver.Operation rawSearches(SearchCluster cluster, String url, CapabilityIndex index,
                                                   List<CapabilitySearchRequest> mix, StringBuilder report) {
        CapabilitySearch search = new CapabilitySearch(cluster, index);
        List<List<String>> bodies = new ArrayList<>();
        int relaxing = 0;
        for (CapabilitySearchRequest request : mix) {
            List<String> sequence = new ArrayList<>();
            sequence.add(JsonpUtils.toJsonString(search.toSearchRequest(request, false), cluster.mapper()));
            long exactTotal = cluster.call("count", c -> c.search(search.toSearchRequest(request, false), Void.class)).hits().total().value();
            if (exactTotal < TextQuery.RELAX_BELOW) {
                sequence.add(JsonpUtils.toJsonString(search.toSearchRequest(request, true), cluster.mapper()));
                relaxing++;
            }
            bodies.add(sequence);
        }
        line(report, "query mix: %d requests (%d of them relax after the exact query)", mix.size(), relaxing);
        return LoadDriver.httpPostJsonInTurn(URI.create(url + "/" + index.alias() + "/_search"), bodies);
    }

    /**
     * Measures the two ways of searching under the same load: one client each first, then {@code rounds}
     * short rounds of {@code clients} clients in turn raw first and ours first (the machine is shared, so a
     * load change hits both paths alike), every round and all rounds together, then as many users who
     * read the results for about a second before searching again.
     */
    public static void compare(StringBuilder report, String rawName, LoadDriver.Operation raw, String ourName, LoadDriver.Operation ours,
                               int clients, int requests, int warmup, int rounds) throws InterruptedException {
        line(report, "%s", LoadDriver.run(rawName, 1, warmup, requests, raw));
        line(report, "%s", LoadDriver.run(ourName, 1, warmup, requests, ours));
        List<LoadDriver.Result> rawRounds = new ArrayList<>();
        List<LoadDriver.Result> ourRounds = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            if (round % 2 == 1) {
                rawRounds.add(LoadDriver.run(rawName, clients, warmup, requests, raw));
                ourRounds.add(LoadDriver.run(ourName, clients, warmup, requests, ours));
            } else {
                ourRounds.add(LoadDriver.run(ourName, clients, warmup, requests, ours));
                rawRounds.add(LoadDriver.run(rawName, clients, warmup, requests, raw));
            }
            line(report, "round %d  %s", round, rawRounds.get(round - 1));
            line(report, "round %d  %s", round, ourRounds.get(round - 1));
        }
        LoadDriver.Result rawAll = LoadDriver.Result.combine(rawName, rawRounds);
        LoadDriver.Result ourAll = LoadDriver.Result.combine(ourName, ourRounds);
        line(report, "all      %s", rawAll);
        line(report, "all      %s", ourAll);
        line(report, "p95 ratio %s / raw: %.2f", ourName, ourAll.p95() / rawAll.p95());
        line(report, "users    %s", LoadDriver.run(rawName, clients, warmup / 3, requests / 3, THINK_MILLIS, raw));
        line(report, "users    %s", LoadDriver.run(ourName, clients, warmup / 3, requests / 3, THINK_MILLIS, ours));
        line(report, "users    %s", LoadDriver.run(rawName, clients, warmup / 3, requests / 3, THINK_MILLIS, raw));
        line(report, "users    %s", LoadDriver.run(ourName, clients, warmup / 3, requests / 3, THINK_MILLIS, ours));
        line(report, "load average after: %.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Indexes entries {@code [first, end)} of the synthetic catalogue through {@link BulkIndexer}; the seconds it took. */
    public static double indexOurs(SearchCluster cluster, CapabilityIndex index, long first, long end, int threads) throws InterruptedException {
        BulkIndexer<CapabilityDocument> indexer = new BulkIndexer<>(cluster, index);
        return timed("BulkIndexer", first, end, threads, (from, to) -> {
            List<CapabilityDocument> batch = new ArrayList<>(BATCH);
            for (long i = from; i < to; i++) {
                batch.add(SyntheticCatalogue.entry(i));
            }
            BulkOutcome outcome = indexer.index(batch);
            if (!outcome.allSucceeded()) {
                throw new IllegalStateException("failures: " + outcome.failures().get(0));
            }
        });
    }

    /** Indexes entries {@code [first, end)} through raw {@code _bulk} requests; the seconds it took. */
    private static double indexRaw(String url, String index, long first, long end, int threads, ObjectMapper json) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        URI bulk = URI.create(url + "/_bulk");
        return timed("raw _bulk", first, end, threads, (from, to) -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream(BATCH * 1_500);
            for (long i = from; i < to; i++) {
                CapabilityDocument doc = SyntheticCatalogue.entry(i);
                body.writeBytes(("{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"" + doc.id() + "\"}}\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(json.writeValueAsBytes(doc));
                body.write('\n');
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(bulk).header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\":true")) {
                throw new IllegalStateException("bulk failed: " + response.body().substring(0, Math.min(500, response.body().length())));
            }
        });
    }

    /** A batch of documents {@code [from, to)}. */
    @FunctionalInterface
    private interface Batch {
        void write(long from, long to) throws Exception;
    }

    /** Runs the batches of {@code [first, end)} on {@code threads} threads; the seconds it took. */
    private static double timed(String name, long first, long end, int threads, Batch batch) throws InterruptedException {
        AtomicLong next = new AtomicLong(first);
        AtomicLong failed = new AtomicLong();
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (long from = next.getAndAdd(BATCH); from < end; from = next.getAndAdd(BATCH)) {
                    try {
                        batch.write(from, Math.min(end, from + BATCH));
                    } catch (Exception e) {
                        if (failed.incrementAndGet() == 1) {
                            e.printStackTrace();
                        }
                    }
                    if ((from / BATCH) % 100 == 0) {
                        System.out.printf(Locale.ROOT, "%s: %,d documents%n", name, from);
                    }
                }
            }, "bench-" + name + "-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failed.get() > 0) {
            throw new IllegalStateException(name + ": " + failed.get() + " batches failed");
        }
        return seconds;
    }

    private static void putIndex(String url, String index, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/" + index))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("cannot create " + index + ": " + response.body());
        }
    }

    public static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
