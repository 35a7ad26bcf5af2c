package id.rantai.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL and Elasticsearch for the run command and for tests.
 *
 * <p>PostgreSQL: the configured {@code DATASOURCES_DEFAULT_URL} (with {@code _USERNAME}, {@code _PASSWORD}),
 * else an embedded PostgreSQL 17. Elasticsearch: the configured {@code ELASTICSEARCH_URL}, else a container
 * when Docker answers, else the Maven Central distribution started as a local process; either way with the
 * {@code analysis-id} plugin installed. Settings may also be given as system properties
 * ({@code datasources.default.url}, {@code elasticsearch.url}, {@code rantai.elasticsearch.mode} =
 * {@code auto|docker|distribution}). {@code rantai.elasticsearch.nodes} (1) starts that many distribution nodes as
 * one cluster ({@code elasticsearch.url} then names them all, separated by commas).
 */
public final class LocalServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalServices.class);
    /** Where the web module and the test modules put the plugin zip on the classpath. */
    static final String PLUGIN_RESOURCE = "rantai/elasticsearch-plugins/rantai-analysis-id.zip";
    private static LocalServices shared;

    private final PostgresEndpoint postgres;
    private final ElasticsearchEndpoint elasticsearch;
    private final List<AutoCloseable> started;
    private boolean closed;

    private LocalServices(PostgresEndpoint postgres, ElasticsearchEndpoint elasticsearch, List<AutoCloseable> started) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.started = started;
    }

    /** The services of this test JVM: started on first use, shared by all tests, stopped when the JVM exits. */
    public static synchronized LocalServices shared() {
        if (shared == null) {
            try {
                Path pgData = Files.createTempDirectory("rantai-test-pg-");
                shared = start(pgData, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The services of the run command: PostgreSQL data kept in {@code dataDir/postgres} across restarts. */
    public static LocalServices startPersistent(Path dataDir) {
        return start(dataDir.toAbsolutePath().resolve("postgres"), false);
    }

    private static LocalServices start(Path pgData, boolean throwAway) {
        long started = System.nanoTime();
        List<AutoCloseable> toStop = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<PostgresEndpoint> postgres = CompletableFuture.supplyAsync(() -> startPostgres(pgData, throwAway, toStop));
        CompletableFuture<ElasticsearchEndpoint> elasticsearch = CompletableFuture.supplyAsync(() -> startElasticsearch(pgData, throwAway, toStop));
        LocalServices services;
        try {
            services = new LocalServices(postgres.join(), elasticsearch.join(), toStop);
        } catch (CompletionException e) {
            closeAll(toStop);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(services::close, "rantai-local-services-stop"));
        LOG.info("Local services ready in {} ms: PostgreSQL {}, Elasticsearch {}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), services.postgres.jdbcUrl(), services.elasticsearch.url());
        return services;
    }

    public PostgresEndpoint postgres() {
        return postgres;
    }

    public ElasticsearchEndpoint elasticsearch() {
        return elasticsearch;
    }

    /** The application settings that point Micronaut at these services. */
    public Map<String, Object> micronautProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", postgres.jdbcUrl());
        properties.put("datasources.default.username", postgres.username());
        properties.put("datasources.default.password", postgres.password());
        properties.put("elasticsearch.url", elasticsearch.url());
        return properties;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            closeAll(started);
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        java.util.Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", resource, e.toString());
            }
        }
    }

    private static PostgresEndpoint startPostgres(Path dataDir, boolean throwAway, List<AutoCloseable> toStop) {
        var configured = Settings.get("datasources.default.url");
        if (configured.isPresent()) {
            LOG.info("PostgreSQL: using the configured {}", configured.get());
            return new PostgresEndpoint(configured.get(), Settings.get("datasources.default.username", "postgres"),
                    Settings.get("datasources.default.password", ""));
        }
        long started = System.nanoTime();
        LocalPostgres pg = LocalPostgres.start(dataDir,
                throwAway ? LocalPostgres.Durability.THROW_AWAY : LocalPostgres.Durability.PERSISTENT);
        toStop.add(pg);
        if (throwAway) {
            toStop.add(0, () -> ElasticsearchDistribution.deleteRecursively(dataDir));
        }
        LOG.info("PostgreSQL 17 (embedded) up in {} ms, data in {}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDir);
        return pg.endpoint();
    }

    private static ElasticsearchEndpoint startElasticsearch(Path pgData, boolean throwAway, List<AutoCloseable> toStop) {
        var configured = Settings.get("elasticsearch.url");
        if (configured.isPresent()) {
            LOG.info("Elasticsearch: using the configured {}", configured.get());
            return new ElasticsearchEndpoint(configured.get());
        }
        long started = System.nanoTime();
        String mode = Settings.get("rantai.elasticsearch.mode", "auto");
        String heap = Settings.get("rantai.elasticsearch.heap", "512m");
        List<Path> plugins = pluginZips(cacheDir());
        ElasticsearchEndpoint endpoint;
        int nodes = Integer.parseInt(Settings.get("rantai.elasticsearch.nodes", "1"));
        // several nodes are started from the distribution, as processes on loopback
        if (nodes == 1 && ("docker".equals(mode) || ("auto".equals(mode) && ContainerElasticsearch.dockerAvailable()))) {
            ContainerElasticsearch container = ContainerElasticsearch.start(plugins, heap);
            toStop.add(container);
            endpoint = container.endpoint();
        } else {
            String javaHome = Settings.get("es.java.home", System.getProperty("java.home"));
            Path home = ElasticsearchDistribution.home(cacheDir().resolve("elasticsearch"), plugins, javaHome);
            String nodeName = throwAway
                    ? "test-" + ProcessHandle.current().pid() + "-" + System.nanoTime()
                    : "run-" + Integer.toHexString(pgData.toAbsolutePath().toString().hashCode());
            List<Path> nodeDirs = new ArrayList<>();
            for (int i = 1; i <= nodes; i++) {
                nodeDirs.add(cacheDir().resolve("nodes").resolve(nodes == 1 ? nodeName : nodeName + "-" + nodes + "n" + i));
            }
            List<LocalElasticsearchNode> cluster = LocalElasticsearchNode.startCluster(home, nodeDirs, javaHome, heap, throwAway);
            toStop.addAll(cluster);
            endpoint = new ElasticsearchEndpoint(String.join(",", cluster.stream().map(n -> n.endpoint().url()).toList()));
        }
        LOG.info("Elasticsearch up in {} ms at {}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), endpoint.url());
        return endpoint;
    }

    /**
     * The plugin zips to install: the paths in {@code rantai.elasticsearch.plugin} (comma-separated), else the
     * analysis-id zip on the classpath, copied out to the cache so the installer can read it.
     */
    static List<Path> pluginZips(Path cacheDir) {
        var configured = Settings.get("rantai.elasticsearch.plugin");
        if (configured.isPresent()) {
            return Arrays.stream(configured.get().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .filter(s -> !"none".equals(s)).map(Path::of).toList();
        }
        try (InputStream in = LocalServices.class.getClassLoader().getResourceAsStream(PLUGIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The analysis-id plugin is not on the classpath (" + PLUGIN_RESOURCE
                        + "): build the project with ./mvnw package, or name the zip in -Drantai.elasticsearch.plugin");
            }
            Files.createDirectories(cacheDir);
            Path copy = Files.createTempFile(cacheDir, "analysis-id-", ".zip");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            return List.of(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where distributions and nodes live: readable by the unprivileged Elasticsearch user when we are root. */
    static Path cacheDir() {
        return Settings.get("rantai.cache.dir").map(Path::of).orElseGet(() -> {
            if (RootUser.isRoot()) {
                return Path.of("/var/tmp/rantai");
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            return (xdg != null ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache")).resolve("rantai");
        });
    }
}
