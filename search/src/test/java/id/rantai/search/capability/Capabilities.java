package id.rantai.search.capability;

import id.rantai.search.capability.CapabilityDocument.MemberProfile;
import id.rantai.search.capability.CapabilityDocument.MonthlyCapacity;
import id.rantai.search.capability.CapabilityDocument.PriceRange;
import id.rantai.search.geo.GeoLocation;
import java.util.List;

/** Test fixtures: catalogue entries with sensible defaults, changed one property at a time. */
public final class Capabilities {

    public static final GeoLocation MANADO = new GeoLocation(1.4748, 124.8421);
    public static final GeoLocation BITUNG = new GeoLocation(1.4404, 125.1217);
    public static final GeoLocation BANDA_ACEH = new GeoLocation(5.5483, 95.3238);
    public static final GeoLocation JEPARA = new GeoLocation(-6.5887, 110.6684);
    public static final GeoLocation TEGAL = new GeoLocation(-6.8694, 109.1402);
    public static final GeoLocation SURABAYA = new GeoLocation(-7.2575, 112.7521);

    private Capabilities() {
    }

    public static Builder entry(String id) {
        return new Builder(id);
    }

    /** A builder with defaults: a small verified cooperative in Manado selling coir. */
    public static final class Builder {
        private final String id;
        private long version = 1;
        private String title = "Sabut kelapa";
        private String description = "";
        private List<String> products = List.of();
        private List<String> processes = List.of();
        private String kbli = "13999";
        private List<String> certifications = List.of();
        private long capacity = 1_000;
        private String unit = "kg";
        private double localContent = 60;
        private String cooperativeId;
        private String cooperativeName;
        private String province = "ID-SA";
        private GeoLocation location = MANADO;
        private boolean womenLed;
        private boolean youthLed;
        private boolean green;
        private boolean verified;
        private Double onTime;

        private Builder(String id) {
            this.id = id;
            this.cooperativeId = "coop-" + id;
            this.cooperativeName = "Koperasi " + id;
        }

        public Builder version(long version) { this.version = version; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder description(String description) { this.description = description; return this; }
        public Builder products(String... products) { this.products = List.of(products); return this; }
        public Builder processes(String... processes) { this.processes = List.of(processes); return this; }
        public Builder kbli(String kbli) { this.kbli = kbli; return this; }
        public Builder certifications(String... certifications) { this.certifications = List.of(certifications); return this; }
        public Builder capacity(long capacity, String unit) { this.capacity = capacity; this.unit = unit; return this; }
        public Builder localContent(double localContent) { this.localContent = localContent; return this; }
        public Builder cooperative(String id, String name) { this.cooperativeId = id; this.cooperativeName = name; return this; }
        public Builder at(String province, GeoLocation location) { this.province = province; this.location = location; return this; }
        public Builder womenLed() { this.womenLed = true; return this; }
        public Builder youthLed() { this.youthLed = true; return this; }
        public Builder green() { this.green = true; return this; }
        public Builder verified() { this.verified = true; return this; }
        public Builder onTime(double rate) { this.onTime = rate; return this; }

        public CapabilityDocument build() {
            return new CapabilityDocument(id, version, title, description, products, processes, kbli, certifications,
                    new MonthlyCapacity(capacity, unit), new PriceRange(1_000, 5_000), 14, 10L, localContent,
                    cooperativeId, cooperativeName, province, location, List.of(),
                    new MemberProfile(12, List.of("MICRO"), womenLed, youthLed, green, womenLed ? 0.6 : 0.2, youthLed ? 0.5 : 0.1, green ? 0.7 : 0),
                    verified, onTime);
        }
    }
}
