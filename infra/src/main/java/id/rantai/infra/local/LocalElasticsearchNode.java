package id.rantai.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Elasticsearch node on loopback, started from an unpacked distribution home with its own config, data and
 * logs directory, as an unprivileged user when this JVM runs as root (Elasticsearch refuses root), and stopped by
 * its pid: a single-node cluster, or one of several nodes started together as one cluster.
 */
final class LocalElasticsearchNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearchNode.class);
    static final String UNPRIVILEGED_USER = "rantai-es";
    /** Generous: on a machine shared with other builds the launcher alone has taken two minutes. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final Path nodeDir;
    private final long pid;
    private final int httpPort;
    private final boolean deleteOnClose;

    private LocalElasticsearchNode(Path nodeDir, long pid, int httpPort, boolean deleteOnClose) {
        this.nodeDir = nodeDir;
        this.pid = pid;
        this.httpPort = httpPort;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts a single node whose state lives in {@code nodeDir}; {@code deleteOnClose} for throw-away test nodes.
     */
    static LocalElasticsearchNode start(Path home, Path nodeDir, String javaHome, String heap, boolean deleteOnClose) {
        return startCluster(home, List.of(nodeDir), javaHome, heap, deleteOnClose).get(0);
    }

    /**
     * Starts one node per directory: one is a {@code single-node} cluster, more form one cluster on loopback (each
     * node master-eligible and holding data, so indices get a replica on another node). Returns when the cluster
     * has every node and is at least yellow.
     */
    static List<LocalElasticsearchNode> startCluster(Path home, List<Path> nodeDirs, String javaHome, String heap,
                                                     boolean deleteOnClose) {
        try {
            boolean root = RootUser.isRoot();
            if (root) {
                RootUser.ensureSystemUser(UNPRIVILEGED_USER);
            }
            int nodes = nodeDirs.size();
            int[] httpPorts = new int[nodes];
            int[] transportPorts = new int[nodes];
            for (int i = 0; i < nodes; i++) {
                httpPorts[i] = freePort();
                transportPorts[i] = freePort();
            }
            String clusterName = nodes == 1 ? "rantai-local" : "rantai-local-" + Long.toHexString(System.nanoTime());
            List<String> names = new ArrayList<>();
            List<String> seeds = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                names.add(nodes == 1 ? "rantai-local-node" : "rantai-local-node-" + (i + 1));
                seeds.add("127.0.0.1:" + transportPorts[i]);
            }
            List<Launch> launches = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                List<String> discovery = nodes == 1
                        ? List.of("discovery.type: single-node")
                        : List.of("discovery.seed_hosts: [" + String.join(", ", seeds) + "]",
                                  "cluster.initial_master_nodes: [" + String.join(", ", names) + "]");
                launches.add(launch(home, nodeDirs.get(i), javaHome, heap, root, clusterName, names.get(i),
                        httpPorts[i], transportPorts[i], discovery));
            }
            List<LocalElasticsearchNode> started = new ArrayList<>();
            try {
                for (Launch launch : launches) {
                    long began = System.nanoTime();
                    waitUntilHealthy(launch.httpPort(), nodes, launch.pidFile(), launch.launcher(), launch.nodeDir());
                    long pid = Long.parseLong(Files.readString(launch.pidFile()).trim());
                    LOG.info("Elasticsearch {} (pid {}) up on http://127.0.0.1:{} in {} ms{}", ElasticsearchDistribution.VERSION,
                            pid, launch.httpPort(), Duration.ofNanos(System.nanoTime() - began).toMillis(),
                            nodes == 1 ? "" : ", one of " + nodes + " nodes of " + clusterName);
                    started.add(new LocalElasticsearchNode(launch.nodeDir(), pid, launch.httpPort(), deleteOnClose));
                }
            } catch (IOException | RuntimeException e) {
                // nodes that did start, or are still starting, would outlive this JVM: nobody else knows their pids
                for (Launch launch : launches) {
                    launch.launcher().descendants().forEach(ProcessHandle::destroy);
                    launch.launcher().destroy();
                    if (Files.exists(launch.pidFile())) {
                        stop(Long.parseLong(Files.readString(launch.pidFile()).trim()));
                    }
                }
                throw e;
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not start in " + nodeDirs, e);
        }
    }

    private record Launch(Path nodeDir, Process launcher, Path pidFile, int httpPort) {
    }

    private static Launch launch(Path home, Path nodeDir, String javaHome, String heap, boolean root, String clusterName,
                                 String nodeName, int httpPort, int transportPort, List<String> discovery) throws IOException {
        stopOrphan(nodeDir);
        Path config = nodeDir.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(nodeDir.resolve("data"));
        Files.createDirectories(nodeDir.resolve("logs"));
        Path tmp = Files.createDirectories(nodeDir.resolve("tmp"));
        for (String file : List.of("jvm.options", "log4j2.properties")) {
            Files.copy(home.resolve("config").resolve(file), config.resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> yaml = new ArrayList<>(List.of(
                "cluster.name: " + clusterName,
                "node.name: " + nodeName,
                "path.data: " + nodeDir.resolve("data"),
                "path.logs: " + nodeDir.resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort));
        yaml.addAll(discovery);
        yaml.addAll(List.of(
                "xpack.security.enabled: false",
                // a nearly full developer disk must not turn indices read-only
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.auto_create_index: false",
                ""));
        Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n", yaml));
        Path pidFile = nodeDir.resolve("elasticsearch.pid");
        Files.deleteIfExists(pidFile);
        Files.writeString(nodeDir.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
        if (root) {
            RootUser.chown(nodeDir, UNPRIVILEGED_USER);
        }

        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        command.addAll(List.of("env",
                "ES_JAVA_HOME=" + javaHome,
                "ES_PATH_CONF=" + config,
                "ES_TMPDIR=" + tmp,
                "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap,
                home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile.toString()));
        Process launcher = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("logs/launcher.out").toFile())
                .start();
        return new Launch(nodeDir, launcher, pidFile, httpPort);
    }

    ElasticsearchEndpoint endpoint() {
        return new ElasticsearchEndpoint("http://127.0.0.1:" + httpPort);
    }

    @Override
    public void close() {
        stop(pid);
        if (deleteOnClose) {
            try {
                ElasticsearchDistribution.deleteRecursively(nodeDir);
            } catch (IOException e) {
                LOG.warn("could not delete {}: {}", nodeDir, e.getMessage());
            }
        }
    }

    private static void stop(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    /** A node left behind by a JVM that died without its shutdown hook is stopped before reuse. */
    private static void stopOrphan(Path nodeDir) throws IOException {
        Path pidFile = nodeDir.resolve("elasticsearch.pid");
        Path ownerFile = nodeDir.resolve("owner.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> owner = Files.exists(ownerFile)
                ? ProcessHandle.of(Long.parseLong(Files.readString(ownerFile).trim())) : Optional.empty();
        if (owner.isPresent() && owner.get().isAlive()) {
            throw new IllegalStateException("Elasticsearch in " + nodeDir + " is in use by process " + owner.get().pid());
        }
        long stale = Long.parseLong(Files.readString(pidFile).trim());
        LOG.info("stopping the Elasticsearch (pid {}) left behind in {}", stale, nodeDir);
        stop(stale);
    }

    private static void waitUntilHealthy(int port, int nodes, Path pidFile, Process launcher, Path nodeDir) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/_cluster/health?wait_for_status=yellow&wait_for_nodes=" + nodes + "&timeout=2s"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Elasticsearch", e);
            } catch (IOException e) {
                // starting up: connection reset or timeout
            }
            boolean launcherFailed = !launcher.isAlive() && launcher.exitValue() != 0;
            boolean nodeGone = Files.exists(pidFile) && !launcher.isAlive()
                    && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).isEmpty();
            if (launcherFailed || nodeGone) {
                throw new IOException("Elasticsearch exited while starting:\n" + tail(nodeDir));
            }
            sleep(500);
        }
        throw new IOException("Elasticsearch not healthy after " + START_TIMEOUT.toSeconds() + " s:\n" + tail(nodeDir));
    }

    private static String tail(Path nodeDir) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> logs = Files.list(nodeDir.resolve("logs"))) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log") || p.toString().endsWith(".out")).toList()) {
                List<String> lines = Files.readAllLines(log);
                out.append("== ").append(log.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
                        .append('\n');
            }
        }
        return out.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
