package id.rantai.search.index;

import static id.rantai.search.capability.Capabilities.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.search.TestCluster;
import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.cluster.SearchCluster;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Outbox replays and out-of-order deliveries leave the index holding the newest version of every row. */
class BulkIndexerIT {

    private static final SearchCluster CLUSTER = TestCluster.shared();
    private static final CapabilityIndex INDEX = CapabilityIndex.named(TestCluster.uniqueAlias("bulk"));
    private static final SearchIndices INDICES = new SearchIndices(CLUSTER);
    private static final BulkIndexer<CapabilityDocument> INDEXER = new BulkIndexer<>(CLUSTER, INDEX);

    @BeforeAll
    static void createIndex() {
        INDICES.ensure(INDEX);
    }

    @AfterAll
    static void dropIndex() {
        INDICES.drop(INDEX);
    }

    @Test
    void anOlderVersionArrivingLateIsIgnoredAndCountedAsStale() {
        assertEquals(1, INDEXER.index(List.of(entry("late").version(5).title("Versi lima").build())).applied());

        BulkOutcome late = INDEXER.index(List.of(entry("late").version(4).title("Versi empat").build()));

        assertTrue(late.allSucceeded(), late.toString());
        assertEquals(0, late.applied());
        assertEquals(1, late.stale());
        assertEquals("Versi lima", stored("late").orElseThrow().title());
    }

    @Test
    void replayingTheSameBatchChangesNothing() {
        List<CapabilityDocument> batch = List.of(entry("replay-a").version(2).build(), entry("replay-b").version(7).build());
        assertEquals(2, INDEXER.index(batch).applied());

        BulkOutcome replay = INDEXER.index(batch);

        assertEquals(new BulkOutcome(0, 2, List.of()), replay);
    }

    @Test
    void aDeleteWinsOverAnOlderUpsertThatComesAfterIt() {
        INDEXER.index(List.of(entry("gone").version(1).build()));

        BulkOutcome outcome = INDEXER.apply(List.of(DocumentChange.delete("gone", 3), DocumentChange.upsert(entry("gone").version(2).build())));

        assertEquals(1, outcome.applied());
        assertEquals(1, outcome.stale());
        assertFalse(stored("gone").isPresent());
    }

    @Test
    void deletingADocumentTheIndexNeverHadSucceeds() {
        assertTrue(INDEXER.apply(List.of(DocumentChange.delete("never-indexed", 1))).allSucceeded());
    }

    @Test
    void aDocumentTheIndexRefusesIsReportedWithoutFailingTheOthers() {
        CapabilityDocument refused = entry("refused").kbli("1".repeat(40_000)).build();

        BulkOutcome outcome = INDEXER.index(List.of(entry("accepted").build(), refused));

        assertEquals(1, outcome.applied());
        assertEquals(1, outcome.failures().size());
        BulkOutcome.ItemFailure failure = outcome.failures().get(0);
        assertEquals("refused", failure.id());
        assertEquals(400, failure.status());
        assertFalse(failure.retryable());
        assertFalse(outcome.hasRetryableFailures());
    }

    @Test
    void largeBatchesAreSplitIntoSeveralRequests() {
        List<CapabilityDocument> many = java.util.stream.IntStream.range(0, BulkIndexer.BATCH * 2 + 17)
                .mapToObj(i -> entry("many-" + i).build()).toList();

        assertEquals(many.size(), INDEXER.index(many).applied());
    }

    private static Optional<CapabilityDocument> stored(String id) {
        var response = CLUSTER.call("get", c -> c.get(g -> g.index(INDEX.alias()).id(id), CapabilityDocument.class));
        return response.found() ? Optional.of(response.source()) : Optional.empty();
    }
}
