package id.rantai.api.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates the supply side: cooperatives, their member MSMEs with certificates, and their catalogue
 * entries (capabilities) linked to members and shared facilities. Used by the demo set (hundreds of
 * cooperatives, JDBC batches) and by the synthetic set (tens of thousands, COPY) alike.
 */
final class CooperativeGenerator {

    /** A member MSME as later steps need it (bids name members; monitoring counts women-led ones). */
    record Member(UUID id, String sizeClass, boolean womenLed, boolean youthLed, boolean green) {
    }

    /** A catalogue entry as later steps need it (bids follow the cooperative's own prices and capacity). */
    record Offer(UUID id, CapabilityTemplate template, long monthlyCapacity, long unitPriceMinIdr, long unitPriceMaxIdr,
            int leadTimeDays, BigDecimal localContentPct, List<String> certifications, UUID facilityId,
            List<UUID> memberIds) {
    }

    record Cooperative(UUID id, String name, Sector sector, Town town, List<Member> members, List<Offer> offers) {
    }

    /** A shared facility capabilities may be linked to. */
    record FacilityRef(UUID id, String province, Sector sector, boolean operating) {
    }

    /** Where a cooperative works and in which sector. */
    record Placement(Sector sector, Town town) {
    }

    /** Unique NIBs; the demo and the synthetic set draw from disjoint ranges. */
    interface NibSequence {
        String next();
    }

    /**
     * Relative number of registered MSMEs per province (roughly population-shaped: Java first), which
     * decides where cooperatives beyond the minimum of two per province go.
     */
    private static final Map<String, Double> PROVINCE_WEIGHTS = weights("ID-JB:17 ID-JI:15 ID-JT:13 ID-SU:5 "
            + "ID-BT:4.5 ID-JK:4 ID-SN:3.3 ID-LA:3.3 ID-SS:3.2 ID-RI:2.4 ID-SB:2 ID-NT:2 ID-NB:2 ID-AC:2 ID-KB:2 ID-BA:1.6 "
            + "ID-KS:1.5 ID-KI:1.4 ID-YO:1.4 ID-JA:1.3 ID-ST:1.2 ID-KT:1 ID-SG:1 ID-SA:1 ID-BE:0.75 ID-KR:0.8 ID-BB:0.55 "
            + "ID-MA:0.7 ID-PA:0.4 ID-SR:0.5 ID-MU:0.5 ID-GO:0.45 ID-PT:0.5 ID-PE:0.5 ID-PB:0.2 ID-PD:0.2 ID-KU:0.25 "
            + "ID-PS:0.2");

    /**
     * Share of women-led MSMEs per sector (overall about 35%): high in food processing, garments and
     * herbal medicine, low in metal and machinery workshops.
     */
    private static final Map<Sector, Double> WOMEN_LED = new EnumMap<>(Map.ofEntries(
            Map.entry(Sector.COIR, 0.38), Map.entry(Sector.ESSENTIAL_OIL, 0.30), Map.entry(Sector.WOOD_FURNITURE, 0.20),
            Map.entry(Sector.RATTAN_FURNITURE, 0.45), Map.entry(Sector.MEAT, 0.25), Map.entry(Sector.RICE, 0.28),
            Map.entry(Sector.METALWORK, 0.12), Map.entry(Sector.GARMENT, 0.62), Map.entry(Sector.HERBAL, 0.58),
            Map.entry(Sector.FISH, 0.42), Map.entry(Sector.SEAWEED, 0.48), Map.entry(Sector.COCONUT, 0.50),
            Map.entry(Sector.CACAO, 0.35), Map.entry(Sector.COFFEE, 0.38), Map.entry(Sector.RUBBER, 0.20),
            Map.entry(Sector.AUTOMOTIVE, 0.15), Map.entry(Sector.MACHINERY, 0.10), Map.entry(Sector.FOOTWEAR, 0.32),
            Map.entry(Sector.ELECTRICAL, 0.15)));

    /** Sectors whose by-products are their raw material (coir, shells, distillation waste) lean green. */
    private static final Set<Sector> GREEN_LEANING = Set.of(Sector.COIR, Sector.COCONUT, Sector.ESSENTIAL_OIL,
            Sector.SEAWEED, Sector.RATTAN_FURNITURE);

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final Random random;
    private final SeededIds ids;
    private final OffsetDateTime now;
    private final LocalDate today;
    private final NibSequence nibs;
    private final List<FacilityRef> facilities;
    private final BusinessNames names;
    private final RowWriter rows;

    CooperativeGenerator(Random random, SeededIds ids, OffsetDateTime now, NibSequence nibs, List<FacilityRef> facilities,
            BusinessNames names, RowWriter rows) {
        this.random = random;
        this.ids = ids;
        this.now = now;
        this.today = now.toLocalDate();
        this.nibs = nibs;
        this.facilities = List.copyOf(facilities);
        this.names = names;
        this.rows = rows;
    }

    /**
     * Where {@code count} cooperatives go: two in every province first (so no province is empty), the
     * rest spread by the provinces' weights; the sector follows what the province is known for.
     */
    List<Placement> placements(int count) {
        List<String> provinces = Towns.provinces();
        List<Placement> placements = new ArrayList<>(count);
        for (int round = 0; round < 2 && placements.size() < count; round++) {
            for (String province : provinces) {
                if (placements.size() == count) {
                    break;
                }
                placements.add(placementIn(province));
            }
        }
        double total = PROVINCE_WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum();
        while (placements.size() < count) {
            double r = random.nextDouble() * total;
            String chosen = provinces.get(provinces.size() - 1);
            for (String province : provinces) {
                r -= PROVINCE_WEIGHTS.getOrDefault(province, 0.0);
                if (r < 0) {
                    chosen = province;
                    break;
                }
            }
            placements.add(placementIn(chosen));
        }
        return placements;
    }

    private Placement placementIn(String province) {
        int total = 0;
        for (Sector sector : Sector.values()) {
            total += sector.weightIn(province);
        }
        int r = random.nextInt(total);
        Sector chosen = null;
        for (Sector sector : Sector.values()) {
            r -= sector.weightIn(province);
            if (r < 0) {
                chosen = sector;
                break;
            }
        }
        return new Placement(chosen, Towns.pick(random, province));
    }

    /** A typical member count: most cooperatives in the registry have 5 to 15 producing members. */
    int typicalMemberCount() {
        return 5 + random.nextInt(11);
    }

    /** 1 to 4 catalogue entries, two most often. */
    int typicalOfferCount(Sector sector) {
        int r = random.nextInt(100);
        int wanted = r < 25 ? 1 : r < 60 ? 2 : r < 85 ? 3 : 4;
        return Math.min(wanted, sector.templates().size());
    }

    /** Generates one cooperative with a generated name and id. */
    Cooperative cooperative(Placement placement, int memberCount, int offerCount) throws SQLException {
        return cooperative(ids.next(), names.cooperative(random, placement.sector(), placement.town()), null, placement,
                memberCount, List.of(), offerCount, random.nextInt(100) < 85);
    }

    /**
     * Generates one cooperative. {@code fixedOffers} come first, in order; further offers up to
     * {@code offerCount} are drawn from the sector's other templates.
     */
    Cooperative cooperative(UUID id, String name, String shortName, Placement placement, int memberCount,
            List<CapabilityTemplate> fixedOffers, int offerCount, boolean verified) throws SQLException {
        Sector sector = placement.sector();
        Town town = placement.town();
        double[] office = town.near(random, 3);
        rows.row(Tables.ORGANIZATION, id, "COOPERATIVE", name, shortName, town.province(), office[0], office[1], verified,
                timestampDaysAgo(400 + random.nextInt(1500)));

        List<Member> members = new ArrayList<>(memberCount);
        Map<UUID, Set<String>> validCertificates = new LinkedHashMap<>();
        for (int i = 0; i < memberCount; i++) {
            Member member = member(sector, town, validCertificates);
            members.add(member);
            rows.row(Tables.COOPERATIVE_MEMBER, id, member.id(), today.minusDays(60 + random.nextInt(2500)));
        }

        List<CapabilityTemplate> templates = new ArrayList<>(fixedOffers);
        List<CapabilityTemplate> others = new ArrayList<>(sector.templates());
        others.removeAll(fixedOffers);
        Collections.shuffle(others, random);
        for (CapabilityTemplate template : others) {
            if (templates.size() >= offerCount) {
                break;
            }
            templates.add(template);
        }
        List<Offer> offers = new ArrayList<>();
        for (CapabilityTemplate template : templates) {
            offers.add(offer(id, sector, town, template, members, validCertificates));
        }
        return new Cooperative(id, name, sector, town, List.copyOf(members), List.copyOf(offers));
    }

    private Member member(Sector sector, Town town, Map<UUID, Set<String>> validCertificates) throws SQLException {
        UUID id = ids.next();
        boolean womenLed = random.nextDouble() < WOMEN_LED.get(sector);
        boolean youthLed = random.nextDouble() < 0.25;
        boolean green = random.nextDouble() < (GREEN_LEANING.contains(sector) ? 0.30 : 0.17);
        int sizeRoll = random.nextInt(100);
        String sizeClass = sizeRoll < 68 ? "MICRO" : sizeRoll < 94 ? "SMALL" : "MEDIUM";
        String owner = PersonNames.of(random, town.province(), womenLed);
        String name = BusinessNames.msme(random, sector, town, owner, womenLed);
        double[] workshop = town.near(random, 12);
        rows.row(Tables.MSME, id, name, nibs.next(), owner, town.province(), workshop[0], workshop[1], sizeClass,
                womenLed, youthLed, green, sector.kbli(), timestampDaysAgo(20 + random.nextInt(1100)));

        Set<String> valid = new LinkedHashSet<>();
        // larger businesses hold more certificates
        double sizeFactor = sizeClass.equals("MICRO") ? 0.8 : sizeClass.equals("SMALL") ? 1.4 : 2.0;
        for (Map.Entry<String, Double> rate : sector.msmeCertificationRates()) {
            if (random.nextDouble() < Math.min(0.95, rate.getValue() * sizeFactor)) {
                certify(id, rate.getKey(), valid);
            }
        }
        if (random.nextDouble() < (green ? 0.12 : 0.02) * sizeFactor) {
            certify(id, "ISO14001", valid);
        }
        validCertificates.put(id, valid);
        return new Member(id, sizeClass, womenLed, youthLed, green);
    }

    /** Writes a certificate; about one in seven has expired, which is what a supplier portal must show. */
    private void certify(UUID msme, String code, Set<String> valid) throws SQLException {
        LocalDate validUntil = code.equals("PIRT") && random.nextInt(3) == 0
                ? null
                : today.plusDays(random.nextInt(1280) - 180);
        rows.row(Tables.MSME_CERTIFICATION, msme, code, validUntil);
        if (validUntil == null || !validUntil.isBefore(today)) {
            valid.add(code);
        }
    }

    private Offer offer(UUID cooperativeId, Sector sector, Town town, CapabilityTemplate template, List<Member> members,
            Map<UUID, Set<String>> validCertificates) throws SQLException {
        UUID id = ids.next();
        List<Member> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, random);
        int producing = Math.max(1, (int) Math.round(members.size() * (0.4 + 0.6 * random.nextDouble())));
        List<UUID> memberIds = shuffled.subList(0, producing).stream().map(Member::id).toList();

        long capacity = roundToTwoFigures(template.capacityPerMemberMonth() * producing * (0.6 + 0.8 * random.nextDouble()));
        long spread = template.unitPriceMaxIdr() - template.unitPriceMinIdr();
        long priceMin = roundPrice(template.unitPriceMinIdr() + (long) (spread * 0.5 * random.nextDouble()));
        long priceMax = Math.max(priceMin,
                roundPrice(priceMin + (long) ((template.unitPriceMaxIdr() - priceMin) * (0.3 + 0.7 * random.nextDouble()))));
        int leadTime = template.leadTimeDaysMin()
                + random.nextInt(template.leadTimeDaysMax() - template.leadTimeDaysMin() + 1);
        BigDecimal localContent = BigDecimal.valueOf(template.localContentMinPct() * 100L
                + random.nextInt((template.localContentMaxPct() - template.localContentMinPct()) * 100 + 1), 2);

        // a catalogue entry claims a certificate only if a producing member holds it and it is still valid
        List<String> certifications = template.certifications().stream()
                .filter(code -> memberIds.stream().anyMatch(m -> validCertificates.get(m).contains(code)))
                .toList();

        UUID facilityId = facilityFor(sector, town.province());
        String description = template.description() + " Kapasitas sekitar " + formatQuantity(capacity) + " "
                + template.unit() + " per bulan dari " + producing + " anggota UMKM di " + town.name() + ".";
        OffsetDateTime created = timestampDaysAgo(10 + random.nextInt(700));
        OffsetDateTime updated = created.plusDays(random.nextInt(90));
        if (updated.isAfter(now)) {
            updated = created;
        }
        rows.row(Tables.CAPABILITY, id, cooperativeId, template.title(), description, sector.kbli(),
                template.processes().toArray(String[]::new), template.products().toArray(String[]::new), capacity,
                template.unit(), priceMin, priceMax, leadTime, template.minOrderQty(), certifications.toArray(String[]::new),
                localContent, created, updated);
        for (UUID member : memberIds) {
            rows.row(Tables.CAPABILITY_MEMBER, id, member);
        }
        if (facilityId != null) {
            rows.row(Tables.CAPABILITY_FACILITY, id, facilityId);
        }
        return new Offer(id, template, capacity, priceMin, priceMax, leadTime, localContent, certifications, facilityId,
                memberIds);
    }

    /** An operating facility of the sector in the same province, used by most but not all cooperatives there. */
    private UUID facilityFor(Sector sector, String province) {
        for (FacilityRef facility : facilities) {
            if (facility.operating() && facility.sector() == sector && facility.province().equals(province)) {
                return random.nextInt(100) < 80 ? facility.id() : null;
            }
        }
        return null;
    }

    private OffsetDateTime timestampDaysAgo(int days) {
        return today.minusDays(days).atTime(8 + random.nextInt(9), random.nextInt(60)).atOffset(now.getOffset());
    }

    static long roundToTwoFigures(double value) {
        if (value < 100) {
            return Math.max(1, Math.round(value));
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(2, RoundingMode.HALF_UP));
        return rounded.longValue();
    }

    /** Prices the way price lists quote them: to the hundred, thousand or ten thousand rupiah. */
    static long roundPrice(long idr) {
        long step = idr < 20_000 ? 100 : idr < 1_000_000 ? 1_000 : 10_000;
        return Math.max(step, Math.round((double) idr / step) * step);
    }

    static String formatQuantity(long quantity) {
        return String.format(INDONESIAN, "%,d", quantity);
    }

    private static Map<String, Double> weights(String text) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String entry : text.split(" ")) {
            String[] provinceAndWeight = entry.split(":");
            weights.put(provinceAndWeight[0], Double.parseDouble(provinceAndWeight[1]));
        }
        return weights;
    }

}
