package id.rantai.api.search;

import id.rantai.api.db.Sql;
import id.rantai.search.index.BulkOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox into Elasticsearch, at least once: rows are locked ({@code SKIP LOCKED}, so replicas
 * share the work), their aggregates read from PostgreSQL as they stand, written in bulk at the row version
 * (a replay or a late older version is a no-op), and marked processed in the same transaction. When
 * Elasticsearch is away, writes go on, the outbox grows, and this backs off (up to 30 s) and catches up when
 * it is back. The lag is published as {@code rantai.search.outbox.lag.seconds} and {@code ….pending}, the rows
 * this instance marked processed as {@code rantai.search.outbox.processed} (over all instances, each row once).
 */
@Singleton
@Requires(property = "rantai.search.indexer.enabled", notEquals = "false")
class OutboxIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxIndexer.class);
    private static final int BATCH = 500;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final SearchIndexing indexing;
    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private volatile boolean indicesReady;
    private volatile Instant retryAt = Instant.EPOCH;
    private volatile int failures;
    private final Counter processed;

    OutboxIndexer(SearchIndexing indexing, Sql sql, TransactionOperations<Connection> transactions, MeterRegistry meters) {
        this.indexing = indexing;
        this.sql = sql;
        this.transactions = transactions;
        this.processed = meters.counter("rantai.search.outbox.processed");
        Gauge.builder("rantai.search.outbox.pending", this, OutboxIndexer::pending).register(meters);
        Gauge.builder("rantai.search.outbox.lag.seconds", this, OutboxIndexer::lagSeconds).register(meters);
    }

    @Scheduled(fixedDelay = "${rantai.search.indexer.every:1s}", initialDelay = "${rantai.search.indexer.initial-delay:2s}")
    void run() {
        if (Instant.now().isBefore(retryAt)) {
            return;
        }
        try {
            if (!indicesReady) {
                if (!indexing.ensureAndCatchUp(p -> LOG.debug("initial indexing {}", p))) {
                    // a reindex runs (here or on another instance); its new indices are current, check again next time
                    return;
                }
                indicesReady = true;
                LOG.info("Search indices ready");
            }
            while (drainOnce() == BATCH) {
                // keep going while there is a backlog
            }
            failures = 0;
        } catch (RuntimeException e) {
            failures++;
            Duration wait = Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), 500L << Math.min(failures, 10)));
            retryAt = Instant.now().plus(wait);
            LOG.warn("Search indexing failed ({} in a row), retrying in {} ms: {}", failures, wait.toMillis(), e.getMessage());
        }
    }

    /** Indexes one batch of outbox rows; returns how many rows it took. */
    int drainOnce() {
        int[] marked = new int[1];
        int taken = transactions.executeWrite(status -> {
            record Row(long id, String type, UUID aggregate) {
            }
            List<Row> rows = sql.list("""
                    select id, aggregate_type, aggregate_id from outbox where processed_at is null
                    order by id limit ? for update skip locked""",
                    rs -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class)), BATCH);
            Map<String, Set<UUID>> byType = new LinkedHashMap<>();
            rows.forEach(r -> byType.computeIfAbsent(r.type(), t -> new LinkedHashSet<>()).add(r.aggregate()));
            List<Long> done = new ArrayList<>();
            for (SearchIndexing.Feed<?> feed : indexing.feeds()) {
                Set<UUID> ids = byType.remove(feed.aggregateType());
                if (ids == null) {
                    continue;
                }
                BulkOutcome outcome = feed.apply(new ArrayList<>(ids));
                if (outcome.hasRetryableFailures()) {
                    throw new IllegalStateException("Elasticsearch refused " + outcome.failures().size() + " changes for now: "
                            + outcome.failures().get(0));
                }
                outcome.failures().forEach(f -> LOG.error("Search refused {} {} for good: {}", feed.aggregateType(), f.id(), f.reason()));
                rows.stream().filter(r -> r.type().equals(feed.aggregateType())).forEach(r -> done.add(r.id()));
            }
            // aggregates with no index (bids, awards…) need no projection
            rows.stream().filter(r -> byType.containsKey(r.type())).forEach(r -> done.add(r.id()));
            if (!done.isEmpty()) {
                marked[0] = sql.update("update outbox set processed_at = now(), attempts = attempts + 1 where id = any(?::bigint[])",
                        done.stream().map(String::valueOf).toList());
            }
            return rows.size();
        });
        // counted once committed: a batch rolled back (Elasticsearch refused it) is taken again later
        processed.increment(marked[0]);
        return taken;
    }

    private double pending() {
        try {
            return transactions.executeRead(s -> sql.count("select count(*) from outbox where processed_at is null"));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double lagSeconds() {
        try {
            return transactions.executeRead(s -> sql.one(
                    "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox where processed_at is null",
                    rs -> rs.getDouble(1)).orElse(0.0));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
