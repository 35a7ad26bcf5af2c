package id.rantai.api.tender;

import id.rantai.api.problem.Problem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * How far ahead a demand's dates may lie: a bid deadline at most {@link #BIDS} ahead, a lot's delivery deadline at most
 * {@link #DELIVERY} ahead. A date beyond is a typing slip (year 20260 for 2026), not a plan, and a year like +99999 would
 * otherwise reach the database and the open-data feed.
 */
final class DeadlineHorizon {

    static final Period BIDS = Period.ofYears(2);
    static final Period DELIVERY = Period.ofYears(5);

    private DeadlineHorizon() {
    }

    /** The fields of {@code request} that lie in the past or beyond the horizon, counted from {@code now}. */
    static List<Problem.FieldError> outside(DemandRequest request, OffsetDateTime now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!request.bidDeadline().isAfter(now)) {
            errors.add(new Problem.FieldError("bidDeadline", "must be in the future"));
        } else if (request.bidDeadline().isAfter(now.plus(BIDS))) {
            errors.add(new Problem.FieldError("bidDeadline", "must be at most 2 years ahead"));
        }
        LocalDate lastDelivery = now.toLocalDate().plus(DELIVERY);
        for (int i = 0; i < request.lots().size(); i++) {
            var lot = request.lots().get(i);
            if (!lot.deliveryDeadline().isAfter(request.bidDeadline().toLocalDate())) {
                errors.add(new Problem.FieldError("lots[" + i + "].deliveryDeadline", "must be after the bid deadline"));
            } else if (lot.deliveryDeadline().isAfter(lastDelivery)) {
                errors.add(new Problem.FieldError("lots[" + i + "].deliveryDeadline", "must be at most 5 years ahead"));
            }
        }
        return errors;
    }
}
