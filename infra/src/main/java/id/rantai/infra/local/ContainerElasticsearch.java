package id.rantai.infra.local;

import java.nio.file.Path;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Elasticsearch in Docker through Testcontainers, used when a Docker engine answers: the official image
 * of the same version with the same plugins installed into a derived image.
 */
final class ContainerElasticsearch implements AutoCloseable {

    private final GenericContainer<?> container;

    private ContainerElasticsearch(GenericContainer<?> container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        // ask Testcontainers only where an engine may be: without one it logs a loud error on every start
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerElasticsearch start(List<Path> pluginZips, String heap) {
        ImageFromDockerfile image = new ImageFromDockerfile("rantai/elasticsearch-analysis-id", false)
                .withDockerfileFromBuilder(builder -> {
                    builder.from("docker.elastic.co/elasticsearch/elasticsearch:" + ElasticsearchDistribution.VERSION);
                    for (int i = 0; i < pluginZips.size(); i++) {
                        builder.copy("plugin-" + i + ".zip", "/tmp/plugin-" + i + ".zip");
                        builder.run("bin/elasticsearch-plugin install --batch file:///tmp/plugin-" + i + ".zip");
                    }
                    builder.build();
                });
        for (int i = 0; i < pluginZips.size(); i++) {
            image.withFileFromPath("plugin-" + i + ".zip", pluginZips.get(i));
        }
        GenericContainer<?> container = new GenericContainer<>(image)
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
                .withEnv("action.auto_create_index", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap)
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow").forStatusCode(200)
                        .withStartupTimeout(java.time.Duration.ofMinutes(3)));
        container.start();
        return new ContainerElasticsearch(container);
    }

    ElasticsearchEndpoint endpoint() {
        return new ElasticsearchEndpoint("http://" + container.getHost() + ":" + container.getMappedPort(9200));
    }

    @Override
    public void close() {
        container.stop();
    }
}
