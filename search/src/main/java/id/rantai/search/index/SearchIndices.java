package id.rantai.search.index;

import co.elastic.clients.elasticsearch.indices.Alias;
import co.elastic.clients.json.JsonData;
import id.rantai.search.cluster.IndexLayout;
import id.rantai.search.cluster.SearchCluster;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.elasticsearch.client.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates, inspects and removes the concrete indices behind the aliases of {@link IndexDefinition}s. */
public final class SearchIndices {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndices.class);

    private final SearchCluster cluster;
    private final Clock clock;

    public SearchIndices(SearchCluster cluster, Clock clock) {
        this.cluster = cluster;
        this.clock = clock;
    }

    public SearchIndices(SearchCluster cluster) {
        this(cluster, Clock.systemUTC());
    }

    /**
     * Makes sure the alias points at an index: creates {@code <alias>-v<timestamp>} with the alias when
     * there is none (the node does not auto-create indices, and an auto-created one would have the wrong
     * mapping), otherwise gives the existing index the replicas of the cluster's {@link IndexLayout} and reports
     * whether it matches the definition. Safe to call from several application instances at once: if two create
     * an index, the newer one is removed again.
     */
    public IndexStatus ensure(IndexDefinition<?> definition) {
        List<String> current = indicesOf(definition.alias());
        if (!current.isEmpty()) {
            String index = current.get(0);
            applyReplicas(index);
            return new IndexStatus(definition.alias(), index,
                    definition.fingerprint().equals(fingerprintOf(index).orElse(null)) ? IndexStatus.State.CURRENT : IndexStatus.State.OUTDATED);
        }
        boolean takenByAnIndex = cluster.call("check " + definition.alias(),
                client -> client.indices().exists(e -> e.index(definition.alias())).value());
        if (takenByAnIndex) {
            throw new IllegalStateException("'" + definition.alias() + "' is a concrete index, not an alias: delete it or "
                    + "reindex it into a versioned index behind the alias");
        }
        String index = definition.newIndexName(clock);
        create(definition, index, definition.alias());
        List<String> after = indicesOf(definition.alias());
        // another instance may have created its own index in the same moment: the oldest name wins
        for (String loser : after.subList(1, after.size())) {
            cluster.call("remove the duplicate " + loser, client -> client.indices().delete(d -> d.index(loser)));
        }
        LOG.info("created search index {} behind alias {}", after.get(0), definition.alias());
        return new IndexStatus(definition.alias(), after.get(0), after.get(0).equals(index) ? IndexStatus.State.CREATED : IndexStatus.State.CURRENT);
    }

    /** Replicas are a dynamic setting: a changed layout reaches an existing index without a reindex. */
    private void applyReplicas(String index) {
        Request request = new Request("PUT", "/" + index + "/_settings");
        request.setJsonEntity("{\"index\":" + cluster.layout().replicaSettingsJson() + "}");
        cluster.perform("set the replicas of " + index, request);
    }

    /** Creates {@code index} from the definition and the cluster's layout, with {@code alias} pointing at it in the same request. */
    void create(IndexDefinition<?> definition, String index, String alias) {
        cluster.call("create index " + index, client -> client.indices().create(c -> c
                .withJson(new StringReader(definition.createIndexBody(cluster.layout())))
                .index(index)
                .aliases(alias, Alias.of(a -> a))));
    }

    /** The concrete indices the alias points at, oldest first; empty when the alias does not exist. */
    public List<String> indicesOf(String alias) {
        boolean exists = cluster.call("look up alias " + alias, client -> client.indices().existsAlias(a -> a.name(alias)).value());
        if (!exists) {
            return List.of();
        }
        Map<String, ?> byIndex = cluster.call("look up alias " + alias, client -> client.indices().getAlias(a -> a.name(alias)).result());
        List<String> indices = new ArrayList<>(byIndex.keySet());
        indices.sort(null);
        return indices;
    }

    /** The fingerprint of the definition an index was created from, if it carries one. */
    public Optional<String> fingerprintOf(String index) {
        var mapping = cluster.call("read the mapping of " + index, client -> client.indices().getMapping(m -> m.index(index)).get(index));
        if (mapping == null || mapping.mappings() == null) {
            return Optional.empty();
        }
        JsonData definition = mapping.mappings().meta().get("definition");
        return Optional.ofNullable(definition).map(d -> d.to(String.class));
    }

    /** Makes everything written so far searchable (tests; production relies on the refresh interval). */
    public void refresh(IndexDefinition<?> definition) {
        cluster.call("refresh " + definition.alias(), client -> client.indices().refresh(r -> r.index(definition.alias())));
    }

    /** Deletes every concrete index of the definition and with them its aliases (tests, benchmarks). */
    public void drop(IndexDefinition<?> definition) {
        List<String> owned = cluster.call("list indices of " + definition.alias(),
                client -> client.indices().get(g -> g.index(definition.alias() + "-v*")).result().keySet())
                .stream().filter(definition::owns).toList();
        if (!owned.isEmpty()) {
            cluster.call("delete indices of " + definition.alias(), client -> client.indices().delete(d -> d.index(owned)));
        }
    }
}
