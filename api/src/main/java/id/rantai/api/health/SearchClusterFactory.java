package id.rantai.api.health;

import id.rantai.search.cluster.IndexLayout;
import id.rantai.search.cluster.SearchCluster;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The one connection to Elasticsearch, at {@code elasticsearch.url} ({@code ELASTICSEARCH_URL}: one node, or several
 * separated by commas). Indices get {@code rantai.search.shards} primary shards (1) and {@code rantai.search.replicas}
 * replicas each (a number, or an auto-expand range; {@code 0-1}: one wherever a second node exists).
 */
@Factory
class SearchClusterFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SearchCluster searchCluster(@Value("${elasticsearch.url}") String url, @Value("${rantai.search.shards:1}") int shards,
                                @Value("${rantai.search.replicas:0-1}") String replicas) {
        return SearchCluster.connect(url, new IndexLayout(shards, replicas));
    }
}
