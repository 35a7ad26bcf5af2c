package id.rantai.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.infra.local.LocalServices;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin zip this module has just packaged, installed into a real Elasticsearch 8.19 node (started by
 * {@link LocalServices}, which installs the zip named in {@code rantai.elasticsearch.plugin}): the node
 * loads it, {@code _analyze} runs each component, and an index built from the filters finds a product by
 * a synonym, by a stem and by a prefix.
 */
class AnalysisPluginIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]*)\"");
    private static final Pattern HIT_ID = Pattern.compile("\"_id\":\"([^\"]*)\"");
    private static final String INDEX = "analysis-id-it-" + Long.toHexString(System.nanoTime());

    /** Index-time and search-time chains as the search module would declare them. */
    private static final String CATALOGUE_INDEX = """
            {
              "settings": {
                "number_of_replicas": 0,
                "analysis": {
                  "filter": {
                    "product_synonyms": {
                      "type": "id_synonym",
                      "synonyms": ["sabut kelapa, serabut kelapa, coconut fibre, coir", "mebel, furnitur, furniture"]
                    },
                    "prefixes": { "type": "id_edge_ngram", "min_gram": 2, "max_gram": 15 }
                  },
                  "analyzer": {
                    "text_index": { "type": "custom", "tokenizer": "standard",
                                    "filter": ["lowercase", "id_folding", "id_stop", "id_stem"] },
                    "text_search": { "type": "custom", "tokenizer": "standard",
                                     "filter": ["lowercase", "id_folding", "product_synonyms", "id_stop", "id_stem"] },
                    "prefix_index": { "type": "custom", "tokenizer": "standard",
                                      "filter": ["lowercase", "id_folding", "prefixes"] },
                    "prefix_search": { "type": "custom", "tokenizer": "standard", "filter": ["lowercase", "id_folding"] }
                  }
                }
              },
              "mappings": {
                "properties": {
                  "name": { "type": "text", "analyzer": "text_index", "search_analyzer": "text_search",
                            "fields": { "prefix": { "type": "text", "analyzer": "prefix_index", "search_analyzer": "prefix_search" } } },
                  "description": { "type": "text", "analyzer": "id_indonesian" }
                }
              }
            }
            """;

    private static String elasticsearch;

    @BeforeAll
    static void createCatalogue() throws Exception {
        // one node of the cluster (several with RANTAI_ELASTICSEARCH_NODES): each answers for all
        elasticsearch = LocalServices.shared().elasticsearch().nodeUrls().get(0);
        assertStatus(200, send("PUT", "/" + INDEX, CATALOGUE_INDEX));
        assertStatus(201, send("PUT", "/" + INDEX + "/_doc/sabut", """
                {"name": "Sabut Kelapa Minahasa untuk ekspor", "description": "Pengiriman ke seluruh Indonesia dari Bitung"}
                """));
        assertStatus(201, send("PUT", "/" + INDEX + "/_doc/kopi?refresh=true", """
                {"name": "Kopi Gayo Açeh", "description": "Pengemasan vakum oleh koperasi petani"}
                """));
    }

    @AfterAll
    static void deleteCatalogue() throws Exception {
        if (elasticsearch != null) {
            send("DELETE", "/" + INDEX, null);
        }
    }

    @Test
    void theNodeLoadsThePlugin() throws Exception {
        HttpResponse<String> plugins = send("GET", "/_cat/plugins?h=component", null);

        assertStatus(200, plugins);
        assertTrue(plugins.body().contains("analysis-id"), plugins.body());
    }

    @Test
    void idStemRestoresTheRootThatTheNasalPrefixHid() throws Exception {
        assertEquals(List.of("kirim", "pasok", "kemas", "kelapa"),
                analyze("{\"tokenizer\": \"standard\", \"filter\": [\"lowercase\", \"id_stem\"], "
                        + "\"text\": \"Pengiriman pemasok pengemasan kelapa\"}"));
    }

    @Test
    void idFoldingAndIdStopCleanUpFreeText() throws Exception {
        assertEquals(List.of("kopi", "gayo", "aceh", "ekspor"),
                analyze("{\"tokenizer\": \"standard\", \"filter\": [\"lowercase\", \"id_folding\", \"id_stop\"], "
                        + "\"text\": \"Kopi Gayo Açeh untuk ekspor dan yang lain\"}"));
    }

    @Test
    void idSynonymAddsTheOtherNamesOfAProduct() throws Exception {
        List<String> tokens = analyze("{\"tokenizer\": \"standard\", \"filter\": [\"lowercase\", "
                + "{\"type\": \"id_synonym\", \"synonyms\": [\"sabut kelapa, serabut kelapa, coconut fibre, coir\"]}], "
                + "\"text\": \"coir\"}");

        assertTrue(tokens.containsAll(List.of("sabut", "kelapa", "serabut", "coconut", "fibre", "coir")), tokens.toString());
    }

    @Test
    void idEdgeNgramIndexesLeadingCharacters() throws Exception {
        assertEquals(List.of("me", "meb", "mebe", "mebel"),
                analyze("{\"tokenizer\": \"standard\", \"filter\": [\"lowercase\", \"id_edge_ngram\"], \"text\": \"Mebel\"}"));
    }

    @Test
    void idIndonesianAnalyzesWithoutSettings() throws Exception {
        assertEquals(List.of("kirim", "sabut", "kelapa", "ekspor", "aceh"),
                analyze("{\"analyzer\": \"id_indonesian\", \"text\": \"Pengiriman sabut kelapa untuk ekspor dari Açeh\"}"));
    }

    @Test
    void anEnglishSearchFindsTheIndonesianProductBySynonym() throws Exception {
        assertEquals(List.of("sabut"), search("{\"match\": {\"name\": \"coir\"}}"));
        assertEquals(List.of("sabut"), search("{\"match\": {\"name\": {\"query\": \"coconut fibre\", \"operator\": \"and\"}}}"));
    }

    @Test
    void aSearchWithoutAccentsFindsTheAccentedName() throws Exception {
        assertEquals(List.of("kopi"), search("{\"match\": {\"name\": {\"query\": \"kopi aceh\", \"operator\": \"and\"}}}"));
    }

    @Test
    void aRootFindsItsDerivedForms() throws Exception {
        assertEquals(List.of("sabut"), search("{\"match\": {\"description\": \"kirim\"}}"));
        assertEquals(List.of("kopi"), search("{\"match\": {\"description\": \"kemasan\"}}"));
    }

    @Test
    void theFirstLettersOfANameFindIt() throws Exception {
        assertEquals(List.of("sabut"), search("{\"match\": {\"name.prefix\": \"mina\"}}"));
    }

    @Test
    void synonymsAreRefusedInAnIndexAnalyzer() throws Exception {
        HttpResponse<String> refused = send("PUT", "/" + INDEX + "-refused", """
                {
                  "settings": { "analysis": {
                    "filter": { "s": { "type": "id_synonym", "synonyms": ["coir, sabut kelapa"] } },
                    "analyzer": { "wrong": { "type": "custom", "tokenizer": "standard", "filter": ["lowercase", "s"] } } } },
                  "mappings": { "properties": { "name": { "type": "text", "analyzer": "wrong" } } }
                }
                """);

        assertStatus(400, refused);
        assertTrue(refused.body().contains("not allowed to run in index time mode"), refused.body());
    }

    private static List<String> analyze(String request) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/_analyze", request);
        assertStatus(200, response);
        return all(TOKEN, response.body());
    }

    private static List<String> search(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", "/" + INDEX + "/_search?filter_path=hits.hits._id",
                "{\"query\": " + query + "}");
        assertStatus(200, response);
        return all(HIT_ID, response.body());
    }

    private static List<String> all(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(elasticsearch + path)).timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertStatus(int expected, HttpResponse<String> response) {
        assertEquals(expected, response.statusCode(),
                () -> response.request().method().toUpperCase(Locale.ROOT) + " " + response.uri() + ": " + response.body());
    }
}
