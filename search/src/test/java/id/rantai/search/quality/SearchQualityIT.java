package id.rantai.search.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.search.TestCluster;
import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.capability.CapabilityHit;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.capability.CapabilitySearch;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.index.BulkIndexer;
import id.rantai.search.index.SearchIndices;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search quality on a fixed catalogue, {@value #DATA}capabilities.jsonl (358 entries), and two judged query
 * sets: judgments.json (74 queries in Bahasa Indonesia and English: plain words, synonyms, stems, regional
 * words and typos) and judgments-bumn.json (70 queries in the words of BUMN tenders, written and judged before
 * the ranking was tuned on them); see generate_quality_set.py for how they were made.
 *
 * <p>Computes the mean nDCG@10 of the real capability search (Indonesian analysis, synonyms, typo
 * tolerance, boosts) and of a plain {@code multi_match} over the same fields of a second index with the
 * {@code standard} analyzer, prints both per set against the goal, and fails when ours falls below the set's
 * floor ({@link #FLOORS}) or any single query scores more than {@link #WORSE_THAN_PLAIN} below the plain match.
 */
class SearchQualityIT {

    private static final Logger LOG = LoggerFactory.getLogger(SearchQualityIT.class);
    private static final String DATA = "/id/rantai/search/quality/";
    /** The goal of issue 18 on both sets, not reached yet: see docs/benchmarks.md. */
    static final double GOAL = 0.95;
    /**
     * What each set must not fall below until the goal is reached: its measurement with the material, vehicle
     * and fishing-boat synonyms and the lighter typo clause (0.938 and 0.941) minus about 0.01. The BUMN set
     * measured 0.891 before any tuning, 0.926 with the tender synonyms.
     */
    static final Map<String, Double> FLOORS = Map.of("judgments.json", 0.93, "judgments-bumn.json", 0.93);
    /** No query may rank its relevant entries worse than a plain match by more than this. */
    static final double WORSE_THAN_PLAIN = 0.1;
    private static final List<String> SETS = List.of("judgments.json", "judgments-bumn.json");
    private static final int K = 10;

    private static final SearchCluster CLUSTER = TestCluster.shared();
    private static final CapabilityIndex OURS = CapabilityIndex.named(TestCluster.uniqueAlias("quality"));
    private static final String BASELINE = TestCluster.uniqueAlias("quality-standard");
    private static final List<String> FIELDS = List.of("title^3", "products^2", "processes^1.5", "description", "cooperativeName");
    private static final SearchIndices INDICES = new SearchIndices(CLUSTER);

    private static List<CapabilityDocument> catalogue;

    @BeforeAll
    static void indexTheCatalogueTwice() throws IOException {
        ObjectMapper json = CLUSTER.mapper().objectMapper();
        catalogue = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resource("capabilities.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    catalogue.add(json.readValue(line, CapabilityDocument.class));
                }
            }
        }

        INDICES.ensure(OURS);
        assertTrue(new BulkIndexer<>(CLUSTER, OURS).index(catalogue).allSucceeded());
        INDICES.refresh(OURS);

        CLUSTER.call("create the baseline index", c -> c.indices().create(i -> i.index(BASELINE).withJson(new StringReader("""
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
                 "mappings": {"dynamic": false, "properties": {
                   "title": {"type": "text"}, "description": {"type": "text"}, "products": {"type": "text"},
                   "processes": {"type": "text"}, "cooperativeName": {"type": "text"}}}}"""))));
        List<BulkOperation> operations = catalogue.stream()
                .map(doc -> BulkOperation.of(o -> o.index(x -> x.index(BASELINE).id(doc.id()).document(doc)))).toList();
        CLUSTER.call("index the baseline", c -> c.bulk(BulkRequest.of(b -> b.operations(operations).refresh(co.elastic.clients.elasticsearch._types.Refresh.True))));
    }

    @AfterAll
    static void dropIndices() {
        INDICES.drop(OURS);
        CLUSTER.call("drop the baseline", c -> c.indices().delete(d -> d.index(BASELINE)));
    }

    @Test
    void ourSearchReachesTheGoalOnBothSetsAndNoQueryFallsFarBelowAPlainMatch() throws IOException {
        assertTrue(catalogue.size() >= 300, "the catalogue is complete");
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (String set : SETS) {
            List<JudgedQuery> judged;
            try (InputStream in = resource(set)) {
                judged = CLUSTER.mapper().objectMapper().readValue(in, new TypeReference<List<JudgedQuery>>() { });
            }
            assertTrue(judged.size() >= 60, set + " is complete");
            measure(set, judged, report, failures);
        }
        LOG.info("search quality\n{}", report);
        Path out = Path.of("target", "search-quality.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    private static void measure(String set, List<JudgedQuery> judged, StringBuilder report, List<String> failures) {
        CapabilitySearch search = new CapabilitySearch(CLUSTER, OURS);
        Map<String, double[]> byKind = new TreeMap<>();
        report.append(String.format(Locale.ROOT, "%s%n%-4s %-13s %-38s %6s %6s%n", set, "id", "kind", "query", "ours", "plain"));
        double oursTotal = 0;
        double plainTotal = 0;
        for (JudgedQuery query : judged) {
            List<String> ours = search.search(CapabilitySearchRequest.builder().q(query.query()).size(K).build())
                    .items().stream().map(CapabilityHit::id).toList();
            List<String> plain = plainMatch(query.query());
            double o = Ndcg.at(K, ours, query.relevant());
            double p = Ndcg.at(K, plain, query.relevant());
            oursTotal += o;
            plainTotal += p;
            double[] kind = byKind.computeIfAbsent(query.kind() + "/" + query.language(), x -> new double[3]);
            kind[0] += o;
            kind[1] += p;
            kind[2]++;
            report.append(String.format(Locale.ROOT, "%-4s %-13s %-38s %6.3f %6.3f%s%n", query.id(), query.kind(), query.query(), o, p,
                    o < p - WORSE_THAN_PLAIN ? "  << worse than plain" : ""));
            if (o < p - WORSE_THAN_PLAIN) {
                failures.add(String.format(Locale.ROOT, "%s %s \"%s\": %.3f, plain match %.3f", set, query.id(), query.query(), o, p));
            }
        }
        double oursMean = oursTotal / judged.size();
        double plainMean = plainTotal / judged.size();
        report.append(String.format(Locale.ROOT, "%nby kind/language   ours  plain  queries%n"));
        byKind.forEach((kind, v) -> report.append(String.format(Locale.ROOT, "%-18s %6.3f %6.3f %4d%n", kind, v[0] / v[2], v[1] / v[2], (int) v[2])));
        double floor = FLOORS.get(set);
        report.append(String.format(Locale.ROOT, "%n%s: mean nDCG@%d over %d queries, %d entries: ours %.3f, plain match (standard analyzer) %.3f, floor %.2f, goal %.2f%n%n",
                set, K, judged.size(), catalogue.size(), oursMean, plainMean, floor, GOAL));
        if (oursMean < floor) {
            failures.add(String.format(Locale.ROOT, "%s: nDCG@10 %.3f fell below the floor %.2f", set, oursMean, floor));
        }
    }

    private static List<String> plainMatch(String text) {
        var response = CLUSTER.call("plain match", c -> c.search(s -> s.index(BASELINE).size(K)
                .query(q -> q.multiMatch(m -> m.query(text).fields(FIELDS).type(TextQueryType.BestFields))), Void.class));
        return response.hits().hits().stream().map(h -> h.id()).toList();
    }

    private static InputStream resource(String name) {
        InputStream in = SearchQualityIT.class.getResourceAsStream(DATA + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + DATA + name);
        }
        return in;
    }
}
