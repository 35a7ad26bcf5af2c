package id.rantai.web.cooperative;

import id.rantai.web.layout.Typed;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.bid.BidView;
import id.rantai.api.bid.Bidding;
import id.rantai.api.catalogue.FacilityRegistry;
import id.rantai.api.catalogue.FacilityStatus;
import id.rantai.api.catalogue.Membership;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.problem.RequestChecks;
import id.rantai.api.tender.DemandStatus;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import id.rantai.matching.price.LocalContentPreference;
import id.rantai.web.layout.FieldErrors;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.Provinces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A bid on a lot: quantity, unit price, lead time, TKDN, the members who produce and the shared facility; the evaluated
 * price with the TKDN preference (matching's {@link LocalContentPreference}, as the API evaluates it) shown live while
 * the price or TKDN change, beside the lot's ceiling. Save, revise and withdraw go through {@link Bidding}, which keeps
 * the bid window by the database clock; after the deadline the bid is shown locked.
 */
@Controller("/cooperative")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CooperativeBidPage {

    private final Bidding bidding;
    private final Tendering tendering;
    private final Membership membership;
    private final FacilityRegistry facilities;
    private final CooperativeWork work;
    private final RequestChecks checks;
    private final Provinces provinces;

    CooperativeBidPage(Bidding bidding, Tendering tendering, Membership membership, FacilityRegistry facilities,
                       CooperativeWork work, RequestChecks checks, Provinces provinces) {
        this.bidding = bidding;
        this.tendering = tendering;
        this.membership = membership;
        this.facilities = facilities;
        this.work = work;
        this.checks = checks;
        this.provinces = provinces;
    }

    @Get("/demands/{id}/lots/{lotId}/bid")
    HttpResponse<?> newBid(Authentication auth, @PathVariable UUID id, @PathVariable UUID lotId) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        DemandView demand = tendering.read(manager, id);
        DemandView.LotView lot = CooperativeWork.lot(demand, lotId);
        Optional<BidView> live = work.liveBid(manager, lotId);
        if (live.isPresent()) {
            return CooperativeAccess.redirect("/cooperative/bids/" + live.get().id());
        }
        return HttpResponse.ok(page(manager, demand, lot, null, BidForm.empty(lot.quantity()), FieldErrors.none(), null));
    }

    @Post(value = "/demands/{id}/lots/{lotId}/bid", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(Authentication auth, @PathVariable UUID id, @PathVariable UUID lotId, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        BidForm form = BidForm.of(new Form(fields));
        try {
            BidView saved = bidding.submit(manager, id, lotId, checks.check(form.toRequest()));
            return CooperativeAccess.redirect("/cooperative/bids/" + saved.id() + "?done=bidSaved");
        } catch (ProblemException refused) {
            if (CooperativeAccess.outright(refused)) {
                throw refused;
            }
            DemandView demand = tendering.read(manager, id);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(manager, demand, CooperativeWork.lot(demand, lotId), null, form, FieldErrors.of(refused), null));
        }
    }

    @Get("/bids/{bidId}")
    ModelAndView<Map<String, Object>> bid(Authentication auth, @PathVariable UUID bidId, @Nullable @QueryValue String done) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        CooperativeWork.BidRow row = work.bid(manager, bidId);
        return page(manager, row.demand(), row.lot(), row, BidForm.of(row.bid()), FieldErrors.none(), done);
    }

    @Post(value = "/bids/{bidId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revise(Authentication auth, @PathVariable UUID bidId, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        CooperativeWork.BidRow row = work.bid(manager, bidId);
        BidForm form = BidForm.of(new Form(fields));
        try {
            bidding.revise(manager, row.bid().demandId(), row.bid().lotId(), bidId, form.version() == null ? -1 : form.version(),
                    checks.check(form.toRequest()));
            return CooperativeAccess.redirect("/cooperative/bids/" + bidId + "?done=bidRevised");
        } catch (ProblemException refused) {
            if (CooperativeAccess.outright(refused)) {
                throw refused;
            }
            CooperativeWork.BidRow now = work.bid(manager, bidId);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(manager, now.demand(), now.lot(), now, form, FieldErrors.of(refused), null));
        }
    }

    @Post(value = "/bids/{bidId}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(Authentication auth, @PathVariable UUID bidId, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        CooperativeWork.BidRow row = work.bid(manager, bidId);
        BidForm form = BidForm.of(new Form(fields));
        try {
            bidding.withdraw(manager, row.bid().demandId(), row.bid().lotId(), bidId, form.version() == null ? -1 : form.version());
            return CooperativeAccess.redirect("/cooperative/bids/" + bidId + "?done=bidWithdrawn");
        } catch (ProblemException refused) {
            if (CooperativeAccess.outright(refused)) {
                throw refused;
            }
            CooperativeWork.BidRow now = work.bid(manager, bidId);
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(page(manager, now.demand(), now.lot(), now, BidForm.of(now.bid()), FieldErrors.of(refused), null));
        }
    }

    /** The evaluated price for what is typed now (htmx, as the price or TKDN change). */
    @Get("/demands/{id}/lots/{lotId}/evaluated")
    ModelAndView<Map<String, Object>> evaluated(Authentication auth, @PathVariable UUID id, @PathVariable UUID lotId,
                                                @Nullable @QueryValue String unitPriceIdr, @Nullable @QueryValue String localContentPct) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        DemandView demand = tendering.read(manager, id);
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("lot", CooperativeWork.lot(demand, lotId));
        model.put("price", price(demand, CooperativeWork.lot(demand, lotId), unitPriceIdr, localContentPct));
        return new ModelAndView<>("cooperative/evaluated :: evaluated", model);
    }

    /** The free hours per week of the chosen shared facility until the lot's delivery deadline (htmx, as the choice changes). */
    @Get("/demands/{id}/lots/{lotId}/facility-weeks")
    ModelAndView<Map<String, Object>> facilityWeeks(Authentication auth, @PathVariable UUID id, @PathVariable UUID lotId,
                                                    @Nullable @QueryValue String facilityId, @Nullable @QueryValue String quantity) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        DemandView demand = tendering.read(manager, id);
        Map<String, Object> model = new HashMap<>();
        weeks(model, CooperativeWork.lot(demand, lotId), facilityId, quantity);
        return new ModelAndView<>("cooperative/facility-weeks :: weeks", model);
    }

    /** Puts the facility's weeks (from this week to the delivery deadline) and the hours the typed quantity needs. */
    private void weeks(Map<String, Object> model, DemandView.LotView lot, String facilityText, String quantityText) {
        java.util.List<id.rantai.api.problem.Problem.FieldError> ignored = new java.util.ArrayList<>();
        UUID facility = Typed.id(facilityText, "facilityId", ignored);
        Long quantity = Typed.whole(quantityText, "quantity", ignored);
        if (facility == null) {
            return;
        }
        try {
            java.time.LocalDate today = java.time.LocalDate.now();
            java.time.LocalDate until = lot.deliveryDeadline().isBefore(today) ? today : lot.deliveryDeadline();
            if (until.isAfter(today.plusWeeks(26))) {
                until = today.plusWeeks(26);
            }
            model.put("capacity", facilities.capacity(facility, Optional.of(today), Optional.of(until)));
        } catch (ProblemException unknown) {
            return;
        }
        if (quantity != null && quantity > 0 && lot.facilityMinutesPerUnit() > 0) {
            model.put("hoursNeeded", BigDecimal.valueOf(quantity * lot.facilityMinutesPerUnit())
                    .divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.UP));
        }
    }

    private ModelAndView<Map<String, Object>> page(CurrentUser manager, DemandView demand, DemandView.LotView lot,
                                                   CooperativeWork.BidRow row, BidForm form, FieldErrors errors, String done) {
        boolean open = demand.status() == DemandStatus.OPEN && (row == null || row.state() == CooperativeWork.BidState.OPEN);
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("lot", lot);
        model.put("row", row);
        model.put("form", form);
        model.put("errors", errors);
        model.put("done", done);
        model.put("open", open);
        model.put("provinceNames", provinces.names());
        model.put("members", membership.list(manager, CooperativeAccess.cooperativeOf(manager), 0, 200).items());
        model.put("facilities", facilities.list(Optional.empty(), Optional.of(FacilityStatus.OPERATING), 0, 100).items());
        model.put("price", price(demand, lot, form.fields().get("unitPriceIdr"), form.fields().get("localContentPct")));
        weeks(model, lot, form.fields().get("facilityId"), form.fields().get("quantity"));
        return new ModelAndView<>("cooperative/bid", model);
    }

    /** What a buyer's evaluation makes of a unit price at a TKDN (the demand's rules say whether the preference applies). */
    record EvaluatedPrice(Long offered, Long evaluated, boolean preference, boolean overCeiling, boolean belowMinimum, long ceiling) {
        public boolean known() {
            return offered != null && evaluated != null;
        }
    }

    static EvaluatedPrice price(DemandView demand, DemandView.LotView lot, String priceText, String tkdnText) {
        java.util.List<id.rantai.api.problem.Problem.FieldError> ignored = new java.util.ArrayList<>();
        Long offered = Typed.whole(priceText, "unitPriceIdr", ignored);
        BigDecimal tkdn = Typed.decimal(tkdnText, "localContentPct", ignored);
        boolean preference = demand.rules() == null || !"false".equals(String.valueOf(demand.rules().get("tkdnPreference")));
        LocalContentPreference rule = preference ? LocalContentPreference.GOODS : LocalContentPreference.NONE;
        Long evaluated = null;
        if (offered != null && offered >= 0 && tkdn != null && tkdn.signum() >= 0 && tkdn.compareTo(BigDecimal.valueOf(100)) <= 0) {
            evaluated = rule.evaluatedPriceIdr(offered, tkdn);
        }
        boolean below = tkdn != null && tkdn.compareTo(lot.minLocalContentPct()) < 0;
        return new EvaluatedPrice(offered, evaluated, preference, offered != null && offered > lot.maxUnitPriceIdr(), below,
                lot.maxUnitPriceIdr());
    }
}
