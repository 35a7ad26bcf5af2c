package id.rantai.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.geo.GeoLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The query mix of the benchmark: the texts of the judged quality set (typed by people in Bahasa Indonesia
 * and English, with typos), as plain searches and, in turn, with a province filter, a certification
 * filter, or a 100 km radius with distance sort. Every request counts the three facets, as the api does.
 * The mix is written as the api's query parameters, so that a benchmark of the api and one of the search
 * module send the same searches.
 */
public final class BenchmarkQueries {

    private static final String JUDGMENTS = "/id/rantai/search/quality/judgments.json";
    private static final List<String> PROVINCES = List.of("ID-JT", "ID-JI", "ID-SA", "ID-AC", "ID-JB", "ID-SN");
    private static final List<GeoLocation> PLACES = List.of(new GeoLocation(-6.97, 110.42), new GeoLocation(1.47, 124.84),
            new GeoLocation(-7.25, 112.75), new GeoLocation(5.55, 95.32));

    private BenchmarkQueries() {
    }

    public static List<String> texts() {
        try (InputStream in = BenchmarkQueries.class.getResourceAsStream(JUDGMENTS)) {
            List<String> texts = new ArrayList<>();
            for (JsonNode query : new ObjectMapper().readTree(in)) {
                texts.add(query.path("query").asText());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mix as query parameters of {@code GET /api/search/capabilities}. */
    public static List<Map<String, List<String>>> parameters() {
        List<Map<String, List<String>>> all = new ArrayList<>();
        List<String> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            parameters.put("q", List.of(texts.get(i)));
            switch (i % 4) {
                case 1 -> parameters.put("province", List.of(PROVINCES.get(i % PROVINCES.size())));
                case 2 -> parameters.put("certification", List.of("SNI"));
                case 3 -> {
                    GeoLocation place = PLACES.get(i % PLACES.size());
                    parameters.put("near", List.of(place.lat() + "," + place.lon()));
                    parameters.put("radiusKm", List.of("100"));
                    parameters.put("sort", List.of("distance"));
                }
                default -> { }
            }
            all.add(parameters);
        }
        return all;
    }

    /** The mix as the search module takes it, read from the parameters the way the api reads them. */
    public static List<CapabilitySearchRequest> requests() {
        return parameters().stream().map(CapabilitySearchRequest::fromParameters).toList();
    }

    /** {@code parameters} as a URL query string, values URL-encoded. */
    public static String queryString(Map<String, List<String>> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return query.toString();
    }
}
