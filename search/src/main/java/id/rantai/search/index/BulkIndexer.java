package id.rantai.search.index;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import id.rantai.search.cluster.SearchCluster;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes document changes into an index in bulk, idempotently: each change carries its PostgreSQL row
 * version as Elasticsearch's external version ({@code version_type=external}), so a replayed or late
 * change that is not newer than what the index holds is rejected with 409 and counted as
 * {@linkplain BulkOutcome#stale() stale}, never as a failure. The outbox may therefore deliver at least
 * once and in any order.
 *
 * <p>While a reindex runs, every change is also written into the index being built (found through
 * {@link IndexDefinition#reindexAlias()}), so the new index misses nothing committed during the reindex.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/docs-index_.html#index-versioning">external versioning</a>
 */
public final class BulkIndexer<D extends SearchDocument> {

    /** Changes per bulk request: about 1–5 MB of catalogue entries, the size Elastic recommends starting from. */
    static final int BATCH = 1_000;
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    private final SearchCluster cluster;
    private final IndexDefinition<D> index;

    public BulkIndexer(SearchCluster cluster, IndexDefinition<D> index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** Writes {@code documents}, each at its own version. */
    public BulkOutcome index(List<D> documents) {
        return apply(documents.stream().map(DocumentChange::upsert).toList());
    }

    /** Applies upserts and deletes in the order given. */
    public BulkOutcome apply(List<DocumentChange<D>> changes) {
        if (changes.isEmpty()) {
            return BulkOutcome.empty();
        }
        boolean reindexing = cluster.call("look for a running reindex of " + index.alias(),
                client -> client.indices().existsAlias(a -> a.name(index.reindexAlias())).value());
        List<String> targets = reindexing ? List.of(index.alias(), index.reindexAlias()) : List.of(index.alias());
        return write(targets, changes);
    }

    /** Writes into exactly {@code targets}; the first is the one whose results are counted. */
    BulkOutcome write(List<String> targets, List<DocumentChange<D>> changes) {
        BulkOutcome outcome = BulkOutcome.empty();
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<DocumentChange<D>> batch = changes.subList(from, Math.min(changes.size(), from + BATCH));
            outcome = outcome.plus(writeBatch(targets, batch));
        }
        return outcome;
    }

    private BulkOutcome writeBatch(List<String> targets, List<DocumentChange<D>> batch) {
        List<BulkOperation> operations = new ArrayList<>(batch.size() * targets.size());
        for (DocumentChange<D> change : batch) {
            for (String target : targets) {
                operations.add(operation(target, change));
            }
        }
        BulkResponse response = cluster.call("bulk write to " + index.alias(),
                client -> client.bulk(BulkRequest.of(b -> b.operations(operations))));
        int applied = 0;
        int stale = 0;
        List<BulkOutcome.ItemFailure> failures = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            boolean counted = i % targets.size() == 0;
            ErrorCause error = item.error();
            if (error == null) {
                applied += counted ? 1 : 0;
            } else if (item.status() == 409 && VERSION_CONFLICT.equals(error.type())) {
                stale += counted ? 1 : 0;
            } else {
                failures.add(new BulkOutcome.ItemFailure(item.id(), item.index(), item.status(), error.type(), error.reason(),
                        item.status() == 429 || item.status() >= 500));
            }
        }
        return new BulkOutcome(applied, stale, failures);
    }

    private static <D extends SearchDocument> BulkOperation operation(String target, DocumentChange<D> change) {
        if (change instanceof DocumentChange.Upsert<D> upsert) {
            return BulkOperation.of(op -> op.index(i -> i.index(target).id(upsert.id())
                    .version(upsert.version()).versionType(VersionType.External).document(upsert.document())));
        }
        return BulkOperation.of(op -> op.delete(d -> d.index(target).id(change.id())
                .version(change.version()).versionType(VersionType.External)));
    }
}
