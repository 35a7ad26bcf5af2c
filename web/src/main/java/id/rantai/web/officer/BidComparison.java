package id.rantai.web.officer;

import id.rantai.api.bid.BidOpening;
import id.rantai.api.bid.BidView;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The bids of one lot side by side as the comparison page shows them: sorted by the column the officer chose, with the
 * best value of each column marked (lowest price, evaluated price and lead time; highest TKDN and quantity).
 */
record BidComparison(List<Row> rows, String sort, boolean descending, long bestPrice, long bestEvaluated, int bestLeadTime,
                     BigDecimal bestLocalContent, long bestQuantity) {

    /** One bid with its member profiles and the name of the shared facility it names. */
    record Row(BidView bid, List<BidOpening.MemberProfile> members, String facilityName) {
    }

    static BidComparison of(BidOpening.LotComparison comparison, String sort, String dir, Function<UUID, String> facilityNames) {
        String column = sort == null ? "evaluated" : sort;
        Comparator<Row> order = switch (column) {
            case "price" -> Comparator.comparingLong(r -> r.bid().unitPriceIdr());
            case "leadTime" -> Comparator.comparingInt(r -> r.bid().leadTimeDays());
            case "tkdn" -> Comparator.comparing(r -> r.bid().localContentPct());
            case "quantity" -> Comparator.comparingLong(r -> r.bid().quantity());
            case "cooperative" -> Comparator.comparing(r -> r.bid().cooperative().name());
            default -> Comparator.comparingLong(r -> r.bid().evaluatedPriceIdr());
        };
        boolean descending = "desc".equals(dir);
        List<Row> rows = comparison.bids().stream()
                .map(c -> new Row(c.bid(), c.members(), c.bid().facilityId() == null ? null : facilityNames.apply(c.bid().facilityId())))
                .sorted(descending ? order.reversed() : order)
                .toList();
        List<BidView> bids = rows.stream().map(Row::bid).toList();
        return new BidComparison(rows, switch (column) {
            case "price", "leadTime", "tkdn", "quantity", "cooperative" -> column;
            default -> "evaluated";
        }, descending,
                bids.stream().mapToLong(BidView::unitPriceIdr).min().orElse(-1),
                bids.stream().mapToLong(BidView::evaluatedPriceIdr).min().orElse(-1),
                bids.stream().mapToInt(BidView::leadTimeDays).min().orElse(-1),
                bids.stream().map(BidView::localContentPct).max(Comparator.naturalOrder()).orElse(null),
                bids.stream().mapToLong(BidView::quantity).max().orElse(-1));
    }

    /** The link direction for a column header: ascending first, reversed when it is already the sorted one. */
    public String dirFor(String column) {
        return column.equals(sort) && !descending ? "desc" : "asc";
    }

    public String ariaSort(String column) {
        if (!column.equals(sort)) {
            return null;
        }
        return descending ? "descending" : "ascending";
    }

    public boolean bestLocalContent(BigDecimal value) {
        return bestLocalContent != null && value != null && bestLocalContent.compareTo(value) == 0;
    }
}
