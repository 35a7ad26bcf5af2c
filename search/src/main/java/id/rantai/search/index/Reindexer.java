package id.rantai.search.index;

import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import id.rantai.search.cluster.SearchCluster;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds an index from the source of truth without downtime: fills a new versioned index while
 * searches keep reading the old one through the alias, then moves the alias in one atomic
 * {@code _aliases} request and deletes the old index.
 *
 * <ol>
 *   <li>create {@code <alias>-v<timestamp>} with the {@linkplain IndexDefinition#reindexAlias() reindex
 *       alias}, so that from this moment the {@link BulkIndexer} writes every change into it as well;</li>
 *   <li>write the source's documents at their versions, without refreshes (faster; nobody searches it yet);
 *       a change the outbox wrote meanwhile is newer and wins over the snapshot's copy;</li>
 *   <li>refresh, then in one request: alias off the old index, alias onto the new, reindex alias off;</li>
 *   <li>delete the old index.</li>
 * </ol>
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/indices-aliases.html">atomic alias actions</a>
 */
public final class Reindexer<D extends SearchDocument> {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final SearchCluster cluster;
    private final IndexDefinition<D> definition;
    private final SearchIndices indices;
    private final BulkIndexer<D> writer;
    private final Clock clock;

    public Reindexer(SearchCluster cluster, IndexDefinition<D> definition, Clock clock) {
        this.cluster = cluster;
        this.definition = definition;
        this.indices = new SearchIndices(cluster, clock);
        this.writer = new BulkIndexer<>(cluster, definition);
        this.clock = clock;
    }

    public Reindexer(SearchCluster cluster, IndexDefinition<D> definition) {
        this(cluster, definition, Clock.systemUTC());
    }

    /**
     * Rebuilds the index from {@code documents} (read lazily, e.g. from a database cursor) and reports
     * progress after every batch. {@code expected} is the number of documents if known, else -1.
     *
     * @throws IllegalStateException when another reindex of this alias is running
     * @throws ReindexFailedException when documents were refused; the old index stays in place
     */
    public ReindexReport reindex(Stream<D> documents, long expected, Consumer<ReindexProgress> progress) {
        long started = System.nanoTime();
        if (!indices.indicesOf(definition.reindexAlias()).isEmpty()) {
            throw new IllegalStateException("a reindex of " + definition.alias() + " is already running (alias "
                    + definition.reindexAlias() + " exists); if it crashed, call abandonRunningReindex() first");
        }
        String index = definition.newIndexName(clock);
        indices.create(definition, index, definition.reindexAlias());
        progress.accept(new ReindexProgress(index, ReindexProgress.Phase.CREATED, 0, expected));
        long indexed = 0;
        long stale = 0;
        try {
            cluster.call("pause refreshes of " + index, client -> client.indices().putSettings(s -> s.index(index)
                    .settings(t -> t.refreshInterval(r -> r.time("-1")))));
            Iterator<D> source = documents.iterator();
            List<DocumentChange<D>> batch = new ArrayList<>(BulkIndexer.BATCH);
            while (source.hasNext()) {
                batch.add(DocumentChange.upsert(source.next()));
                if (batch.size() == BulkIndexer.BATCH || !source.hasNext()) {
                    BulkOutcome outcome = writer.write(List.of(index), batch);
                    if (!outcome.allSucceeded()) {
                        throw new ReindexFailedException("the new index " + index + " refused " + outcome.failures().size()
                                + " documents, first: " + outcome.failures().get(0), outcome.failures(), null);
                    }
                    indexed += outcome.applied();
                    stale += outcome.stale();
                    batch.clear();
                    progress.accept(new ReindexProgress(index, ReindexProgress.Phase.INDEXING, indexed + stale, expected));
                }
            }
            cluster.call("resume refreshes of " + index, client -> client.indices().putSettings(s -> s.index(index)
                    .settings(t -> t.refreshInterval(r -> r.time("1s")))));
            cluster.call("refresh " + index, client -> client.indices().refresh(r -> r.index(index)));
        } catch (RuntimeException e) {
            deleteQuietly(index);
            if (e instanceof ReindexFailedException) {
                throw e;
            }
            throw new ReindexFailedException("reindex of " + definition.alias() + " into " + index + " failed: " + e.getMessage(), List.of(), e);
        }
        List<String> old = indices.indicesOf(definition.alias());
        swap(old, index);
        progress.accept(new ReindexProgress(index, ReindexProgress.Phase.SWAPPED, indexed + stale, expected));
        for (String previous : old) {
            cluster.call("delete the replaced index " + previous, client -> client.indices().delete(d -> d.index(previous)));
        }
        progress.accept(new ReindexProgress(index, ReindexProgress.Phase.DONE, indexed + stale, expected));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("reindexed {} into {} ({} documents, {} superseded by newer changes) in {} ms, replaced {}",
                definition.alias(), index, indexed, stale, took.toMillis(), old);
        return new ReindexReport(definition.alias(), index, old, indexed, stale, took);
    }

    /** One atomic request: searches see the old index until it returns, the new one after, never neither. */
    private void swap(List<String> old, String index) {
        List<Action> actions = new ArrayList<>();
        for (String previous : old) {
            actions.add(Action.of(a -> a.remove(r -> r.index(previous).alias(definition.alias()))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(index).alias(definition.alias()))));
        actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(definition.reindexAlias()))));
        cluster.call("move alias " + definition.alias() + " to " + index, client -> client.indices().updateAliases(u -> u.actions(actions)));
    }

    /** Deletes the index a crashed reindex left behind, so that a new reindex can start. */
    public void abandonRunningReindex() {
        for (String index : indices.indicesOf(definition.reindexAlias())) {
            deleteQuietly(index);
        }
    }

    private void deleteQuietly(String index) {
        try {
            cluster.call("delete the unfinished index " + index, client -> client.indices().delete(d -> d.index(index)));
        } catch (RuntimeException e) {
            LOG.warn("could not delete the unfinished index {}: {}", index, e.toString());
        }
    }
}
