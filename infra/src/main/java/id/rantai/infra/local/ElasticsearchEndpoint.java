package id.rantai.infra.local;

import java.util.Arrays;
import java.util.List;

/**
 * Where Elasticsearch answers over HTTP: one node ({@code http://127.0.0.1:9200}) or several separated by commas,
 * the form {@code ELASTICSEARCH_URL} takes.
 */
public record ElasticsearchEndpoint(String url) {

    /** Each node's URL. */
    public List<String> nodeUrls() {
        return Arrays.stream(url.split(",")).map(String::trim).filter(u -> !u.isEmpty()).toList();
    }
}
