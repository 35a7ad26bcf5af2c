package id.rantai.api.health;

import id.rantai.search.cluster.SearchCluster;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The one connection to Elasticsearch, at {@code elasticsearch.url} ({@code ELASTICSEARCH_URL}). */
@Factory
class SearchClusterFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SearchCluster searchCluster(@Value("${elasticsearch.url}") String url) {
        return SearchCluster.connect(url);
    }
}
