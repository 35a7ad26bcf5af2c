package id.rantai.api.opendata;

import id.rantai.api.opendata.ContractingProcess.Award;
import id.rantai.api.opendata.ContractingProcess.Bid;
import id.rantai.api.opendata.ContractingProcess.Lot;
import id.rantai.api.opendata.ContractingProcess.MemberProfile;
import id.rantai.api.opendata.ContractingProcess.Organisation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds the OCDS release of a contracting process at one of its stages. A release says everything public at
 * that moment: the tender always; bids and tenderers only from the opening on (and never for a cancelled
 * demand, whose bids stay sealed); awards from the award on; contracts once everything is delivered.
 *
 * <p>Parties: the BUMN (buyer and procuring entity, scale "large") and, once bids are open, each bidding
 * cooperative (tenderer; supplier when awarded). A cooperative's scale is the size class shared by all the
 * member MSMEs it named in its bids here (micro, small or medium), else "sme"; its classifications say how
 * many of those MSMEs are women-led, youth-led and green. No MSME is named, and no owner.
 */
final class Releases {

    static final String CLASSIFICATION_SCHEME = "RANTAI-MEMBER-MSMES";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final String ocidPrefix;
    private final ZoneId localZone;

    /** @param localZone the zone of calendar dates such as a lot's delivery deadline (the day ends there) */
    Releases(String ocidPrefix, ZoneId localZone) {
        this.ocidPrefix = ocidPrefix;
        this.localZone = localZone;
    }

    String ocid(UUID demandId) {
        return new Ocid(ocidPrefix, demandId).toString();
    }

    /** The stages the process has reached, oldest first. */
    List<ReleaseStage> stages(ContractingProcess p) {
        return Arrays.stream(ReleaseStage.values()).filter(s -> s.reachedAt(p).isPresent())
                .sorted(Comparator.comparing((ReleaseStage s) -> s.reachedAt(p).orElseThrow()).thenComparing(Enum::ordinal))
                .toList();
    }

    Ocds.Release release(ContractingProcess p, ReleaseStage stage) {
        OffsetDateTime date = stage.reachedAt(p)
                .orElseThrow(() -> new IllegalArgumentException(ocid(p.demandId()) + " has not reached " + stage));
        return build(p, stage, ocid(p.demandId()) + "-" + stage.suffix(), date(date), List.of(stage.tag()));
    }

    /** The process as it stands: its latest release, tagged "compiled", with the id OCDS merge tools give it. */
    Ocds.Release compiled(ContractingProcess p) {
        List<ReleaseStage> stages = stages(p);
        ReleaseStage latest = stages.get(stages.size() - 1);
        String date = date(latest.reachedAt(p).orElseThrow());
        return build(p, latest, ocid(p.demandId()) + "-" + date, date, List.of("compiled"));
    }

    private Ocds.Release build(ContractingProcess p, ReleaseStage stage, String id, String date, List<String> tag) {
        boolean bidsShown = stage.showsBids();
        boolean awarded = stage == ReleaseStage.AWARD || stage == ReleaseStage.CONTRACT;
        List<Bid> bids = bidsShown ? p.bids() : List.of();
        Set<UUID> suppliers = awarded ? p.awards().stream().map(Award::cooperativeId).collect(Collectors.toSet()) : Set.of();
        return new Ocds.Release(ocid(p.demandId()), id, date, tag, "tender", "id", parties(p, bids, suppliers),
                reference(p.buyer()), tender(p, stage, bids),
                bidsShown ? new Ocds.Bids(statistics(p, bids), bids.stream().map(b -> bid(p, b)).toList()) : null,
                awarded ? p.awards().stream().map(a -> award(p, a)).toList() : null,
                stage == ReleaseStage.CONTRACT ? p.awards().stream().map(a -> contract(p, a)).toList() : null);
    }

    private List<Ocds.Party> parties(ContractingProcess p, List<Bid> bids, Set<UUID> suppliers) {
        List<Ocds.Party> parties = new ArrayList<>();
        parties.add(new Ocds.Party(p.buyer().id().toString(), p.buyer().name(), address(p.buyer()),
                List.of("buyer", "procuringEntity"), new Ocds.PartyDetails("large", null)));
        Map<UUID, List<Bid>> byCooperative = new LinkedHashMap<>();
        bids.forEach(b -> byCooperative.computeIfAbsent(b.cooperativeId(), id -> new ArrayList<>()).add(b));
        byCooperative.forEach((cooperativeId, itsBids) -> {
            Organisation cooperative = p.cooperatives().get(cooperativeId);
            List<String> roles = suppliers.contains(cooperativeId) ? List.of("tenderer", "supplier") : List.of("tenderer");
            List<MemberProfile> named = itsBids.stream().flatMap(b -> b.memberIds().stream()).distinct()
                    .map(p.members()::get).filter(Objects::nonNull).toList();
            parties.add(new Ocds.Party(cooperativeId.toString(), cooperative.name(), address(cooperative), roles,
                    new Ocds.PartyDetails(scale(named), classifications(named))));
        });
        return parties;
    }

    /** micro, small or medium when every named member MSME is of that size; "sme" otherwise. */
    static String scale(List<MemberProfile> members) {
        Set<String> sizes = members.stream().map(m -> m.sizeClass().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return sizes.size() == 1 ? sizes.iterator().next() : "sme";
    }

    private static List<Ocds.Classification> classifications(List<MemberProfile> members) {
        List<Ocds.Classification> classifications = new ArrayList<>();
        addCount(classifications, members, MemberProfile::womenLed, "womenLed", "women-led");
        addCount(classifications, members, MemberProfile::youthLed, "youthLed", "youth-led");
        addCount(classifications, members, MemberProfile::green, "green", "green");
        return classifications.isEmpty() ? null : classifications;
    }

    private static void addCount(List<Ocds.Classification> into, List<MemberProfile> members, Predicate<MemberProfile> flag,
                                 String id, String words) {
        long count = members.stream().filter(flag).count();
        if (count > 0) {
            into.add(new Ocds.Classification(CLASSIFICATION_SCHEME, id,
                    count + " of " + members.size() + " member MSMEs named in its bids are " + words));
        }
    }

    private Ocds.Tender tender(ContractingProcess p, ReleaseStage stage, List<Bid> bids) {
        String status = switch (stage) {
            case TENDER, BIDS_OPENED -> "active";
            case CANCELLATION -> "cancelled";
            case AWARD, CONTRACT -> "complete";
        };
        BigInteger ceiling = p.lots().stream().map(l -> Ocds.Value.idr(l.quantity(), l.maxUnitPriceIdr()).amount())
                .reduce(BigInteger.ZERO, BigInteger::add);
        List<Ocds.OrganizationReference> tenderers = bids.stream().map(Bid::cooperativeId).distinct()
                .map(id -> reference(p.cooperatives().get(id))).toList();
        return new Ocds.Tender(p.demandId().toString(), p.title(), p.description(), status, reference(p.buyer()),
                p.lots().stream().map(l -> lotItem(p, l)).toList(), Ocds.Value.idr(ceiling), "open",
                "Tender terbuka untuk koperasi dan UMKM; penawaran tertutup sampai batas waktu", "goods",
                new Ocds.Period(date(p.publishedAt()), date(p.bidDeadline())),
                stage.showsBids() ? tenderers.size() : null, stage.showsBids() ? tenderers : null,
                p.lots().stream().map(l -> lot(p, stage, l)).toList());
    }

    private Ocds.Lot lot(ContractingProcess p, ReleaseStage stage, Lot lot) {
        boolean lotAwarded = p.awards().stream().anyMatch(a -> a.lotId().equals(lot.id()));
        String status = switch (stage) {
            case TENDER, BIDS_OPENED -> "active";
            case CANCELLATION -> "cancelled";
            case AWARD, CONTRACT -> lotAwarded ? "complete" : "unsuccessful";
        };
        StringBuilder description = new StringBuilder(lot.specification());
        if (!lot.requiredCertifications().isEmpty()) {
            description.append(description.length() > 0 ? "\n" : "").append("Sertifikasi wajib: ")
                    .append(String.join(", ", lot.requiredCertifications()));
        }
        if (lot.minLocalContentPct().signum() > 0) {
            description.append(description.length() > 0 ? "\n" : "").append("TKDN minimal ")
                    .append(lot.minLocalContentPct().stripTrailingZeros().toPlainString()).append("%");
        }
        description.append(description.length() > 0 ? "\n" : "").append("Dikirim ke ").append(lot.deliveryProvince());
        return new Ocds.Lot(lot.id().toString(), lot.title(), description.toString(), status,
                Ocds.Value.idr(lot.quantity(), lot.maxUnitPriceIdr()),
                new Ocds.Period(null, date(lot.deliveryDeadline().atTime(LocalTime.MAX.withNano(0)).atZone(localZone).toOffsetDateTime())));
    }

    private static Ocds.Item lotItem(ContractingProcess p, Lot lot) {
        return new Ocds.Item(lot.id().toString(), lot.title(), new Ocds.Classification("KBLI", p.kbli(), "KBLI 2020"),
                lot.quantity(), new Ocds.Unit(lot.unit(), Ocds.Value.idr(1, lot.maxUnitPriceIdr())), lot.id().toString());
    }

    private static Ocds.Item item(Lot lot, long quantity, long unitPriceIdr) {
        return new Ocds.Item("1", lot.title(), null, quantity, new Ocds.Unit(lot.unit(), Ocds.Value.idr(1, unitPriceIdr)),
                lot.id().toString());
    }

    private Ocds.Bid bid(ContractingProcess p, Bid bid) {
        return new Ocds.Bid(bid.id().toString(), date(bid.receivedAt()), "valid",
                List.of(reference(p.cooperatives().get(bid.cooperativeId()))), Ocds.Value.idr(bid.quantity(), bid.unitPriceIdr()),
                List.of(item(lot(p, bid.lotId()), bid.quantity(), bid.unitPriceIdr())), List.of(bid.lotId().toString()));
    }

    /**
     * Counts for the whole tender (bids, bidders, and bids whose named MSMEs are all micro, small or medium) and
     * per lot (bids, lowest and highest unit price: bids may offer part of a lot, so unit prices compare).
     */
    private static List<Ocds.Statistic> statistics(ContractingProcess p, List<Bid> bids) {
        List<Ocds.Statistic> statistics = new ArrayList<>();
        statistics.add(count("bids", "bids", bids.size(), null));
        statistics.add(count("bidders", "bidders", bids.stream().map(Bid::cooperativeId).distinct().count(), null));
        for (String size : List.of("micro", "small", "medium")) {
            long n = bids.stream().filter(b -> size.equals(scale(b.memberIds().stream().map(p.members()::get)
                    .filter(Objects::nonNull).toList()))).count();
            statistics.add(count(size + "Bids", size + "Bids", n, null));
        }
        for (Lot lot : p.lots()) {
            List<Bid> onLot = bids.stream().filter(b -> b.lotId().equals(lot.id())).toList();
            String prefix = "lot-" + lot.lotNo() + "-";
            statistics.add(count(prefix + "bids", "bids", onLot.size(), lot.id().toString()));
            onLot.stream().mapToLong(Bid::unitPriceIdr).min().ifPresent(min -> statistics.add(new Ocds.Statistic(
                    prefix + "lowest", "lowestValidBidValue", BigDecimal.valueOf(min), Ocds.CURRENCY,
                    "Unit price per " + lot.unit(), lot.id().toString())));
            onLot.stream().mapToLong(Bid::unitPriceIdr).max().ifPresent(max -> statistics.add(new Ocds.Statistic(
                    prefix + "highest", "highestValidBidValue", BigDecimal.valueOf(max), Ocds.CURRENCY,
                    "Unit price per " + lot.unit(), lot.id().toString())));
        }
        return statistics;
    }

    private static Ocds.Statistic count(String id, String measure, long value, String relatedLot) {
        return new Ocds.Statistic(id, measure, BigDecimal.valueOf(value), null, null, relatedLot);
    }

    private Ocds.Award award(ContractingProcess p, Award award) {
        Lot lot = lot(p, award.lotId());
        return new Ocds.Award(award.id().toString(), lot.title(), "active", date(award.awardedAt()),
                Ocds.Value.idr(award.quantity(), award.unitPriceIdr()), List.of(reference(p.cooperatives().get(award.cooperativeId()))),
                List.of(item(lot, award.quantity(), award.unitPriceIdr())), List.of(lot.id().toString()),
                List.of(award.bidId().toString()));
    }

    /** A completed award: its contract was fulfilled ("terminated" in OCDS 1.1: once in force, no longer active). */
    private Ocds.Contract contract(ContractingProcess p, Award award) {
        Lot lot = lot(p, award.lotId());
        return new Ocds.Contract(award.id().toString(), award.id().toString(), lot.title(), "terminated",
                Ocds.Value.idr(award.quantity(), award.unitPriceIdr()),
                new Ocds.Period(date(award.awardedAt()), p.completedAt().map(this::date).orElse(null)),
                List.of(item(lot, award.quantity(), award.unitPriceIdr())), List.of(award.bidId().toString()));
    }

    private static Lot lot(ContractingProcess p, UUID lotId) {
        return p.lots().stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("lot " + lotId + " is not of demand " + p.demandId()));
    }

    private static Ocds.OrganizationReference reference(Organisation organisation) {
        return new Ocds.OrganizationReference(organisation.id().toString(), organisation.name());
    }

    private static Ocds.Address address(Organisation organisation) {
        return new Ocds.Address(organisation.province(), "Indonesia");
    }

    String date(OffsetDateTime time) {
        return DATE.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
