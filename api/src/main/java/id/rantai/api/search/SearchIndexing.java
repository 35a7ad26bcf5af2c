package id.rantai.api.search;

import id.rantai.search.SearchProjection;
import id.rantai.search.index.BulkIndexer;
import id.rantai.search.index.BulkOutcome;
import id.rantai.search.index.DocumentChange;
import id.rantai.search.index.IndexStatus;
import id.rantai.search.index.ReindexProgress;
import id.rantai.search.index.ReindexFailedException;
import id.rantai.search.index.ReindexReport;
import id.rantai.search.index.Reindexer;
import id.rantai.search.index.SearchDocument;
import id.rantai.api.db.Sql;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.UUID;

/**
 * The three indices and how each is fed from PostgreSQL: changes by id (from the outbox) and full rebuilds
 * into a new index with an alias swap (at start when an index is new, outdated or out of step, and on demand).
 */
@Singleton
class SearchIndexing {

    /** One index with its PostgreSQL source. */
    record Feed<D extends SearchDocument>(String aggregateType, BulkIndexer<D> indexer, Reindexer<D> reindexer,
                                          Function<List<UUID>, List<DocumentChange<D>>> changes, Supplier<List<D>> all,
                                          Supplier<Long> count, String alias) {
        BulkOutcome apply(List<UUID> ids) {
            return indexer.apply(changes.apply(ids));
        }
    }

    /** The advisory lock of "the indices are being rebuilt", the same on every instance. */
    static final long LOCK_KEY = 0x72616e7461690001L;

    private final SearchProjection projection;
    private final TransactionOperations<Connection> transactions;
    private final Sql sql;
    private final List<Feed<?>> feeds;

    SearchIndexing(SearchProjection projection, SearchDocuments documents, TransactionOperations<Connection> transactions, Sql sql) {
        this.projection = projection;
        this.transactions = transactions;
        this.sql = sql;
        this.feeds = List.of(
                new Feed<>("capability", projection.capabilityIndexer(), projection.capabilityReindexer(), documents::capabilities,
                        documents::allCapabilities, documents::capabilityCount, projection.capabilityIndex().alias()),
                new Feed<>("demand", projection.demandIndexer(), projection.demandReindexer(), documents::demands,
                        documents::allDemands, documents::demandCount, projection.demandIndex().alias()),
                new Feed<>("facility", projection.facilityIndexer(), projection.facilityReindexer(), documents::facilities,
                        documents::allFacilities, documents::facilityCount, projection.facilityIndex().alias()));
    }

    List<Feed<?>> feeds() {
        return feeds;
    }

    /**
     * Creates missing indices and rebuilds those that are new, outdated, or hold another count than PostgreSQL; false,
     * doing nothing, while a reindex runs (here or on another instance: it holds {@link #LOCK_KEY}).
     */
    boolean ensureAndCatchUp(Consumer<ReindexProgress> progress) {
        return inOwnTransaction(() -> {
            List<IndexStatus> statuses = projection.ensureIndices();
            for (int i = 0; i < feeds.size(); i++) {
                Feed<?> feed = feeds.get(i);
                long expected = transactions.executeRead(s -> feed.count().get());
                boolean stale = statuses.get(i).state() != IndexStatus.State.CURRENT || indexed(feed.alias()) != expected;
                if (stale) {
                    rebuild(feed, progress);
                }
            }
            return true;
        }, locked -> { }).orElse(false);
    }

    /**
     * Rebuilds every index from PostgreSQL into new indices, swapping the aliases when each is complete. Runs in a
     * transaction of its own (its own connection, never the caller's), read-only and on one snapshot, so every index is
     * built from the same state; {@code lockKey} is taken as a transaction-scoped advisory lock first, so two instances
     * never rebuild at once. {@code started} hears whether the lock was had before anything is read.
     */
    List<ReindexReport> rebuildAll(Consumer<Boolean> started, Consumer<ReindexProgress> progress) {
        return inOwnTransaction(() -> feeds.stream().<ReindexReport>map(feed -> rebuild(feed, progress)).toList(), started)
                .orElse(List.of());
    }

    /**
     * Runs {@code work} in a read-only transaction of its own on one snapshot, holding {@link #LOCK_KEY} as a
     * transaction-scoped advisory lock (released however the transaction ends, also when the instance dies); empty,
     * without running it, when another holds the lock. {@code locked} hears which before anything is read.
     */
    private <T> Optional<T> inOwnTransaction(Supplier<T> work, Consumer<Boolean> locked) {
        DefaultTransactionDefinition own = new DefaultTransactionDefinition(TransactionDefinition.Propagation.REQUIRES_NEW);
        own.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        own.setReadOnly(true);
        return transactions.execute(own, status -> {
            boolean had = sql.one("select pg_try_advisory_xact_lock(?)", rs -> rs.getBoolean(1), LOCK_KEY).orElse(false);
            locked.accept(had);
            return had ? Optional.of(work.get()) : Optional.<T>empty();
        });
    }

    private <D extends SearchDocument> ReindexReport rebuild(Feed<D> feed, Consumer<ReindexProgress> progress) {
        List<D> documents;
        try {
            documents = transactions.executeRead(s -> feed.all().get());
        } catch (RuntimeException e) {
            throw new RebuildFailed("Reading the " + feed.aggregateType() + " documents from PostgreSQL failed", e);
        }
        try {
            // under the lock no other rebuild is alive: an unfinished index found now was left by one that died
            // (an instance stopped mid-rebuild) and would keep every later rebuild out
            feed.reindexer().abandonRunningReindex();
            return feed.reindexer().reindex(documents.stream(), documents.size(), progress);
        } catch (RuntimeException e) {
            throw new RebuildFailed("Building the " + feed.alias() + " index in Elasticsearch failed"
                    + (e instanceof ReindexFailedException refused && !refused.failures().isEmpty()
                            ? " (" + refused.failures().size() + " documents refused)" : "")
                    + "; searches still use the previous index", e);
        }
    }

    /** A rebuild that stopped: its message says which step failed in words for an administrator, its cause the rest. */
    static final class RebuildFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RebuildFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private long indexed(String alias) {
        return projection.cluster().call("count " + alias, client -> client.count(c -> c.index(alias)).count());
    }
}
