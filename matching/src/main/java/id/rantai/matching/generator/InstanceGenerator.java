package id.rantai.matching.generator;

import id.rantai.matching.plan.AwardProblem;
import id.rantai.matching.plan.AwardRules;
import id.rantai.matching.plan.Facility;
import id.rantai.matching.plan.FacilityWeek;
import id.rantai.matching.plan.GeoPoint;
import id.rantai.matching.plan.Logistics;
import id.rantai.matching.plan.Lot;
import id.rantai.matching.plan.MsmeSize;
import id.rantai.matching.plan.Offer;
import id.rantai.matching.plan.OfferKind;
import id.rantai.matching.plan.PlanningHorizon;
import id.rantai.matching.plan.Supplier;
import id.rantai.matching.plan.SupplierProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, realistic award problems for tests and the benchmark: BUMN lots delivered to industrial sites, MSME
 * cooperatives bidding from the provinces, shared facilities where the ministry builds them. The same spec and
 * seed give the same instance.
 * <p>
 * Shaped so the interesting rules bind: about half the offers produce in a shared facility and are cheaper for
 * it, so "cheapest first" books the nearest facility's earliest weeks beyond their hours; large firms bid a little
 * cheaper than MSMEs, so the 40% MSME share costs something; some offers miss a certification, the TKDN minimum,
 * the price ceiling or the deadline. Every lot has enough in-house supply to be awarded whole.
 */
public final class InstanceGenerator {

    public static final int UNITS_PER_LOT = 20;
    public static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static final List<String> CERTIFICATIONS = List.of("SNI", "ISO 9001", "Halal", "BPOM");

    /** A product line: the facility process it needs, a typical unit price, the lot's unit. */
    private record Product(String code, String process, String unit, long basePriceIdr, List<Integer> regions) {
    }

    /** A province with a representative place (ISO 3166-2:ID). */
    private record Region(String code, GeoPoint place) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("ID-AC", new GeoPoint(5.55, 95.32)),     // 0 Aceh: patchouli
            new Region("ID-JT", new GeoPoint(-6.89, 110.64)),   // 1 Central Java: Demak, Tegal, Rembang, Jepara
            new Region("ID-NT", new GeoPoint(-10.17, 123.61)),  // 2 East Nusa Tenggara: beef
            new Region("ID-SA", new GeoPoint(1.47, 124.84)),    // 3 North Sulawesi: coconut fibre
            new Region("ID-KI", new GeoPoint(-0.50, 117.15)),   // 4 East Kalimantan: biopharma
            new Region("ID-GO", new GeoPoint(0.54, 123.06)),    // 5 Gorontalo: fish, maize, cocoa
            new Region("ID-JI", new GeoPoint(-7.25, 112.75)),   // 6 East Java
            new Region("ID-JB", new GeoPoint(-6.91, 107.61)),   // 7 West Java
            new Region("ID-SN", new GeoPoint(-5.14, 119.42)),   // 8 South Sulawesi
            new Region("ID-SU", new GeoPoint(3.59, 98.67)),     // 9 North Sumatra
            new Region("ID-YO", new GeoPoint(-7.80, 110.36)),   // 10 Yogyakarta
            new Region("ID-BA", new GeoPoint(-8.65, 115.22)));  // 11 Bali

    private static final List<Product> PRODUCTS = List.of(
            new Product("ATS", "essential oil distillation", "kg", 650_000, List.of(0, 9)),
            new Product("MBL", "furniture making", "pcs", 1_800_000, List.of(1, 10, 6)),
            new Product("DGS", "beef processing", "kg", 140_000, List.of(2, 11)),
            new Product("SBT", "coconut fibre processing", "kg", 9_000, List.of(3, 5, 8)),
            new Product("BIO", "biopharma filling", "box", 85_000, List.of(4, 7)),
            new Product("BRS", "rice milling", "kg", 14_000, List.of(1, 6, 8)),
            new Product("LGM", "metal machining", "pcs", 450_000, List.of(1, 7, 6)),
            new Product("GMT", "garment sewing", "pcs", 120_000, List.of(1, 10, 7)),
            new Product("IKN", "fish processing", "kg", 60_000, List.of(5, 8, 3)),
            new Product("KKO", "cocoa fermentation", "kg", 45_000, List.of(5, 8, 11)));

    /** Where BUMN deliveries go: Pertamina, PLN, PT PAL, Pindad, INKA, KAI, Bio Farma sites. */
    private static final List<Region> DELIVERY_SITES = List.of(
            new Region("ID-JK", new GeoPoint(-6.21, 106.85)),   // Jakarta
            new Region("ID-JI", new GeoPoint(-7.20, 112.73)),   // Surabaya (PT PAL)
            new Region("ID-JI", new GeoPoint(-7.63, 111.52)),   // Madiun (INKA)
            new Region("ID-JB", new GeoPoint(-6.90, 107.62)),   // Bandung (Pindad, Bio Farma)
            new Region("ID-JT", new GeoPoint(-7.73, 109.01)),   // Cilacap refinery
            new Region("ID-KI", new GeoPoint(-1.27, 116.83)),   // Balikpapan refinery
            new Region("ID-SN", new GeoPoint(-5.14, 119.42)),   // Makassar
            new Region("ID-SU", new GeoPoint(3.59, 98.67)));    // Medan

    private InstanceGenerator() {
    }

    public static AwardProblem generate(InstanceSpec spec) {
        return new Builder(spec).build();
    }

    private static final class Builder {
        private final InstanceSpec spec;
        private final Random random;
        private final PlanningHorizon horizon;
        private final List<Product> products;

        Builder(InstanceSpec spec) {
            this.spec = spec;
            this.random = new Random(spec.seed());
            this.horizon = new PlanningHorizon(START, spec.weeks());
            // small instances use fewer product lines so lots compete for the same facilities and cooperatives
            List<Product> shuffled = new ArrayList<>(PRODUCTS);
            Collections.shuffle(shuffled, random);
            this.products = shuffled.subList(0, Math.min(PRODUCTS.size(), Math.max(2, spec.lots() / 2)));
        }

        AwardProblem build() {
            List<Facility> facilities = facilities();
            List<FacilityWeek> weeks = new ArrayList<>();
            for (Facility facility : facilities) {
                for (int w = 0; w < spec.weeks(); w++) {
                    weeks.add(new FacilityWeek(facility, horizon.firstWeekStart().plusWeeks(w), facility.hoursPerWeek()));
                }
            }
            List<Lot> lots = new ArrayList<>();
            Map<Lot, Product> productOf = new LinkedHashMap<>();
            for (int l = 0; l < spec.lots(); l++) {
                Product product = products.get(l % products.size());
                Lot lot = lot(l, product);
                lots.add(lot);
                productOf.put(lot, product);
            }
            // cooperatives specialise in one product line and bid on several of its lots
            Map<Product, List<Supplier>> suppliersOf = new LinkedHashMap<>();
            Map<String, Region> homeOf = new LinkedHashMap<>();
            Map<String, SupplierProfile> profileOf = new LinkedHashMap<>();
            List<Supplier> suppliers = new ArrayList<>();
            for (Product product : products) {
                long lotsOfProduct = productOf.values().stream().filter(product::equals).count();
                int pool = (int) Math.max(spec.offersPerLot() + 10, lotsOfProduct * spec.offersPerLot() / 4);
                List<Supplier> list = new ArrayList<>();
                double meanLot = productOf.entrySet().stream().filter(e -> e.getValue() == product)
                        .mapToLong(e -> e.getKey().quantity()).average().orElse(100);
                for (int s = 0; s < pool; s++) {
                    String id = "KOP-" + product.code() + "-" + (s + 1);
                    // a month's capacity: a good share of a typical lot, enough for several offers at once
                    long capacity = Math.max(1, Math.round(meanLot * (0.5 + random.nextDouble())));
                    Supplier supplier = new Supplier(id, "Koperasi " + id, capacity);
                    list.add(supplier);
                    suppliers.add(supplier);
                    homeOf.put(id, REGIONS.get(product.regions().get(random.nextInt(product.regions().size()))));
                    profileOf.put(id, profile());
                }
                suppliersOf.put(product, list);
            }
            List<Offer> offers = new ArrayList<>();
            for (Lot lot : lots) {
                Product product = productOf.get(lot);
                List<Supplier> pool = new ArrayList<>(suppliersOf.get(product));
                Collections.shuffle(pool, random);
                List<Supplier> bidders = pool.subList(0, Math.min(spec.offersPerLot(), pool.size()));
                // facility minutes per unit: a whole lot takes 60 to 160 facility hours, one to four facility weeks
                int minutesPerUnit = (int) Math.max(1, Math.round((60 + 100 * random.nextDouble()) * 60 / lot.quantity()));
                List<Offer> lotOffers = new ArrayList<>();
                for (int b = 0; b < bidders.size(); b++) {
                    lotOffers.add(offer(lot, product, bidders.get(b), b, homeOf.get(bidders.get(b).id()),
                            profileOf.get(bidders.get(b).id()), minutesPerUnit));
                }
                offers.addAll(withEnoughInHouseSupply(lot, lotOffers));
            }
            return AwardProblem.of(horizon, lots, offers, suppliers, weeks, AwardRules.defaults());
        }

        /**
         * Makes in-house offers eligible (certified, local enough, within the ceiling, on time) until they could supply
         * the lot one and a half times over, so a complete award exists without any facility.
         */
        private List<Offer> withEnoughInHouseSupply(Lot lot, List<Offer> offers) {
            List<Offer> result = new ArrayList<>(offers);
            long supply = result.stream().filter(o -> eligibleInHouse(lot, o)).mapToLong(Offer::quantity).sum();
            for (int i = 0; i < result.size() && supply * 2 < lot.quantity() * 3; i++) {
                Offer o = result.get(i);
                if (o.needsFacility() || eligibleInHouse(lot, o)) {
                    continue;
                }
                Set<String> certs = new HashSet<>(o.certifications());
                certs.addAll(lot.requiredCertifications());
                BigDecimal tkdn = o.tkdnPct().max(lot.minTkdnPct());
                long price = Math.min(o.unitPriceIdr(), lot.maxUnitPriceIdr());
                int travel = Logistics.travelDays(o.location(), lot.delivery());
                int lead = (int) Math.min(o.leadTimeDays(), ChronoUnit.DAYS.between(START, lot.deadline()) - travel);
                Offer fixed = new Offer(o.id(), o.lotId(), o.supplierId(), o.quantity(), price, price, Math.max(0, lead), tkdn, certs,
                        o.location(), o.province(), null, 0, o.profile(), o.kind());
                result.set(i, fixed);
                supply += fixed.quantity();
            }
            return result;
        }

        private static boolean eligibleInHouse(Lot lot, Offer offer) {
            return !offer.needsFacility()
                    && offer.certifications().containsAll(lot.requiredCertifications())
                    && offer.tkdnPct().compareTo(lot.minTkdnPct()) >= 0
                    && offer.unitPriceIdr() <= lot.maxUnitPriceIdr()
                    && !START.plusDays(offer.leadTimeDays() + Logistics.travelDays(offer.location(), lot.delivery())).isAfter(lot.deadline());
        }

        private List<Facility> facilities() {
            List<Facility> facilities = new ArrayList<>();
            for (int f = 0; f < spec.facilities(); f++) {
                Product main = products.get(f % products.size());
                Set<String> processes = new HashSet<>();
                processes.add(main.process());
                if (random.nextDouble() < 0.4) {
                    processes.add(products.get(random.nextInt(products.size())).process());
                }
                Region region = REGIONS.get(main.regions().get(random.nextInt(main.regions().size())));
                int hours = 40 + 8 * random.nextInt(4); // 40 to 64 hours a week
                facilities.add(new Facility(String.format("RPB-%03d", f + 1), "Rumah produksi bersama " + (f + 1),
                        processes, hours, jitter(region.place(), 0.4), region.code()));
            }
            return facilities;
        }

        private Lot lot(int index, Product product) {
            long unitSize = 5 + random.nextInt(46);
            long quantity = unitSize * UNITS_PER_LOT;
            Region site = DELIVERY_SITES.get(random.nextInt(DELIVERY_SITES.size()));
            long ceiling = Math.round(product.basePriceIdr() * 1.2);
            Set<String> certs = new HashSet<>();
            if (random.nextDouble() < 0.6) {
                certs.add("SNI");
            }
            if (random.nextDouble() < 0.2) {
                certs.add(CERTIFICATIONS.get(1 + random.nextInt(CERTIFICATIONS.size() - 1)));
            }
            int minTkdn = random.nextDouble() < 0.5 ? 0 : 25 + 5 * random.nextInt(4);
            LocalDate deadline = START.plusDays(35 + random.nextInt(50));
            long budget = Math.round(quantity * ceiling * 0.97);
            return new Lot(String.format("LOT-%04d", index + 1), String.format("DEM-%03d", index / 5 + 1), quantity, product.unit(),
                    certs, new BigDecimal(minTkdn), site.place(), site.code(), deadline, ceiling, budget);
        }

        private Offer offer(Lot lot, Product product, Supplier supplier, int index, Region home, SupplierProfile profile,
                            int minutesPerUnit) {
            boolean facility = random.nextDouble() < 0.5;
            double priceFactor = 0.80 + 0.35 * random.nextDouble();
            if (facility) {
                priceFactor -= 0.12; // modern shared equipment: cheaper per unit
            }
            if (!profile.msme()) {
                priceFactor -= 0.06; // scale
            }
            if (random.nextDouble() < 0.05) {
                priceFactor += 0.5; // above the ceiling
            }
            long price = Math.max(1, Math.round(product.basePriceIdr() * priceFactor));
            long quantity = Math.max(1, Math.round(lot.quantity() * (0.10 + 0.30 * random.nextDouble())));
            Set<String> certs = new HashSet<>(lot.requiredCertifications());
            if (!certs.isEmpty() && random.nextDouble() < 0.10) {
                certs.remove(certs.iterator().next());
            }
            if (random.nextDouble() < 0.3) {
                certs.add(CERTIFICATIONS.get(random.nextInt(CERTIFICATIONS.size())));
            }
            BigDecimal tkdn = BigDecimal.valueOf(10 + random.nextInt(81));
            int leadTime = facility ? 3 + random.nextInt(15) : 7 + random.nextInt(35);
            String id = lot.id() + "-" + (spec.kind() == OfferKind.BID ? "BID" : "EST") + "-" + (index + 1);
            return new Offer(id, lot.id(), supplier.id(), quantity, price, price, leadTime, tkdn, certs,
                    jitter(home.place(), 0.6), home.code(), facility ? product.process() : null, facility ? minutesPerUnit : 0,
                    profile, spec.kind());
        }

        private SupplierProfile profile() {
            boolean msme = random.nextDouble() < 0.55;
            MsmeSize size = msme ? MsmeSize.values()[random.nextInt(3)] : MsmeSize.LARGE;
            return new SupplierProfile(size, msme, random.nextDouble() < 0.30, random.nextDouble() < 0.20, random.nextDouble() < 0.25);
        }

        private GeoPoint jitter(GeoPoint place, double degrees) {
            return new GeoPoint(place.lat() + (random.nextDouble() - 0.5) * degrees, place.lon() + (random.nextDouble() - 0.5) * degrees);
        }
    }
}
