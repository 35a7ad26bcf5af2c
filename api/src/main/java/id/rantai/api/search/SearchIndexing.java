package id.rantai.api.search;

import id.rantai.search.SearchProjection;
import id.rantai.search.index.BulkIndexer;
import id.rantai.search.index.BulkOutcome;
import id.rantai.search.index.DocumentChange;
import id.rantai.search.index.IndexStatus;
import id.rantai.search.index.ReindexProgress;
import id.rantai.search.index.ReindexReport;
import id.rantai.search.index.Reindexer;
import id.rantai.search.index.SearchDocument;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
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

    private final SearchProjection projection;
    private final TransactionOperations<Connection> transactions;
    private final List<Feed<?>> feeds;

    SearchIndexing(SearchProjection projection, SearchDocuments documents, TransactionOperations<Connection> transactions) {
        this.projection = projection;
        this.transactions = transactions;
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

    /** Creates missing indices and rebuilds those that are new, outdated, or hold another count than PostgreSQL. */
    void ensureAndCatchUp(Consumer<ReindexProgress> progress) {
        List<IndexStatus> statuses = projection.ensureIndices();
        for (int i = 0; i < feeds.size(); i++) {
            Feed<?> feed = feeds.get(i);
            long expected = transactions.executeRead(s -> feed.count().get());
            boolean stale = statuses.get(i).state() != IndexStatus.State.CURRENT || indexed(feed.alias()) != expected;
            if (stale) {
                rebuild(feed, progress);
            }
        }
    }

    /** Rebuilds every index from PostgreSQL into new indices, swapping the aliases when each is complete. */
    List<ReindexReport> rebuildAll(Consumer<ReindexProgress> progress) {
        return feeds.stream().<ReindexReport>map(feed -> rebuild(feed, progress)).toList();
    }

    private <D extends SearchDocument> ReindexReport rebuild(Feed<D> feed, Consumer<ReindexProgress> progress) {
        List<D> documents = transactions.executeRead(s -> feed.all().get());
        return feed.reindexer().reindex(documents.stream(), documents.size(), progress);
    }

    private long indexed(String alias) {
        return projection.cluster().call("count " + alias, client -> client.count(c -> c.index(alias)).count());
    }
}
