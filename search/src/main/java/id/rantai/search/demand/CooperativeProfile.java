package id.rantai.search.demand;

import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.geo.GeoLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a cooperative offers, condensed from its catalogue entries, as the demand recommendation needs it:
 * the words of its titles, products and processes, its KBLI codes and certifications, where it is, and the
 * highest local content (TKDN) it reaches.
 */
public record CooperativeProfile(String cooperativeId, String keywords, List<String> kblis, List<String> certifications,
                                 String province, GeoLocation location, Double maxLocalContentPct) {

    /** Enough words to describe a catalogue; the rest adds noise, not recall. */
    static final int MAX_KEYWORDS_LENGTH = 1_000;

    public CooperativeProfile {
        Objects.requireNonNull(cooperativeId, "cooperativeId");
        keywords = keywords == null ? "" : keywords;
        kblis = kblis == null ? List.of() : List.copyOf(kblis);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }

    /** The profile of the cooperative behind {@code capabilities}; location and province from the first entry with one. */
    public static CooperativeProfile of(String cooperativeId, List<CapabilityDocument> capabilities) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> kblis = new LinkedHashSet<>();
        Set<String> certifications = new LinkedHashSet<>();
        String province = null;
        GeoLocation location = null;
        Double maxLocalContent = null;
        for (CapabilityDocument capability : capabilities) {
            words.add(capability.title());
            words.addAll(capability.products());
            words.addAll(capability.processes());
            if (capability.kbli() != null) {
                kblis.add(capability.kbli());
            }
            certifications.addAll(capability.certifications());
            province = province == null ? capability.province() : province;
            location = location == null ? capability.location() : location;
            if (capability.localContentPct() != null && (maxLocalContent == null || capability.localContentPct() > maxLocalContent)) {
                maxLocalContent = capability.localContentPct();
            }
        }
        String keywords = String.join(" ", new ArrayList<>(words));
        if (keywords.length() > MAX_KEYWORDS_LENGTH) {
            keywords = keywords.substring(0, MAX_KEYWORDS_LENGTH);
        }
        return new CooperativeProfile(cooperativeId, keywords, new ArrayList<>(kblis), new ArrayList<>(certifications), province,
                location, maxLocalContent);
    }
}
