package id.rantai.search.facility;

import co.elastic.clients.elasticsearch._types.FieldValue;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.query.Checks;
import id.rantai.search.query.QueryParameters;
import id.rantai.search.query.SearchAfterToken;
import id.rantai.search.query.SearchQueryException;
import id.rantai.search.query.UserText;
import id.rantai.search.query.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A search for shared production houses: text over name, sector and processes, province and status
 * filters, within a radius of {@code near}; nearest first when {@code near} is given, else by relevance.
 * Validated on construction.
 */
public record FacilitySearchRequest(String q, List<String> provinces, List<FacilityStatus> statuses, GeoLocation near,
                                    Double radiusKm, int size, String searchAfter) {

    public FacilitySearchRequest {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        Violations violations = new Violations();
        UserText.parse(q, "q", violations);
        Checks.provinces(provinces, violations);
        Checks.radius(radiusKm, near, violations);
        Checks.size(size, violations);
        SearchAfterToken.decode(searchAfter, "searchAfter", sortName(near), 1, violations);
        violations.throwIfAny();
    }

    static String sortName(GeoLocation near) {
        return near == null ? "relevance" : "distance";
    }

    Optional<UserText> text() {
        return UserText.parse(q, "q", new Violations());
    }

    List<FieldValue> searchAfterValues() {
        return SearchAfterToken.decode(searchAfter, "searchAfter", sortName(near), 1, new Violations()).orElse(List.of());
    }

    public static FacilitySearchRequest fromParameters(Map<String, List<String>> parameters) {
        QueryParameters p = QueryParameters.of(parameters);
        Violations violations = p.violations();
        List<FacilityStatus> statuses = new ArrayList<>();
        for (String status : p.list("status")) {
            try {
                statuses.add(FacilityStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                violations.add("status", "unknown status '" + status + "', expected OPERATING or PLANNED");
            }
        }
        GeoLocation near = p.location("near").orElse(null);
        Double radius = p.decimal("radiusKm").orElse(null);
        int size = p.integer("size").orElse(Checks.DEFAULT_SIZE);
        try {
            FacilitySearchRequest request = new FacilitySearchRequest(p.text("q").orElse(null), p.list("province"), statuses, near, radius,
                    size, p.text("searchAfter").orElse(null));
            violations.throwIfAny();
            return request;
        } catch (SearchQueryException e) {
            violations.addAll(e.errors());
            violations.throwIfAny();
            throw e;
        }
    }
}
