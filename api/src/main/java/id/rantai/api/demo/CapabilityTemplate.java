package id.rantai.api.demo;

import java.util.List;

/**
 * What a cooperative of a sector typically offers: the catalogue entry a generator fills in with a
 * cooperative's own capacity, prices and certificates.
 *
 * @param unitPriceMinIdr lowest typical unit price in whole rupiah
 * @param unitPriceMaxIdr highest typical unit price in whole rupiah
 * @param capacityPerMemberMonth typical monthly output of one member MSME, in {@code unit}
 * @param certifications certificates that matter for this product (codes of table certification)
 */
record CapabilityTemplate(
        String title,
        String description,
        List<String> processes,
        List<String> products,
        String unit,
        long unitPriceMinIdr,
        long unitPriceMaxIdr,
        long capacityPerMemberMonth,
        int leadTimeDaysMin,
        int leadTimeDaysMax,
        long minOrderQty,
        List<String> certifications,
        int localContentMinPct,
        int localContentMaxPct) {

    /**
     * A template from compact text: lists separated by "; ", certificate codes by spaces.
     */
    static CapabilityTemplate of(String title, String description, String processes, String products, String unit,
            long priceMin, long priceMax, long capacityPerMemberMonth, int leadMin, int leadMax, long minOrder,
            String certifications, int localContentMin, int localContentMax) {
        return new CapabilityTemplate(title, description, split(processes, "; "), split(products, "; "), unit,
                priceMin, priceMax, capacityPerMemberMonth, leadMin, leadMax, minOrder, split(certifications, " "),
                localContentMin, localContentMax);
    }

    private static List<String> split(String text, String separator) {
        return text.isBlank() ? List.of() : List.of(text.split(separator));
    }
}
