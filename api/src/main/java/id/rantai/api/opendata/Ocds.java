package id.rantai.api.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The parts of OCDS 1.1 (with the lots, bids and partyDetails_scale extensions) that Rantai publishes, as
 * JSON records; field names are the standard's. Absent values are null and left out of the JSON. Dates are
 * RFC 3339 strings in UTC, money is whole rupiah with currency IDR.
 */
public final class Ocds {

    public static final String VERSION = "1.1";
    public static final String CURRENCY = "IDR";
    /** The extension.json of each extension used, at the commit the test schemas were copied from. */
    public static final List<String> EXTENSIONS = List.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/"
                    + "8d3b52eb26ce0f1a015c91b665c120b17ef619a0/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/"
                    + "d62ff4b0ba393d823ca8113a9039b12edf7acb8f/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/"
                    + "152cd9fb74e021e537b17d84420615acf7dec032/extension.json");

    private Ocds() {
    }

    /** Releases of many contracting processes, oldest first; {@code links} page through them. */
    @Serdeable
    public record ReleasePackage(String uri, String version, List<String> extensions, String publishedDate,
                                 Publisher publisher, @Nullable String license, @Nullable String publicationPolicy,
                                 List<Release> releases, Links links) {
    }

    @Serdeable
    public record RecordPackage(String uri, String version, List<String> extensions, String publishedDate,
                                Publisher publisher, @Nullable String license, @Nullable String publicationPolicy,
                                List<Record> records) {
    }

    /** All releases of one contracting process (oldest first) and its current state as a compiled release. */
    @Serdeable
    public record Record(String ocid, List<Release> releases, Release compiledRelease) {
    }

    @Serdeable
    public record Publisher(String name, @Nullable String uri) {
    }

    /** Absolute URLs of the next and previous pages, where there are such pages. */
    @Serdeable
    public record Links(@Nullable String next, @Nullable String prev) {
    }

    @Serdeable
    public record Release(String ocid, String id, String date, List<String> tag, String initiationType, String language,
                          List<Party> parties, OrganizationReference buyer, Tender tender, @Nullable Bids bids,
                          @Nullable List<Award> awards, @Nullable List<Contract> contracts) {
    }

    @Serdeable
    public record Party(String id, String name, Address address, List<String> roles, PartyDetails details) {
    }

    @Serdeable
    public record Address(String region, String countryName) {
    }

    /** {@code scale} from the partyDetails_scale extension; {@code classifications} for the member MSMEs' profile. */
    @Serdeable
    public record PartyDetails(String scale, @Nullable List<Classification> classifications) {
    }

    @Serdeable
    public record Classification(String scheme, String id, String description) {
    }

    @Serdeable
    public record OrganizationReference(String id, String name) {
    }

    @Serdeable
    public record Tender(String id, String title, String description, String status, OrganizationReference procuringEntity,
                         List<Item> items, Value value, String procurementMethod, String procurementMethodDetails,
                         String mainProcurementCategory, Period tenderPeriod, @Nullable Integer numberOfTenderers,
                         @Nullable List<OrganizationReference> tenderers, List<Lot> lots) {
    }

    /** A lot (lots extension). */
    @Serdeable
    public record Lot(String id, String title, String description, String status, Value value, Period contractPeriod) {
    }

    @Serdeable
    public record Item(String id, String description, @Nullable Classification classification, long quantity, Unit unit,
                       String relatedLot) {
    }

    @Serdeable
    public record Unit(String name, Value value) {
    }

    @Serdeable
    public record Value(BigInteger amount, String currency) {

        public static Value idr(long quantity, long unitPriceIdr) {
            return new Value(BigInteger.valueOf(quantity).multiply(BigInteger.valueOf(unitPriceIdr)), CURRENCY);
        }

        public static Value idr(BigInteger amount) {
            return new Value(amount, CURRENCY);
        }
    }

    @Serdeable
    public record Period(@Nullable String startDate, @Nullable String endDate) {
    }

    /** Bids extension: only ever present once the bid deadline has passed. */
    @Serdeable
    public record Bids(List<Statistic> statistics, List<Bid> details) {
    }

    @Serdeable
    public record Statistic(String id, String measure, BigDecimal value, @Nullable String currency, @Nullable String notes,
                            @Nullable String relatedLot) {
    }

    @Serdeable
    public record Bid(String id, String date, String status, List<OrganizationReference> tenderers, Value value,
                      List<Item> items, List<String> relatedLots) {
    }

    @Serdeable
    public record Award(String id, String title, String status, String date, Value value,
                        List<OrganizationReference> suppliers, List<Item> items, List<String> relatedLots,
                        List<String> relatedBids) {
    }

    @Serdeable
    public record Contract(String id, String awardID, String title, String status, Value value, Period period,
                           List<Item> items, List<String> relatedBids) {
    }
}
