package id.rantai.search.capability;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.GeoDistanceQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.MatchAllQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.PrefixQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.query.TextQuery;
import id.rantai.search.query.UserText;
import java.util.List;

/**
 * The capability search's building blocks as named, composable {@link Query} values: {@link CapabilitySearch}
 * and {@link LotCandidates} assemble them, tests and the benchmark can use them alone.
 */
public final class CapabilityQueries {

    /** Where words are looked for, and how much a match in each counts. */
    static final List<String> TEXT_FIELDS = List.of(
            CapabilityIndex.TITLE + "^3", CapabilityIndex.PRODUCTS + "^2", CapabilityIndex.PROCESSES + "^1.5",
            CapabilityIndex.DESCRIPTION, CapabilityIndex.COOPERATIVE_NAME);

    /** Nearness in relevance: full weight within 25 km, half at 125 km, little beyond 400 km. */
    static final String DECAY_OFFSET = "25km";
    static final String DECAY_SCALE = "100km";

    private CapabilityQueries() {
    }

    /** The words in the catalogue entry's title, products, processes, description or cooperative name. */
    public static Query text(UserText text) {
        return TextQuery.exact(text, TEXT_FIELDS, CapabilityIndex.TITLE, "text");
    }

    /** {@link #text(UserText)} relaxed: some of the words, or the words with typos corrected, also match. */
    public static Query relaxedText(UserText text) {
        return TextQuery.relaxed(text, TEXT_FIELDS, CapabilityIndex.TITLE, "text");
    }

    /**
     * A lot's title as an officer wrote it ("Serat sabut kelapa untuk matras kapal"): half of its words
     * suffice, the rest counts towards the score.
     */
    static Query lotText(UserText title) {
        return TextQuery.strict(title, TEXT_FIELDS, CapabilityIndex.TITLE, "text", "2<-50%");
    }

    public static Query provinceIn(List<String> provinces) {
        return terms(CapabilityIndex.PROVINCE, provinces, "province");
    }

    /** Full five-digit codes match exactly, shorter ones as a KBLI division or group prefix. */
    public static Query kbliIn(List<String> kblis) {
        BoolQuery.Builder any = new BoolQuery.Builder().queryName("kbli").minimumShouldMatch("1");
        for (String kbli : kblis) {
            any.should(kbli.length() == 5
                    ? TermQuery.of(t -> t.field(CapabilityIndex.KBLI).value(kbli))._toQuery()
                    : PrefixQuery.of(p -> p.field(CapabilityIndex.KBLI).value(kbli))._toQuery());
        }
        return any.build()._toQuery();
    }

    /** Holds every one of the certifications. */
    public static Query certifiedForAll(List<String> certifications) {
        BoolQuery.Builder all = new BoolQuery.Builder().queryName("certifications");
        for (String certification : certifications) {
            all.filter(TermQuery.of(t -> t.field(CapabilityIndex.CERTIFICATIONS).value(certification))._toQuery());
        }
        return all.build()._toQuery();
    }

    public static Query womenLed(boolean value) {
        return flag(CapabilityIndex.WOMEN_LED, value, "women-led");
    }

    public static Query youthLed(boolean value) {
        return flag(CapabilityIndex.YOUTH_LED, value, "youth-led");
    }

    public static Query green(boolean value) {
        return flag(CapabilityIndex.GREEN, value, "green");
    }

    public static Query capacityAtLeast(long quantity) {
        return RangeQuery.of(r -> r.number(n -> n.field(CapabilityIndex.CAPACITY_QUANTITY).gte((double) quantity).queryName("capacity")))._toQuery();
    }

    /** Monthly capacity of at least {@code quantity} in the same unit (unnamed: callers name what it means to them). */
    public static Query capacityAtLeast(long quantity, String unit) {
        return BoolQuery.of(b -> b
                .filter(TermQuery.of(t -> t.field(CapabilityIndex.CAPACITY_UNIT).value(unit))._toQuery())
                .filter(RangeQuery.of(r -> r.number(n -> n.field(CapabilityIndex.CAPACITY_QUANTITY).gte((double) quantity)))._toQuery()))._toQuery();
    }

    public static Query localContentAtLeast(double pct) {
        return RangeQuery.of(r -> r.number(n -> n.field(CapabilityIndex.LOCAL_CONTENT).gte(pct).queryName("local content")))._toQuery();
    }

    public static Query ofCooperative(String cooperativeId) {
        return TermQuery.of(t -> t.field(CapabilityIndex.COOPERATIVE_ID).value(cooperativeId).queryName("cooperative"))._toQuery();
    }

    public static Query within(GeoLocation centre, double radiusKm) {
        return GeoDistanceQuery.of(g -> g.field(CapabilityIndex.LOCATION).distance(radiusKm + "km")
                .location(esLocation(centre)))._toQuery();
    }

    /**
     * Multiplies the score by 1 to 2 with nearness to {@code centre} (a Gaussian decay plus one): near
     * suppliers rise, far ones keep their text relevance instead of dropping to nothing.
     */
    public static Query nearnessBoost(Query query, GeoLocation centre) {
        return FunctionScoreQuery.of(f -> f.query(query)
                .functions(FunctionScore.of(fs -> fs.gauss(g -> g.geo(d -> d.field(CapabilityIndex.LOCATION)
                                .placement(p -> p.origin(esLocation(centre))
                                        .offset(DECAY_OFFSET).scale(DECAY_SCALE).decay(0.5))))),
                        FunctionScore.of(fs -> fs.weight(1.0)))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Multiply))._toQuery();
    }

    /** Business boosts ({@link CapabilityDocument#businessBoost()}), multiplied into the score. */
    public static Query businessBoosts(Query query) {
        return FunctionScoreQuery.of(f -> f.query(query)
                .functions(FunctionScore.of(fs -> fs.fieldValueFactor(v -> v.field(CapabilityIndex.BUSINESS_BOOST).missing(1.0))))
                .boostMode(FunctionBoostMode.Multiply))._toQuery();
    }

    static co.elastic.clients.elasticsearch._types.GeoLocation esLocation(GeoLocation point) {
        return co.elastic.clients.elasticsearch._types.GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.lat()).lon(point.lon())));
    }

    static Query matchAll() {
        return MatchAllQuery.of(m -> m)._toQuery();
    }

    static Query flag(String field, boolean value, String name) {
        return TermQuery.of(t -> t.field(field).value(value).queryName(name))._toQuery();
    }

    static Query terms(String field, List<String> values, String name) {
        return TermsQuery.of(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList())).queryName(name))._toQuery();
    }
}
