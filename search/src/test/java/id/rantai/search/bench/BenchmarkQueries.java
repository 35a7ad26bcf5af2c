package id.rantai.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.capability.CapabilitySort;
import id.rantai.search.geo.GeoLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The query mix of the benchmark: the texts of the judged quality set (typed by people in Bahasa Indonesia
 * and English, with typos), as plain searches and, in turn, with a province filter, a certification
 * filter, or a 100 km radius with distance sort. Every request counts the three facets, as the api does.
 */
final class BenchmarkQueries {

    private static final String JUDGMENTS = "/id/rantai/search/quality/judgments.json";
    private static final List<String> PROVINCES = List.of("ID-JT", "ID-JI", "ID-SA", "ID-AC", "ID-JB", "ID-SN");
    private static final List<GeoLocation> PLACES = List.of(new GeoLocation(-6.97, 110.42), new GeoLocation(1.47, 124.84),
            new GeoLocation(-7.25, 112.75), new GeoLocation(5.55, 95.32));

    private BenchmarkQueries() {
    }

    static List<String> texts() {
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

    static List<CapabilitySearchRequest> requests() {
        List<CapabilitySearchRequest> requests = new ArrayList<>();
        List<String> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            CapabilitySearchRequest.Builder request = CapabilitySearchRequest.builder().q(texts.get(i));
            switch (i % 4) {
                case 1 -> request.province(PROVINCES.get(i % PROVINCES.size()));
                case 2 -> request.certification("SNI");
                case 3 -> request.near(PLACES.get(i % PLACES.size())).radiusKm(100.0).sort(CapabilitySort.DISTANCE);
                default -> { }
            }
            requests.add(request.build());
        }
        return requests;
    }
}
