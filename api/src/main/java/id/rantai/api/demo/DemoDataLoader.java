package id.rantai.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo dataset when the application starts with {@code rantai.demo.enabled=true} (the run command
 * does; tests do too). Loading is idempotent: a database that already holds the demo is left as it is.
 */
@Singleton
@Requires(property = "rantai.demo.enabled", value = "true")
class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final String password;
    private final int syntheticMsmes;

    DemoDataLoader(DataSource dataSource, DataSourceResolver resolver, @Value("${rantai.demo.password}") String password,
                   @Value("${rantai.demo.synthetic-msmes:0}") int syntheticMsmes) {
        // the dataset loads with plain JDBC in its own transaction, so it takes the pool itself,
        // not the transaction-aware proxy that wants a surrounding @Transactional
        this.dataSource = resolver.resolve(dataSource);
        this.password = password;
        this.syntheticMsmes = syntheticMsmes;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            DemoDataset.Outcome outcome = DemoDataset.load(dataSource, password);
            LOG.info("Demo dataset {} in {} ms", outcome.loaded() ? "loaded" : "already present", outcome.took().toMillis());
            if (syntheticMsmes > 0) {
                // a large supply side for benchmarks: RANTAI_DEMO_SYNTHETIC_MSMES=100000 (generated once per seed)
                var synthetic = DemoDataset.generate(dataSource, syntheticMsmes, DemoDataset.SEED);
                LOG.info("Synthetic dataset of {} MSMEs: {}", syntheticMsmes, synthetic);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the demo dataset could not be loaded", e);
        }
    }
}
