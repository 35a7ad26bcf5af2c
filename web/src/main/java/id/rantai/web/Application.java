package id.rantai.web;

import id.rantai.api.cluster.ClusterMode;
import id.rantai.infra.local.LocalServices;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Rantai: PostgreSQL and Elasticsearch (configured ones, or local ones it starts itself), then the
 * application with the demo dataset, and prints where to open it and how to log in.
 */
public final class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        boolean cluster = Boolean.parseBoolean(setting("RANTAI_CLUSTER", "false"));
        if (cluster) {
            String problem = clusterProblem();
            if (problem != null) {
                System.err.println("Rantai does not start: " + problem);
                System.exit(2);
            }
        }
        Path dataDir = Path.of(setting("RANTAI_DATA_DIR", ".rantai"));
        LocalServices services = LocalServices.startPersistent(dataDir);

        Map<String, Object> properties = new HashMap<>(services.micronautProperties());
        if (!cluster && setting("RANTAI_JWT_SECRET", null) == null) {
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            properties.put("rantai.jwt.secret", Base64.getEncoder().encodeToString(secret));
            LOG.info("Tokens are signed with a secret made for this start; set RANTAI_JWT_SECRET to keep them valid "
                    + "across restarts and replicas");
        }
        properties.put("rantai.demo.enabled", setting("RANTAI_DEMO_ENABLED", "true"));

        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).properties(properties).start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        String password = context.getProperty("rantai.demo.password", String.class).orElse("rantai-demo");
        System.out.println(Banner.text(server.getURL().toString(), password));
    }

    /**
     * What a cluster instance lacks: a shared signing secret, and a shared PostgreSQL and Elasticsearch (each instance
     * starting its own local ones would be several separate marketplaces, not one).
     */
    private static String clusterProblem() {
        String secretProblem = ClusterMode.problemWith(true, setting("RANTAI_JWT_SECRET", null));
        if (secretProblem != null) {
            return secretProblem;
        }
        if (setting("DATASOURCES_DEFAULT_URL", null) == null || setting("ELASTICSEARCH_URL", null) == null) {
            return "RANTAI_CLUSTER=true: instances must share one PostgreSQL and one Elasticsearch; "
                    + "set DATASOURCES_DEFAULT_URL and ELASTICSEARCH_URL";
        }
        return null;
    }

    private static String setting(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}
