package id.rantai.search;

import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.capability.CapabilityIndex;
import id.rantai.search.capability.CapabilitySearch;
import id.rantai.search.capability.LotCandidates;
import id.rantai.search.cluster.SearchCluster;
import id.rantai.search.demand.DemandDocument;
import id.rantai.search.demand.DemandIndex;
import id.rantai.search.demand.DemandSearch;
import id.rantai.search.demand.RecommendedDemands;
import id.rantai.search.facility.FacilityDocument;
import id.rantai.search.facility.FacilityIndex;
import id.rantai.search.facility.FacilitySearch;
import id.rantai.search.index.BulkIndexer;
import id.rantai.search.index.IndexDefinition;
import id.rantai.search.index.IndexStatus;
import id.rantai.search.index.Reindexer;
import id.rantai.search.index.SearchIndices;
import id.rantai.search.suggest.Suggestions;
import java.util.List;

/**
 * Rantai's search projection of PostgreSQL, assembled: the three indices and everything that writes to or
 * reads from them, over one {@link SearchCluster}. The api creates one at startup, calls
 * {@link #ensureIndices()}, and hands the parts to its outbox indexer, reindex command and search resources.
 */
public final class SearchProjection {

    private final SearchCluster cluster;
    private final CapabilityIndex capabilityIndex;
    private final DemandIndex demandIndex;
    private final FacilityIndex facilityIndex;

    public SearchProjection(SearchCluster cluster, CapabilityIndex capabilityIndex, DemandIndex demandIndex, FacilityIndex facilityIndex) {
        this.cluster = cluster;
        this.capabilityIndex = capabilityIndex;
        this.demandIndex = demandIndex;
        this.facilityIndex = facilityIndex;
    }

    /** The indices under their standard aliases: {@code capabilities}, {@code demands}, {@code facilities}. */
    public static SearchProjection standard(SearchCluster cluster) {
        return new SearchProjection(cluster, CapabilityIndex.standard(), DemandIndex.standard(), FacilityIndex.standard());
    }

    /** The same indices under {@code prefix}-ed aliases ({@code test-capabilities}, ...), for tests sharing a node. */
    public static SearchProjection prefixed(SearchCluster cluster, String prefix) {
        return new SearchProjection(cluster, CapabilityIndex.named(prefix + CapabilityIndex.DEFAULT_ALIAS),
                DemandIndex.named(prefix + DemandIndex.DEFAULT_ALIAS), FacilityIndex.named(prefix + FacilityIndex.DEFAULT_ALIAS));
    }

    public List<IndexDefinition<?>> definitions() {
        return List.of(capabilityIndex, demandIndex, facilityIndex);
    }

    /** Creates missing indices; reports for each whether it is current or wants a reindex (state OUTDATED). */
    public List<IndexStatus> ensureIndices() {
        SearchIndices indices = new SearchIndices(cluster);
        return definitions().stream().map(indices::ensure).toList();
    }

    public SearchCluster cluster() {
        return cluster;
    }

    public CapabilityIndex capabilityIndex() {
        return capabilityIndex;
    }

    public DemandIndex demandIndex() {
        return demandIndex;
    }

    public FacilityIndex facilityIndex() {
        return facilityIndex;
    }

    public BulkIndexer<CapabilityDocument> capabilityIndexer() {
        return new BulkIndexer<>(cluster, capabilityIndex);
    }

    public BulkIndexer<DemandDocument> demandIndexer() {
        return new BulkIndexer<>(cluster, demandIndex);
    }

    public BulkIndexer<FacilityDocument> facilityIndexer() {
        return new BulkIndexer<>(cluster, facilityIndex);
    }

    public Reindexer<CapabilityDocument> capabilityReindexer() {
        return new Reindexer<>(cluster, capabilityIndex);
    }

    public Reindexer<DemandDocument> demandReindexer() {
        return new Reindexer<>(cluster, demandIndex);
    }

    public Reindexer<FacilityDocument> facilityReindexer() {
        return new Reindexer<>(cluster, facilityIndex);
    }

    public CapabilitySearch capabilities() {
        return new CapabilitySearch(cluster, capabilityIndex);
    }

    public DemandSearch demands() {
        return new DemandSearch(cluster, demandIndex);
    }

    public FacilitySearch facilities() {
        return new FacilitySearch(cluster, facilityIndex);
    }

    public LotCandidates candidates() {
        return new LotCandidates(cluster, capabilityIndex);
    }

    public RecommendedDemands recommendedDemands() {
        return new RecommendedDemands(cluster, demandIndex, capabilityIndex);
    }

    public Suggestions suggestions() {
        return new Suggestions(cluster, capabilityIndex, demandIndex);
    }
}
