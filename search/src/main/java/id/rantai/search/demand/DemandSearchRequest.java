package id.rantai.search.demand;

import co.elastic.clients.elasticsearch._types.FieldValue;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.query.Checks;
import id.rantai.search.query.Named;
import id.rantai.search.query.QueryParameters;
import id.rantai.search.query.SearchAfterToken;
import id.rantai.search.query.SearchQueryException;
import id.rantai.search.query.UserText;
import id.rantai.search.query.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A demand search as {@code GET /api/search/demands} takes it; validated on construction like
 * {@link id.rantai.search.capability.CapabilitySearchRequest}. Without {@code statuses} it finds open demands
 * (status {@code OPEN} and bid deadline still ahead).
 */
public record DemandSearchRequest(String q, List<String> provinces, List<String> kblis, List<DemandStatus> statuses,
                                  String buyerId, GeoLocation near, Double radiusKm, DemandSort sort,
                                  int size, String searchAfter, List<DemandFacet> facets) {

    public DemandSearchRequest {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        kblis = kblis == null ? List.of() : List.copyOf(kblis);
        statuses = statuses == null || statuses.isEmpty() ? List.of(DemandStatus.OPEN) : List.copyOf(statuses);
        sort = sort == null ? DemandSort.RELEVANCE : sort;
        facets = facets == null || facets.isEmpty() ? List.of(DemandFacet.values()) : List.copyOf(facets);
        Violations violations = new Violations();
        UserText.parse(q, "q", violations);
        Checks.provinces(provinces, violations);
        Checks.kblis(kblis, violations);
        Checks.radius(radiusKm, near, violations);
        if (sort == DemandSort.DISTANCE && near == null) {
            violations.add("sort", "sort=distance needs near=lat,lon");
        }
        Checks.size(size, violations);
        SearchAfterToken.decode(searchAfter, "searchAfter", sort.parameterValue(), 1, violations);
        violations.throwIfAny();
    }

    /** Open demands matching {@code q}, the first page of the default size. */
    public static DemandSearchRequest open(String q) {
        return new DemandSearchRequest(q, null, null, null, null, null, null, null, Checks.DEFAULT_SIZE, null, null);
    }

    public Optional<UserText> text() {
        return UserText.parse(q, "q", new Violations());
    }

    List<FieldValue> searchAfterValues() {
        return SearchAfterToken.decode(searchAfter, "searchAfter", sort.parameterValue(), 1, new Violations()).orElse(List.of());
    }

    /** Only demands still taking bids: status OPEN and the deadline ahead. */
    boolean onlyOpen() {
        return statuses.equals(List.of(DemandStatus.OPEN));
    }

    /** A request from HTTP query parameters; every error in one exception. */
    public static DemandSearchRequest fromParameters(Map<String, List<String>> parameters) {
        QueryParameters p = QueryParameters.of(parameters);
        Violations violations = p.violations();
        List<DemandStatus> statuses = new ArrayList<>();
        for (String status : p.list("status")) {
            try {
                statuses.add(DemandStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                violations.add("status", "unknown status '" + status + "', expected one of OPEN, EVALUATION, AWARDED, COMPLETED, CANCELLED");
            }
        }
        DemandSort sort = p.text("sort").flatMap(s -> Named.parse(DemandSort.class, s, "sort", violations)).orElse(DemandSort.RELEVANCE);
        List<DemandFacet> facets = new ArrayList<>();
        for (String facet : p.list("facets")) {
            Named.parse(DemandFacet.class, facet, "facets", violations).ifPresent(facets::add);
        }
        GeoLocation near = p.location("near").orElse(null);
        Double radius = p.decimal("radiusKm").orElse(null);
        int size = p.integer("size").orElse(Checks.DEFAULT_SIZE);
        try {
            DemandSearchRequest request = new DemandSearchRequest(p.text("q").orElse(null), p.list("province"), p.list("kbli"),
                    statuses, p.text("buyer").orElse(null), near, radius, sort, size,
                    p.text("searchAfter").orElse(null), facets);
            violations.throwIfAny();
            return request;
        } catch (SearchQueryException e) {
            violations.addAll(e.errors());
            violations.throwIfAny();
            throw e;
        }
    }
}
