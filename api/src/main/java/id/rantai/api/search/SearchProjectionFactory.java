package id.rantai.api.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.rantai.search.SearchProjection;
import id.rantai.search.cluster.SearchCluster;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The search projection over the application's one cluster connection, and the JSON writer for its answers. */
@Factory
class SearchProjectionFactory {

    @Singleton
    SearchProjection searchProjection(SearchCluster cluster) {
        return SearchProjection.standard(cluster);
    }

    /** The search module's records are plain Jackson records (not Micronaut-serialised): written with Jackson. */
    @Singleton
    @Named("search")
    ObjectMapper searchJson() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }
}
