package id.rantai.api.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application instance of {@link TwoInstancesIT}, talked to over HTTP like a load balancer would: either in this
 * JVM, or in a process of its own ({@link ClusterInstanceMain}) that can be killed without any chance to clean up.
 */
final class ClusterInstance implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    final String url;
    /** The process id, which starts the worker id it claims jobs with ({@code pid@host/…}). */
    final long pid;
    private final ApplicationContext context;
    private final Process process;

    private ClusterInstance(String name, String url, long pid, ApplicationContext context, Process process) {
        this.name = name;
        this.url = url;
        this.pid = pid;
        this.context = context;
        this.process = process;
    }

    static ClusterInstance inThisJvm(String name, Map<String, Object> properties) {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        return new ClusterInstance(name, server.getURL().toString(), ProcessHandle.current().pid(), server.getApplicationContext(), null);
    }

    /** Starts a JVM on this test's classpath; its output goes to {@code target/cluster-instance-<name>.log}. */
    static ClusterInstance inItsOwnProcess(String name, Map<String, Object> properties) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", classpath, ClusterInstanceMain.class.getName()));
        Path log = Path.of("target", "cluster-instance-" + name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Pattern ready = Pattern.compile("^READY (\\S+) (\\d+)$", Pattern.MULTILINE);
        while (System.nanoTime() < deadline) {
            Matcher m = ready.matcher(Files.readString(log));
            if (m.find()) {
                return new ClusterInstance(name, m.group(1), Long.parseLong(m.group(2)), null, process);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " exited with " + process.exitValue() + ", see " + log);
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("instance " + name + " did not start, see " + log);
    }

    /** SIGKILL: no shutdown hook, no cancelled solve, no released claim; its rows stay as they were. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean ownsWorker(String workerId) {
        return workerId != null && workerId.startsWith(pid + "@");
    }

    @Override
    public void close() {
        if (context != null && context.isRunning()) {
            context.close();
        }
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    record Answer(int status, String body, Map<String, Object> json) {
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    Answer post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer put(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String login(String username, String password) {
        Answer answer = post("/api/auth/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (answer.status() != 200) {
            throw new AssertionError("login of " + username + " on " + name + " failed: " + answer);
        }
        return (String) answer.json().get("accessToken");
    }

    /** A counter from {@code /prometheus}, e.g. {@code rantai_solver_jobs_finished_total{kind="plan"}}; 0 when absent. */
    double counter(String name, String labels) {
        String text = get("/prometheus", TwoInstancesIT.METRICS_TOKEN).body();
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{?([^}\\n]*)}? ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains(labels)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    @SuppressWarnings("unchecked")
    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            Map<String, Object> parsed = type.contains("json") && !response.body().isEmpty()
                    ? JSON.readValue(response.body(), Map.class) : null;
            return new Answer(response.statusCode(), response.body(), parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + url + ", pid " + pid + ")";
    }
}
