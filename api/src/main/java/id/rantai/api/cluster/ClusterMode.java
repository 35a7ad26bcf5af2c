package id.rantai.api.cluster;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this instance is one of several behind a load balancer ({@code rantai.cluster}, {@code RANTAI_CLUSTER=true}),
 * and the check, at startup, that it has what the instances must share.
 *
 * <p>A token signed by one instance must be accepted by every other, so the signing secret
 * ({@code rantai.jwt.secret}, {@code RANTAI_JWT_SECRET}, at least 32 characters) must be configured, the same on
 * every instance: a secret made up at start would log users out whenever the balancer sends them to another
 * instance. Without it a cluster instance refuses to start. Everything else instances share lives in PostgreSQL
 * (jobs, login throttling, idempotency keys) or Elasticsearch.
 */
@Context
public class ClusterMode {

    /** HS256 wants a key of at least 256 bits. */
    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterMode.class);

    private final boolean cluster;

    ClusterMode(@Value("${rantai.cluster:false}") boolean cluster, @Nullable @Value("${rantai.jwt.secret:}") String secret) {
        this.cluster = cluster;
        String problem = problemWith(cluster, secret);
        if (problem != null) {
            throw new ConfigurationException(problem);
        }
        if (cluster) {
            LOG.info("Cluster mode: this instance shares its jobs, login throttling and token key with the other instances");
        }
    }

    /** What keeps an instance with these settings from starting; null when nothing does. */
    public static String problemWith(boolean cluster, String secret) {
        if (secret == null || secret.isBlank()) {
            return cluster
                    ? "RANTAI_CLUSTER=true: every instance must sign tokens with the same key; set RANTAI_JWT_SECRET "
                      + "(at least " + MIN_SECRET_LENGTH + " characters, the same on every instance)"
                    : "No token signing secret: set RANTAI_JWT_SECRET (at least " + MIN_SECRET_LENGTH + " characters)";
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            return "RANTAI_JWT_SECRET is " + secret.length() + " characters long; tokens need at least " + MIN_SECRET_LENGTH;
        }
        return null;
    }

    public boolean isCluster() {
        return cluster;
    }
}
