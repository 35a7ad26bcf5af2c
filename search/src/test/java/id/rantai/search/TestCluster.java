package id.rantai.search;

import id.rantai.infra.local.LocalServices;
import id.rantai.search.cluster.IndexLayout;
import id.rantai.search.cluster.SearchCluster;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** The real Elasticsearch node of this test run, and aliases no other test uses. */
public final class TestCluster {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static SearchCluster cluster;

    private TestCluster() {
    }

    /**
     * One connection for the whole run; closed with the JVM. Indices get the layout of {@code rantai.search.shards}
     * and {@code rantai.search.replicas} (system properties, or {@code RANTAI_SEARCH_SHARDS}/{@code _REPLICAS} in the
     * environment; the standard layout without them), so the tests can run against a cluster with several shards and
     * replicas.
     */
    public static synchronized SearchCluster shared() {
        if (cluster == null) {
            IndexLayout standard = IndexLayout.standard();
            IndexLayout layout = new IndexLayout(Integer.parseInt(setting("rantai.search.shards", String.valueOf(standard.shards()))),
                    setting("rantai.search.replicas", standard.replicas()));
            cluster = SearchCluster.connect(LocalServices.shared().elasticsearch().url(), layout);
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        }
        return cluster;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_')));
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An alias for one test class, e.g. {@code it-capabilities-3-5f2a}. */
    public static String uniqueAlias(String base) {
        return ("it-" + base + "-" + NEXT.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xffff)).toLowerCase(Locale.ROOT);
    }
}
