package id.rantai.infra.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files in {@code infra/deploy} (Kubernetes manifests, compose file, Elasticsearch image) hold
 * together: every manifest is a Kubernetes object with the fields its kind needs, the selectors find the pods,
 * the probes ask the application's health endpoints, the application gets what a cluster instance must have
 * (RANTAI_CLUSTER, a shared token secret, shared PostgreSQL and Elasticsearch), and Elasticsearch is the version
 * the analysis plugin is built for, with the plugin installed. No Kubernetes schema validator can be had offline
 * here, so this reads the YAML itself.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final String ES_VERSION = Objects.requireNonNull(System.getProperty("rantai.elasticsearch.version"),
            "run by Maven, which passes rantai.elasticsearch.version");

    @Test
    void everyManifestIsAKubernetesObjectListedInTheKustomization() throws IOException {
        Map<String, Object> kustomization = one(KUBERNETES.resolve("kustomization.yaml"));
        List<String> resources = strings(kustomization.get("resources"));
        List<String> files;
        try (var listing = Files.list(KUBERNETES)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .filter(n -> !n.equals("kustomization.yaml")).sorted().toList();
        }
        assertEquals(files, resources.stream().sorted().toList(), "the kustomization applies every manifest, and only those");
        List<Executable> checks = new ArrayList<>();
        for (String file : files) {
            for (Map<String, Object> object : all(KUBERNETES.resolve(file))) {
                checks.add(() -> assertNotNull(object.get("apiVersion"), file + ": apiVersion"));
                checks.add(() -> assertNotNull(object.get("kind"), file + ": kind"));
                checks.add(() -> assertNotNull(at(object, "metadata", "name"), file + ": metadata.name"));
            }
        }
        assertAll(checks);
    }

    @Test
    void theApplicationRunsAsSeveralProbedLimitedReplicasThatShareTheirSecretAndServices() throws IOException {
        Map<String, Object> deployment = kind("Deployment", "rantai");
        Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
        Map<String, Object> container = map(list(at(deployment, "spec", "template", "spec", "containers")).get(0));
        Map<String, Object> config = map(kind("ConfigMap", "rantai-config").get("data"));
        List<Map<String, Object>> env = list(container.get("env")).stream().map(DeploymentFilesTest::map).toList();
        assertAll(
                () -> assertTrue(((Number) at(deployment, "spec", "replicas")).intValue() >= 2, "replicas"),
                () -> assertTrue(selects(podLabels, at(deployment, "spec", "selector", "matchLabels")), "the selector finds its pods"),
                () -> assertEquals("/health/readiness", at(container, "readinessProbe", "httpGet", "path")),
                () -> assertEquals("/health/liveness", at(container, "livenessProbe", "httpGet", "path")),
                () -> assertNotNull(at(container, "resources", "requests", "cpu"), "cpu request"),
                () -> assertNotNull(at(container, "resources", "requests", "memory"), "memory request"),
                () -> assertNotNull(at(container, "resources", "limits", "memory"), "memory limit"),
                () -> assertEquals("rantai-config", at(map(list(container.get("envFrom")).get(0)), "configMapRef", "name")),
                () -> assertEquals("true", config.get("RANTAI_CLUSTER"), "several instances: cluster mode"),
                () -> assertTrue(env.stream().anyMatch(e -> "RANTAI_JWT_SECRET".equals(e.get("name"))
                        && at(e, "valueFrom", "secretKeyRef", "name") != null), "the shared token secret comes from a Secret"),
                () -> assertTrue(env.stream().anyMatch(e -> "DATASOURCES_DEFAULT_PASSWORD".equals(e.get("name"))
                        && at(e, "valueFrom", "secretKeyRef", "name") != null), "so does the database password"),
                () -> assertTrue(String.valueOf(config.get("DATASOURCES_DEFAULT_URL")).startsWith("jdbc:postgresql://")),
                () -> assertTrue(String.valueOf(config.get("DATASOURCES_REPLICA_URL")).startsWith("jdbc:postgresql://")),
                () -> assertTrue(String.valueOf(config.get("ELASTICSEARCH_URL")).startsWith("http")),
                () -> assertEquals("false", config.get("RANTAI_DEMO_ENABLED"), "no demo accounts in production"));

        Map<String, Object> pdb = kind("PodDisruptionBudget", "rantai");
        Map<String, Object> service = kind("Service", "rantai");
        List<String> portNames = list(container.get("ports")).stream().map(p -> (String) map(p).get("name")).toList();
        assertAll(
                () -> assertTrue(selects(podLabels, at(pdb, "spec", "selector", "matchLabels")), "the budget covers the pods"),
                () -> assertTrue(at(pdb, "spec", "maxUnavailable") != null || at(pdb, "spec", "minAvailable") != null),
                () -> assertTrue(selects(podLabels, at(service, "spec", "selector")), "the Service finds the pods"),
                () -> assertTrue(portNames.contains((String) map(list(at(service, "spec", "ports")).get(0)).get("targetPort")),
                        "the Service's target port is a container port"),
                () -> assertEquals("rantai", at(kind("HorizontalPodAutoscaler", "rantai"), "spec", "scaleTargetRef", "name")));
    }

    @Test
    void postgresHasReplicasAndTheApplicationUsesThePrimaryAndTheReplicaService() throws IOException {
        Map<String, Object> cluster = kind("Cluster", "rantai-db");
        Map<String, Object> config = map(kind("ConfigMap", "rantai-config").get("data"));
        String name = (String) at(cluster, "metadata", "name");
        assertAll(
                () -> assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion")),
                () -> assertTrue(((Number) at(cluster, "spec", "instances")).intValue() >= 2, "a primary and replicas"),
                () -> assertTrue(String.valueOf(config.get("DATASOURCES_DEFAULT_URL")).contains("//" + name + "-rw:"), "primary"),
                () -> assertTrue(String.valueOf(config.get("DATASOURCES_REPLICA_URL")).contains("//" + name + "-ro:"), "replicas"));
    }

    @Test
    void elasticsearchIsThreeNodesOfThePluginsVersionWithThePluginInstalled() throws IOException {
        Map<String, Object> search = kind("Elasticsearch", "rantai-search");
        int nodes = list(at(search, "spec", "nodeSets")).stream().mapToInt(n -> ((Number) map(n).get("count")).intValue()).sum();
        String dockerfile = Files.readString(DEPLOY.resolve("elasticsearch/Dockerfile"));
        Map<String, Object> config = map(kind("ConfigMap", "rantai-config").get("data"));
        assertAll(
                () -> assertEquals(3, nodes),
                () -> assertEquals(ES_VERSION, at(search, "spec", "version")),
                () -> assertTrue(String.valueOf(at(search, "spec", "image")).endsWith(":" + ES_VERSION + "-analysis-id"),
                        "the image built from deploy/elasticsearch/Dockerfile"),
                () -> assertTrue(dockerfile.contains("FROM docker.elastic.co/elasticsearch/elasticsearch:" + ES_VERSION), dockerfile),
                () -> assertTrue(dockerfile.contains("bin/elasticsearch-plugin install --batch file:///tmp/rantai-analysis-id.zip"), dockerfile),
                () -> assertTrue(String.valueOf(config.get("ELASTICSEARCH_URL")).contains("rantai-search-es-http"),
                        "the application reaches the ECK service"),
                () -> assertTrue(Integer.parseInt(String.valueOf(config.get("RANTAI_SEARCH_REPLICAS"))) <= nodes - 1,
                        "no more replicas than other nodes to hold them"));
    }

    @Test
    void theComposeFileRunsTwoInstancesBehindABalancerOnSharedServices() throws IOException {
        Map<String, Object> compose = one(DEPLOY.resolve("compose.yaml"));
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> app = map(services.get("app"));
        Map<String, Object> env = map(app.get("environment"));
        Map<String, Object> search = map(services.get("elasticsearch"));
        assertAll(
                () -> assertEquals(List.of("app", "balancer", "elasticsearch", "postgres"), services.keySet().stream().sorted().toList()),
                () -> assertTrue(((Number) at(app, "deploy", "replicas")).intValue() >= 2),
                () -> assertEquals("true", env.get("RANTAI_CLUSTER")),
                () -> assertTrue(String.valueOf(env.get("RANTAI_JWT_SECRET")).startsWith("${RANTAI_JWT_SECRET:?"),
                        "compose refuses to start without the secret"),
                () -> assertEquals("jdbc:postgresql://postgres:5432/rantai", env.get("DATASOURCES_DEFAULT_URL")),
                () -> assertEquals("http://elasticsearch:9200", env.get("ELASTICSEARCH_URL")),
                () -> assertTrue(Files.isRegularFile(DEPLOY.resolve(String.valueOf(search.get("build"))).resolve("Dockerfile"))),
                () -> assertTrue(Files.readString(DEPLOY.resolve("nginx.conf")).contains("server app:8080")));
    }

    /** Whether a selector's labels are all among the pod's (and it selects something at all). */
    private static boolean selects(Map<String, Object> podLabels, Object selector) {
        Map<String, Object> wanted = map(selector);
        return !wanted.isEmpty() && podLabels.entrySet().containsAll(wanted.entrySet());
    }

    // ---- reading YAML ----

    private static Map<String, Object> kind(String kind, String name) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        try (var listing = Files.list(KUBERNETES)) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                all(file).stream().filter(o -> kind.equals(o.get("kind")) && name.equals(at(o, "metadata", "name"))).forEach(found::add);
            }
        }
        assertEquals(1, found.size(), "one " + kind + " " + name);
        return found.get(0);
    }

    private static Map<String, Object> one(Path file) throws IOException {
        List<Map<String, Object>> documents = all(file);
        assertEquals(1, documents.size(), file + " holds one document");
        return documents.get(0);
    }

    private static List<Map<String, Object>> all(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        assertFalse(documents.isEmpty(), file + " is empty");
        return documents;
    }

    private static Object at(Map<String, Object> object, String... path) {
        Object current = object;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "expected a mapping, got " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertTrue(value instanceof List, "expected a list, got " + value);
        return (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}
