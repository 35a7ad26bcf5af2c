package id.rantai.api.opendata;

import id.rantai.api.tender.DemandStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the public may know of one published demand, read from the database: the demand and its lots; its
 * live bids only once they are opened (EVALUATION, AWARDED, COMPLETED), with the profile of the MSMEs they
 * name (size class and flags, never a name or an owner); its awards; when it was completed. A demand never
 * published (a draft, or one cancelled as a draft) has no ContractingProcess.
 */
record ContractingProcess(UUID demandId, String title, String description, String kbli, DemandStatus status,
                          OffsetDateTime bidDeadline, OffsetDateTime publishedAt, Optional<OffsetDateTime> cancelledAt,
                          Organisation buyer, List<Lot> lots, List<Bid> bids, Map<UUID, Organisation> cooperatives,
                          Map<UUID, MemberProfile> members, List<Award> awards, Optional<OffsetDateTime> completedAt) {

    ContractingProcess {
        if (!status.bidsOpened() && !bids.isEmpty()) {
            throw new IllegalStateException("bids of demand " + demandId + " are sealed while it is " + status);
        }
    }

    record Organisation(UUID id, String name, String province) {
    }

    record Lot(UUID id, int lotNo, String title, String specification, long quantity, String unit,
               List<String> requiredCertifications, BigDecimal minLocalContentPct, String deliveryProvince,
               LocalDate deliveryDeadline, long maxUnitPriceIdr) {
    }

    record Bid(UUID id, UUID lotId, UUID cooperativeId, long quantity, long unitPriceIdr, OffsetDateTime receivedAt,
               List<UUID> memberIds) {
    }

    /** The public profile of a member MSME: size and flags, nothing that names it or its owner. */
    record MemberProfile(UUID id, String sizeClass, boolean womenLed, boolean youthLed, boolean green) {
    }

    record Award(UUID id, UUID lotId, UUID bidId, UUID cooperativeId, long quantity, long unitPriceIdr,
                 OffsetDateTime awardedAt) {
    }
}
