package id.rantai.search.index;

import static id.rantai.search.capability.Capabilities.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.search.TestCluster;
import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.capability.CapabilityHit;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.capability.CapabilitySearch;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.query.SearchResults;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Creating, recognising and rebuilding indices behind their alias. */
class ReindexIT {

    private static final SearchCluster CLUSTER = TestCluster.shared();
    private static final SearchIndices INDICES = new SearchIndices(CLUSTER);

    @Test
    void ensureCreatesAVersionedIndexBehindTheAliasOnceAndThenFindsItCurrent() {
        CapabilityIndex index = CapabilityIndex.named(TestCluster.uniqueAlias("ensure"));
        try {
            IndexStatus created = INDICES.ensure(index);
            IndexStatus again = INDICES.ensure(index);

            assertEquals(IndexStatus.State.CREATED, created.state());
            assertTrue(index.owns(created.index()), created.index());
            assertEquals(new IndexStatus(index.alias(), created.index(), IndexStatus.State.CURRENT), again);
            assertEquals(List.of(created.index()), INDICES.indicesOf(index.alias()));
        } finally {
            INDICES.drop(index);
        }
    }

    @Test
    void anIndexBuiltFromAnotherDefinitionIsReportedOutdated() {
        CapabilityIndex index = CapabilityIndex.named(TestCluster.uniqueAlias("outdated"));
        String old = index.alias() + "-v1";
        try {
            CLUSTER.call("create an old index", c -> c.indices().create(i -> i.index(old)
                    .withJson(new StringReader("{\"mappings\": {\"_meta\": {\"definition\": \"0123456789abcdef\"}}}"))
                    .aliases(index.alias(), a -> a)));

            assertEquals(IndexStatus.State.OUTDATED, INDICES.ensure(index).state());
        } finally {
            CLUSTER.call("clean up", c -> c.indices().delete(d -> d.index(old)));
        }
    }

    @Test
    void searchesKeepWorkingWhileTheIndexIsRebuiltAndSwapped() throws Exception {
        CapabilityIndex index = CapabilityIndex.named(TestCluster.uniqueAlias("swap"));
        CapabilitySearch search = new CapabilitySearch(CLUSTER, index);
        try {
            String first = INDICES.ensure(index).index();
            new BulkIndexer<>(CLUSTER, index).index(catalogue(1, 300));
            INDICES.refresh(index);

            AtomicBoolean reindexing = new AtomicBoolean(true);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicInteger searches = new AtomicInteger();
            AtomicInteger emptyAnswers = new AtomicInteger();
            Thread searcher = new Thread(() -> {
                while (reindexing.get() || searches.get() < 20) {
                    try {
                        SearchResults<CapabilityHit> results = search.search(CapabilitySearchRequest.builder().q("sabut kelapa").build());
                        if (results.total() == 0) {
                            emptyAnswers.incrementAndGet();
                        }
                        searches.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            searcher.start();
            List<ReindexProgress> progress = new CopyOnWriteArrayList<>();
            ReindexReport report = new Reindexer<>(CLUSTER, index).reindex(catalogue(2, 3_000).stream(), 3_000, progress::add);
            reindexing.set(false);
            searcher.join();

            assertEquals(List.of(), failures, "no search failed during the reindex");
            assertEquals(0, emptyAnswers.get(), "no search found nothing during the reindex");
            assertTrue(searches.get() >= 20);
            assertEquals(List.of(report.index()), INDICES.indicesOf(index.alias()));
            assertNotEquals(first, report.index());
            assertEquals(List.of(first), report.replaced());
            boolean oldExists = CLUSTER.call("old index", c -> c.indices().exists(e -> e.index(first)).value());
            assertFalse(oldExists, "the replaced index is deleted");
            assertEquals(3_000, search.search(CapabilitySearchRequest.builder().q("sabut kelapa").build()).total());
            assertEquals(ReindexProgress.Phase.CREATED, progress.get(0).phase());
            assertEquals(ReindexProgress.Phase.DONE, progress.get(progress.size() - 1).phase());
            assertEquals(1.0, progress.get(progress.size() - 1).fraction());
            assertTrue(progress.stream().filter(p -> p.phase() == ReindexProgress.Phase.INDEXING).count() >= 3, "progress after every batch");
        } finally {
            INDICES.drop(index);
        }
    }

    @Test
    void aChangeWrittenDuringTheReindexIsInTheNewIndexEvenIfTheSnapshotHadAnOlderCopy() {
        CapabilityIndex index = CapabilityIndex.named(TestCluster.uniqueAlias("dual"));
        BulkIndexer<CapabilityDocument> outbox = new BulkIndexer<>(CLUSTER, index);
        try {
            INDICES.ensure(index);
            outbox.index(List.of(entry("changing").version(1).title("Judul lama").build()));
            AtomicBoolean written = new AtomicBoolean();
            // the snapshot was read before the change; the outbox delivers the change while the reindex runs
            Stream<CapabilityDocument> snapshot = Stream.of(entry("changing").version(1).title("Judul lama").build(), entry("other").build())
                    .peek(doc -> {
                        if (written.compareAndSet(false, true)) {
                            assertTrue(outbox.index(List.of(entry("changing").version(2).title("Judul baru").build())).allSucceeded());
                        }
                    });

            ReindexReport report = new Reindexer<>(CLUSTER, index).reindex(snapshot, 2, p -> { });

            var stored = CLUSTER.call("get", c -> c.get(g -> g.index(index.alias()).id("changing"), CapabilityDocument.class));
            assertEquals("Judul baru", stored.source().title());
            assertEquals(1, report.stale(), "the snapshot's older copy lost to the outbox's newer one");
            assertEquals(List.of(), INDICES.indicesOf(index.reindexAlias()), "the reindex alias is gone after the swap");
        } finally {
            INDICES.drop(index);
        }
    }

    @Test
    void aFailedReindexLeavesTheOldIndexInPlace() {
        CapabilityIndex index = CapabilityIndex.named(TestCluster.uniqueAlias("failed"));
        try {
            String first = INDICES.ensure(index).index();
            Stream<CapabilityDocument> broken = Stream.of(entry("fine").build(), entry("broken").kbli("9".repeat(40_000)).build());

            ReindexFailedException failed = assertThrows(ReindexFailedException.class,
                    () -> new Reindexer<>(CLUSTER, index).reindex(broken, 2, p -> { }));

            assertEquals("broken", failed.failures().get(0).id());
            assertEquals(List.of(first), INDICES.indicesOf(index.alias()));
            assertEquals(List.of(), INDICES.indicesOf(index.reindexAlias()));
        } finally {
            INDICES.drop(index);
        }
    }

    @Test
    void aSecondReindexWhileOneRunsIsRefused() {
        CapabilityIndex index = CapabilityIndex.named(TestCluster.uniqueAlias("twice"));
        Reindexer<CapabilityDocument> reindexer = new Reindexer<>(CLUSTER, index);
        try {
            INDICES.ensure(index);
            Stream<CapabilityDocument> slow = Stream.of(entry("a").build()).peek(doc ->
                    assertThrows(IllegalStateException.class, () -> reindexer.reindex(Stream.empty(), 0, p -> { })));

            reindexer.reindex(slow, 1, p -> { });
        } finally {
            INDICES.drop(index);
        }
    }

    private static List<CapabilityDocument> catalogue(long version, int size) {
        List<CapabilityDocument> docs = new ArrayList<>();
        IntStream.range(0, size).forEach(i -> docs.add(entry("coir-" + i).version(version).title("Sabut kelapa nomor " + i).build()));
        return docs;
    }
}
