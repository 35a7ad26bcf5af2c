package id.rantai.search.demand;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.GeoDistanceQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.PrefixQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TermsQuery;
import id.rantai.search.geo.GeoLocation;
import id.rantai.search.query.TextQuery;
import id.rantai.search.query.UserText;
import java.util.List;

/** The demand search's building blocks as named, composable {@link Query} values. */
public final class DemandQueries {

    static final List<String> TEXT_FIELDS = List.of(DemandIndex.TITLE + "^3", DemandIndex.LOT_TITLE + "^2",
            DemandIndex.LOT_SPECIFICATION, DemandIndex.DESCRIPTION, DemandIndex.BUYER_NAME);

    private DemandQueries() {
    }

    /** The words in the demand's or any lot's title or specification, the description, or the buyer's name. */
    public static Query text(UserText text) {
        return TextQuery.exact(text, TEXT_FIELDS, DemandIndex.TITLE, "text");
    }

    /** {@link #text(UserText)} relaxed: some of the words, or the words with typos corrected, also match. */
    public static Query relaxedText(UserText text) {
        return TextQuery.relaxed(text, TEXT_FIELDS, DemandIndex.TITLE, "text");
    }

    /**
     * Still taking bids: status OPEN and the deadline ahead, also in the minutes between the deadline and
     * the api moving the demand to EVALUATION. "now" is rounded to the minute so that Elasticsearch can
     * cache the filter.
     */
    public static Query openForBids() {
        return BoolQuery.of(b -> b.queryName("open")
                .filter(TermQuery.of(t -> t.field(DemandIndex.STATUS).value(DemandStatus.OPEN.name()))._toQuery())
                .filter(RangeQuery.of(r -> r.date(d -> d.field(DemandIndex.BID_DEADLINE).gt("now/m")))._toQuery()))._toQuery();
    }

    public static Query statusIn(List<DemandStatus> statuses) {
        return TermsQuery.of(t -> t.field(DemandIndex.STATUS).terms(v -> v.value(statuses.stream().map(s -> FieldValue.of(s.name())).toList())))._toQuery();
    }

    /** Some lot is delivered to one of the provinces. */
    public static Query deliveredToAnyOf(List<String> provinces) {
        return TermsQuery.of(t -> t.field(DemandIndex.LOT_PROVINCE).terms(v -> v.value(provinces.stream().map(FieldValue::of).toList())))._toQuery();
    }

    /** Full five-digit codes match exactly, shorter ones as a KBLI division or group prefix. */
    public static Query kbliIn(List<String> kblis) {
        BoolQuery.Builder any = new BoolQuery.Builder().queryName("kbli").minimumShouldMatch("1");
        for (String kbli : kblis) {
            any.should(kbli.length() == 5
                    ? TermQuery.of(t -> t.field(DemandIndex.KBLI).value(kbli))._toQuery()
                    : PrefixQuery.of(p -> p.field(DemandIndex.KBLI).value(kbli))._toQuery());
        }
        return any.build()._toQuery();
    }

    public static Query ofBuyer(String buyerId) {
        return TermQuery.of(t -> t.field(DemandIndex.BUYER_ID).value(buyerId))._toQuery();
    }

    /** Some lot is delivered within {@code radiusKm} of {@code centre}. */
    public static Query deliveredWithin(GeoLocation centre, double radiusKm) {
        return GeoDistanceQuery.of(g -> g.field(DemandIndex.LOT_LOCATION).distance(radiusKm + "km").location(esLocation(centre)))._toQuery();
    }

    static co.elastic.clients.elasticsearch._types.GeoLocation esLocation(GeoLocation point) {
        return co.elastic.clients.elasticsearch._types.GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.lat()).lon(point.lon())));
    }
}
