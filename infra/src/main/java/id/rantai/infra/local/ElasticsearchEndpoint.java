package id.rantai.infra.local;

/** Where an Elasticsearch node answers over HTTP, e.g. {@code http://127.0.0.1:9200}. */
public record ElasticsearchEndpoint(String url) {
}
