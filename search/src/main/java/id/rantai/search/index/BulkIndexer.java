package id.rantai.search.index;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.search.cluster.SearchCluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;

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
 * <p>The bulk body is written here, with the same Jackson mapper the typed client uses for documents, and
 * sent through the low-level client with {@code filter_path} keeping only each item's id, status and
 * error. Measured on 100,000 catalogue entries, the typed client's bulk request and response handling
 * cost 16–17 ms of client CPU per 1,000 documents against 6–7 ms for this, and on a machine where the
 * node shares the cores that was a third of the indexing throughput.
 *
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/reference/8.19/docs-index_.html#index-versioning">external versioning</a>
 */
public final class BulkIndexer<D extends SearchDocument> {

    /** Changes per bulk request: about 1–5 MB of catalogue entries, the size Elastic recommends starting from. */
    static final int BATCH = 1_000;
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    private static final String ONLY_OUTCOMES = "errors,items.*._id,items.*._index,items.*.status,items.*.error.type,items.*.error.reason";
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    private final SearchCluster cluster;
    private final IndexDefinition<D> index;
    private final ObjectMapper json;

    public BulkIndexer(SearchCluster cluster, IndexDefinition<D> index) {
        this.cluster = cluster;
        this.index = index;
        this.json = cluster.mapper().objectMapper();
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
        Request request = new Request("POST", "/_bulk");
        request.addParameter("filter_path", ONLY_OUTCOMES);
        request.setEntity(new NByteArrayEntity(body(targets, batch), NDJSON));
        Response response = cluster.perform("bulk write to " + index.alias(), request);
        JsonNode items;
        try (InputStream in = response.getEntity().getContent()) {
            items = json.readTree(in).path("items");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bulk response of " + index.alias(), e);
        }
        int applied = 0;
        int stale = 0;
        List<BulkOutcome.ItemFailure> failures = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Iterator<JsonNode> operation = items.get(i).elements();
            JsonNode item = operation.hasNext() ? operation.next() : items.get(i);
            boolean counted = i % targets.size() == 0;
            int status = item.path("status").asInt();
            JsonNode error = item.path("error");
            if (error.isMissingNode()) {
                applied += counted ? 1 : 0;
            } else if (status == 409 && VERSION_CONFLICT.equals(error.path("type").asText())) {
                stale += counted ? 1 : 0;
            } else {
                failures.add(new BulkOutcome.ItemFailure(item.path("_id").asText(), item.path("_index").asText(), status,
                        error.path("type").asText(), error.path("reason").asText(), status == 429 || status >= 500));
            }
        }
        return new BulkOutcome(applied, stale, failures);
    }

    /** The NDJSON body: an action line per change and target, followed by the document for upserts. */
    private byte[] body(List<String> targets, List<DocumentChange<D>> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * targets.size() * 1_500);
        try {
            for (DocumentChange<D> change : batch) {
                byte[] document = change instanceof DocumentChange.Upsert<D> upsert ? json.writeValueAsBytes(upsert.document()) : null;
                for (String target : targets) {
                    try (JsonGenerator action = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                        action.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                        action.writeStartObject();
                        action.writeObjectFieldStart(document != null ? "index" : "delete");
                        action.writeStringField("_index", target);
                        action.writeStringField("_id", change.id());
                        action.writeNumberField("version", change.version());
                        action.writeStringField("version_type", "external");
                        action.writeEndObject();
                        action.writeEndObject();
                    }
                    out.write('\n');
                    if (document != null) {
                        out.write(document);
                        out.write('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bulk body for " + index.alias(), e);
        }
        return out.toByteArray();
    }
}
