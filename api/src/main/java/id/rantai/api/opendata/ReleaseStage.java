package id.rantai.api.opendata;

import id.rantai.api.tender.DemandStatus;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The moments of a demand that each make one OCDS release, in the order they happen. A release's id is the
 * ocid and the stage's suffix, so it is unique within the process and the same on every request.
 *
 * <ul>
 *   <li>TENDER ({@code tender}): published (OPEN), dated by its publication;</li>
 *   <li>BIDS_OPENED ({@code tenderUpdate}): the deadline passed and the bids are open (EVALUATION and later),
 *       dated by the deadline — the first release with bids;</li>
 *   <li>CANCELLATION ({@code tenderCancellation}): a published demand was cancelled; its bids stay sealed;</li>
 *   <li>AWARD ({@code award}): awarded (AWARDED, COMPLETED), dated by the award;</li>
 *   <li>CONTRACT ({@code contract}): everything delivered (COMPLETED), dated by the last delivery recorded.</li>
 * </ul>
 * No planning release: a demand is only public once published, and then it is already a tender.
 */
enum ReleaseStage {
    TENDER("tender", "tender"),
    BIDS_OPENED("bids", "tenderUpdate"),
    CANCELLATION("cancellation", "tenderCancellation"),
    AWARD("award", "award"),
    CONTRACT("contract", "contract");

    private final String suffix;
    private final String tag;

    ReleaseStage(String suffix, String tag) {
        this.suffix = suffix;
        this.tag = tag;
    }

    String suffix() {
        return suffix;
    }

    String tag() {
        return tag;
    }

    /** The stage's number in the SQL that lists releases (see {@link ContractingProcesses}). */
    int code() {
        return ordinal() + 1;
    }

    static ReleaseStage ofCode(int code) {
        return values()[code - 1];
    }

    /** When the process reached this stage, if it has. Must agree with the SQL that lists releases. */
    Optional<OffsetDateTime> reachedAt(ContractingProcess p) {
        DemandStatus status = p.status();
        boolean awarded = (status == DemandStatus.AWARDED || status == DemandStatus.COMPLETED) && !p.awards().isEmpty();
        return switch (this) {
            case TENDER -> Optional.of(p.publishedAt());
            case BIDS_OPENED -> status.bidsOpened() ? Optional.of(p.bidDeadline()) : Optional.empty();
            case CANCELLATION -> status == DemandStatus.CANCELLED ? p.cancelledAt() : Optional.empty();
            case AWARD -> awarded
                    ? p.awards().stream().map(ContractingProcess.Award::awardedAt).max(OffsetDateTime::compareTo)
                    : Optional.empty();
            case CONTRACT -> awarded && status == DemandStatus.COMPLETED ? p.completedAt() : Optional.empty();
        };
    }

    /** Whether a release of this stage shows the (opened) bids and the tenderers. */
    boolean showsBids() {
        return this == BIDS_OPENED || this == AWARD || this == CONTRACT;
    }
}
