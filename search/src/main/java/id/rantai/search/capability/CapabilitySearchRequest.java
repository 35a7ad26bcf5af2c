package id.rantai.search.capability;

import id.rantai.search.geo.GeoLocation;
import id.rantai.search.query.Checks;
import id.rantai.search.query.Named;
import id.rantai.search.query.QueryParameters;
import id.rantai.search.query.SearchAfterToken;
import id.rantai.search.query.SearchQueryException;
import id.rantai.search.query.UserText;
import id.rantai.search.query.Violations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A catalogue search as {@code GET /api/search/capabilities} takes it. Constructing one validates it:
 * anything wrong throws {@link SearchQueryException} naming every bad parameter, before Elasticsearch is
 * asked anything.
 *
 * @param q           what the user typed; {@code "quoted phrases"} must appear as written
 * @param provinces   ISO 3166-2:ID codes, any of them
 * @param kblis       KBLI codes (5 digits) or prefixes (2–4 digits), any of them
 * @param certifications all of them required
 * @param minCapacity minimum monthly capacity, in the entry's own unit
 * @param near        centre for {@code radiusKm}, distance sort, distance in results and nearness in relevance
 * @param facets      the facets to count; all when empty
 */
public record CapabilitySearchRequest(String q, List<String> provinces, List<String> kblis, List<String> certifications,
                                      Boolean womenLed, Boolean youthLed, Boolean green, Long minCapacity, String cooperativeId,
                                      GeoLocation near, Double radiusKm, CapabilitySort sort, int size, String searchAfter,
                                      List<CapabilityFacet> facets) {

    public CapabilitySearchRequest {
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        kblis = kblis == null ? List.of() : List.copyOf(kblis);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
        sort = sort == null ? CapabilitySort.RELEVANCE : sort;
        facets = facets == null || facets.isEmpty() ? List.of(CapabilityFacet.values()) : List.copyOf(facets);
        Violations violations = new Violations();
        check(q, provinces, kblis, certifications, minCapacity, near, radiusKm, sort, size, searchAfter, violations);
        violations.throwIfAny();
    }

    private static void check(String q, List<String> provinces, List<String> kblis, List<String> certifications, Long minCapacity,
                              GeoLocation near, Double radiusKm, CapabilitySort sort, int size, String searchAfter, Violations violations) {
        UserText.parse(q, "q", violations);
        Checks.provinces(provinces, violations);
        Checks.kblis(kblis, violations);
        Checks.bounded("certification", certifications, violations);
        if (minCapacity != null && minCapacity < 0) {
            violations.add("minCapacity", "must not be negative, got " + minCapacity);
        }
        Checks.radius(radiusKm, near, violations);
        if (sort == CapabilitySort.DISTANCE && near == null) {
            violations.add("sort", "sort=distance needs near=lat,lon");
        }
        Checks.size(size, violations);
        SearchAfterToken.decode(searchAfter, "searchAfter", sort.parameterValue(), 1, violations);
    }

    /** The parsed search text; empty when {@code q} is blank. */
    public java.util.Optional<UserText> text() {
        return UserText.parse(q, "q", new Violations());
    }

    /** The sort values to continue after, from {@link #searchAfter()}. */
    List<co.elastic.clients.elasticsearch._types.FieldValue> searchAfterValues() {
        return SearchAfterToken.decode(searchAfter, "searchAfter", sort.parameterValue(), 1, new Violations()).orElse(List.of());
    }

    /** A request from HTTP query parameters; all errors, parse and validation alike, in one exception. */
    public static CapabilitySearchRequest fromParameters(Map<String, List<String>> parameters) {
        QueryParameters p = QueryParameters.of(parameters);
        Violations violations = p.violations();
        Builder b = builder()
                .q(p.text("q").orElse(null))
                .provinces(p.list("province"))
                .kblis(p.list("kbli"))
                .certifications(p.list("certification"))
                .cooperativeId(p.text("cooperative").orElse(null))
                .searchAfter(p.text("searchAfter").orElse(null));
        p.bool("womenLed").ifPresent(b::womenLed);
        p.bool("youthLed").ifPresent(b::youthLed);
        p.bool("green").ifPresent(b::green);
        p.wholeNumber("minCapacity").ifPresent(b::minCapacity);
        p.location("near").ifPresent(b::near);
        p.decimal("radiusKm").ifPresent(b::radiusKm);
        p.integer("size").ifPresent(b::size);
        p.text("sort").flatMap(s -> Named.parse(CapabilitySort.class, s, "sort", violations)).ifPresent(b::sort);
        List<CapabilityFacet> facets = new ArrayList<>();
        for (String facet : p.list("facets")) {
            Named.parse(CapabilityFacet.class, facet, "facets", violations).ifPresent(facets::add);
        }
        b.facets(facets);
        try {
            CapabilitySearchRequest request = b.build();
            violations.throwIfAny();
            return request;
        } catch (SearchQueryException e) {
            violations.addAll(e.errors());
            violations.throwIfAny();
            throw e;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().q(q).provinces(provinces).kblis(kblis).certifications(certifications).womenLed(womenLed)
                .youthLed(youthLed).green(green).minCapacity(minCapacity).cooperativeId(cooperativeId).near(near)
                .radiusKm(radiusKm).sort(sort).size(size).searchAfter(searchAfter).facets(facets);
    }

    /** Builds a request; {@link #build()} validates. */
    public static final class Builder {
        private String q;
        private List<String> provinces = List.of();
        private List<String> kblis = List.of();
        private List<String> certifications = List.of();
        private Boolean womenLed;
        private Boolean youthLed;
        private Boolean green;
        private Long minCapacity;
        private String cooperativeId;
        private GeoLocation near;
        private Double radiusKm;
        private CapabilitySort sort = CapabilitySort.RELEVANCE;
        private int size = Checks.DEFAULT_SIZE;
        private String searchAfter;
        private List<CapabilityFacet> facets = List.of();

        private Builder() {
        }

        public Builder q(String q) {
            this.q = q;
            return this;
        }

        public Builder provinces(List<String> provinces) {
            this.provinces = provinces;
            return this;
        }

        public Builder province(String... provinces) {
            return provinces(Arrays.asList(provinces));
        }

        public Builder kblis(List<String> kblis) {
            this.kblis = kblis;
            return this;
        }

        public Builder kbli(String... kblis) {
            return kblis(Arrays.asList(kblis));
        }

        public Builder certifications(List<String> certifications) {
            this.certifications = certifications;
            return this;
        }

        public Builder certification(String... certifications) {
            return certifications(Arrays.asList(certifications));
        }

        public Builder womenLed(Boolean womenLed) {
            this.womenLed = womenLed;
            return this;
        }

        public Builder youthLed(Boolean youthLed) {
            this.youthLed = youthLed;
            return this;
        }

        public Builder green(Boolean green) {
            this.green = green;
            return this;
        }

        public Builder minCapacity(Long minCapacity) {
            this.minCapacity = minCapacity;
            return this;
        }

        public Builder cooperativeId(String cooperativeId) {
            this.cooperativeId = cooperativeId;
            return this;
        }

        public Builder near(GeoLocation near) {
            this.near = near;
            return this;
        }

        public Builder radiusKm(Double radiusKm) {
            this.radiusKm = radiusKm;
            return this;
        }

        public Builder sort(CapabilitySort sort) {
            this.sort = sort;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder searchAfter(String searchAfter) {
            this.searchAfter = searchAfter;
            return this;
        }

        public Builder facets(List<CapabilityFacet> facets) {
            this.facets = facets;
            return this;
        }

        public CapabilitySearchRequest build() {
            return new CapabilitySearchRequest(q, provinces, kblis, certifications, womenLed, youthLed, green, minCapacity,
                    cooperativeId, near, radiusKm, sort, size, searchAfter, facets);
        }
    }
}
