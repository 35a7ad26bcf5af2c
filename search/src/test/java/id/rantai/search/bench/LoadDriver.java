package id.rantai.search.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load driver: N clients, each sending its next request as soon as the previous answer
 * arrived, for a fixed number of requests after a warm-up; reports latency percentiles and throughput.
 * Reusable for any endpoint: {@link #httpGet(String, List)} fills a URL template such as
 * {@code http://localhost:8080/api/search/capabilities?q={q}&size=20} with URL-encoded values.
 *
 * <p>From the command line (the api's {@code GET /api/search/capabilities}, with the judged queries as {@code q}):
 * <pre>
 * ./mvnw -pl search exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.rantai.search.bench.LoadDriver \
 *   -Dexec.args="'http://127.0.0.1:8080/api/search/capabilities?q={q}' 32 300 30 0"
 * </pre>
 * (arguments: URL template, clients, requests per client, warm-up requests per client, think time in ms).
 */
public final class LoadDriver {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    /** One request of the load; {@code i} counts the client's requests, to pick varied inputs. */
    @FunctionalInterface
    public interface Operation {
        void call(int client, int i) throws Exception;
    }

    /** What a run measured; latencies in milliseconds; {@code latencies} holds every sample in nanoseconds, sorted. */
    public record Result(String name, int clients, long requests, long errors, double seconds, double p50, double p95, double p99,
                         double max, double throughput, long[] latencies) {

        /** Several runs as one: percentiles over all their samples, throughput over their summed time. */
        public static Result combine(String name, List<Result> runs) {
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
            double seconds = runs.stream().mapToDouble(Result::seconds).sum();
            return of(name, runs.get(0).clients(), runs.stream().mapToLong(Result::errors).sum(), seconds, all);
        }

        static Result of(String name, int clients, long errors, double seconds, long[] sorted) {
            return new Result(name, clients, sorted.length, errors, seconds, millis(sorted, 0.50), millis(sorted, 0.95),
                    millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length / seconds, sorted);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s clients=%2d requests=%6d errors=%d  p50=%7.1f ms  p95=%7.1f ms  p99=%7.1f ms  max=%7.1f ms  %6.1f req/s",
                    name, clients, requests, errors, p50, p95, p99, max, throughput);
        }
    }

    private LoadDriver() {
    }

    /** Runs {@code warmup} then {@code requests} operations on each of {@code clients} threads, back to back. */
    public static Result run(String name, int clients, int warmup, int requests, Operation operation) throws InterruptedException {
        return run(name, clients, warmup, requests, 0, operation);
    }

    /**
     * As {@link #run(String, int, int, int, Operation)}, but each client pauses about {@code thinkMillis}
     * (uniformly 0.5 to 1.5 times, so that clients do not march in step) between requests, like a person
     * reading the results: a given number of users rather than a given number of requests in flight.
     */
    public static Result run(String name, int clients, int warmup, int requests, long thinkMillis, Operation operation) throws InterruptedException {
        long[][] latencies = new long[clients][requests];
        AtomicLong errors = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < warmup; i++) {
                        callQuietly(operation, client, i, errors, false);
                    }
                    ready.countDown();
                    start.await();
                    java.util.SplittableRandom pauses = new java.util.SplittableRandom(client);
                    for (int i = 0; i < requests; i++) {
                        if (thinkMillis > 0) {
                            Thread.sleep(thinkMillis / 2 + pauses.nextLong(thinkMillis + 1));
                        }
                        long began = System.nanoTime();
                        callQuietly(operation, client, warmup + i, errors, true);
                        latencies[client][i] = System.nanoTime() - began;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + name + "-" + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long began = System.nanoTime();
        start.countDown();
        done.await();
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return Result.of(name, clients, errors.get(), seconds, all);
    }

    private static void callQuietly(Operation operation, int client, int i, AtomicLong errors, boolean count) {
        try {
            operation.call(client, i);
        } catch (Exception e) {
            if (count && errors.incrementAndGet() <= 3) {
                System.err.println("request failed: " + e);
            }
        }
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /**
     * GETs {@code urlTemplate} with its {@code {name}} placeholders filled from the value sets in turn
     * (URL-encoded); a status other than 2xx counts as an error.
     */
    public static Operation httpGet(String urlTemplate, List<Map<String, String>> values) {
        return httpGet(values.stream().map(v -> URI.create(fill(urlTemplate, v))).toList());
    }

    /** GETs the {@code uris} in turn; a status other than 2xx counts as an error. */
    public static Operation httpGet(List<URI> uris) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        return (client, i) -> {
            HttpRequest request = HttpRequest.newBuilder(uris.get((client * 7919 + i) % uris.size())).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.uri());
            }
        };
    }

    /**
     * POSTs JSON to {@code uri}: one operation sends every body of the next sequence, one after the other
     * (a request and its follow-up); a status other than 2xx counts as an error.
     */
    public static Operation httpPostJsonInTurn(URI uri, List<List<String>> sequences) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        return (client, i) -> {
            for (String body : sequences.get((client * 7919 + i) % sequences.size())) {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                }
            }
        };
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in " + values);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * {@code <url template with {q}> [clients=32] [requests per client=300] [warm-up per client=30] [think ms=0]};
     * {q} takes the texts of the judged queries in turn.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadDriver <url template with {q}> [clients] [requests per client] [warm-up per client] [think ms]");
            System.exit(2);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        long think = args.length > 4 ? Long.parseLong(args[4]) : 0;
        List<Map<String, String>> values = BenchmarkQueries.texts().stream().map(q -> Map.of("q", q)).toList();
        System.out.println(run("GET " + args[0], clients, warmup, requests, think, httpGet(args[0], values)));
    }
}
