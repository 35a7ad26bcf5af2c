package id.rantai.web.officer;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.award.AwardView;
import id.rantai.api.award.Awarding;
import id.rantai.api.bid.BidOpening;
import id.rantai.api.catalogue.FacilityRegistry;
import id.rantai.api.plan.Planning;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.problem.RequestChecks;
import id.rantai.api.search.SupplyMatches;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import id.rantai.search.cluster.SearchUnavailableException;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One demand in the officer's workspace: its lots and status; while OPEN only the deadline (bids are sealed: no count);
 * after the deadline the comparison per lot, the award by hand or with the optimizer, and then awards and deliveries.
 * The same use cases as the API decide every answer (another BUMN's draft is 404, its bids 403, sealed bids 409).
 */
@Controller("/officer")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficerDemandPage {

    private final Tendering tendering;
    private final BidOpening opening;
    private final Awarding awarding;
    private final Planning planning;
    private final SupplyMatches matches;
    private final FacilityRegistry facilities;
    private final RequestChecks checks;
    private final Provinces provinces;

    OfficerDemandPage(Tendering tendering, BidOpening opening, Awarding awarding, Planning planning, SupplyMatches matches,
                      FacilityRegistry facilities, RequestChecks checks, Provinces provinces) {
        this.tendering = tendering;
        this.opening = opening;
        this.awarding = awarding;
        this.planning = planning;
        this.matches = matches;
        this.facilities = facilities;
        this.checks = checks;
        this.provinces = provinces;
    }

    @Get("/demands/{id}")
    ModelAndView<Map<String, Object>> demand(Authentication auth, @PathVariable UUID id, @Nullable @QueryValue String done) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return page(officer, id, done, null, Map.of());
    }

    @Post(value = "/demands/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return act(officer, id, "published", () -> tendering.publish(officer, id, version(fields)));
    }

    @Post(value = "/demands/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return act(officer, id, "cancelled", () -> tendering.cancel(officer, id, version(fields)));
    }

    @Get("/demands/{id}/lots/{lotId}/candidates")
    ModelAndView<Map<String, Object>> candidates(Authentication auth, @PathVariable UUID id, @PathVariable UUID lotId) {
        CurrentUser officer = OfficerAccess.officer(auth);
        DemandView demand = OfficerAccess.ownDemand(tendering, officer, id);
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("lot", lot(demand, lotId));
        model.put("provinceNames", provinces.names());
        try {
            model.put("candidates", matches.candidates(officer, id, lotId, 20));
        } catch (SearchUnavailableException down) {
            model.put("unavailable", true);
        }
        return new ModelAndView<>("officer/candidates", model);
    }

    @Get("/demands/{id}/lots/{lotId}/comparison")
    ModelAndView<Map<String, Object>> comparison(Authentication auth, @PathVariable UUID id, @PathVariable UUID lotId,
                                                 @Nullable @QueryValue String sort, @Nullable @QueryValue String dir) {
        CurrentUser officer = OfficerAccess.officer(auth);
        DemandView demand = OfficerAccess.ownDemand(tendering, officer, id);
        BidOpening.LotComparison comparison = opening.compare(officer, id, lotId);
        BidComparison rows = BidComparison.of(comparison, sort, dir, this::facilityName);
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("lot", lot(demand, lotId));
        model.put("comparison", comparison);
        model.put("rows", rows);
        model.put("provinceNames", provinces.names());
        return new ModelAndView<>("officer/comparison", model);
    }

    @Get("/demands/{id}/award")
    ModelAndView<Map<String, Object>> awardForm(Authentication auth, @PathVariable UUID id) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return awardPage(officer, id, Map.of(), FieldErrors.none());
    }

    @Post(value = "/demands/{id}/award", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> award(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser officer = OfficerAccess.officer(auth);
        Form form = new Form(fields);
        List<Awarding.Allocation> allocations = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (String bidId : form.all("bid")) {
            String quantity = form.text("quantity-" + bidId);
            typed.put(bidId, quantity);
            if (quantity == null || quantity.equals("0")) {
                continue;
            }
            try {
                allocations.add(new Awarding.Allocation(UUID.fromString(bidId), Long.parseLong(quantity.replace(".", ""))));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("quantity-" + bidId, "must be a whole number"));
            }
        }
        try {
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
            }
            awarding.award(officer, id, checks.check(new Awarding.AwardRequest(allocations)));
            return OfficerAccess.redirect("/officer/demands/" + id + "?done=awarded");
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(awardPage(officer, id, typed, FieldErrors.of(refused)));
        }
    }

    @Post(value = "/awards/{awardId}/deliveries", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deliver(Authentication auth, @PathVariable UUID awardId, @Body Map<String, Object> fields) {
        CurrentUser officer = OfficerAccess.officer(auth);
        AwardView award = awarding.find(awardId).orElseThrow(() -> ProblemException.notFound("Award"));
        Form form = new Form(fields);
        List<Problem.FieldError> errors = new ArrayList<>();
        Long quantity = null;
        LocalDate on = null;
        try {
            quantity = form.text("quantity") == null ? null : Long.parseLong(form.text("quantity").replace(".", ""));
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError("quantity", "must be a whole number"));
        }
        try {
            on = form.text("deliveredOn") == null ? null : LocalDate.parse(form.text("deliveredOn"));
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("deliveredOn", "must be a date, YYYY-MM-DD"));
        }
        try {
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
            }
            awarding.deliver(officer, awardId, checks.check(new Awarding.DeliveryRequest(quantity, on)));
            return OfficerAccess.redirect("/officer/demands/" + award.demandId() + "?done=delivered#awards");
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN) {
                throw refused;
            }
            Map<String, Object> extra = Map.of("deliveryErrors", Map.of(awardId, FieldErrors.of(refused)),
                    "deliveryTyped", Map.of(awardId, form.raw()));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(officer, award.demandId(), null, null, extra));
        }
    }

    private HttpResponse<?> act(CurrentUser officer, UUID id, String done, Runnable action) {
        try {
            action.run();
            return OfficerAccess.redirect("/officer/demands/" + id + "?done=" + done);
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN) {
                throw refused;
            }
            return HttpResponse.status(refused.status()).body(page(officer, id, null, FieldErrors.of(refused), Map.of()));
        }
    }

    private ModelAndView<Map<String, Object>> page(CurrentUser officer, UUID id, String done, FieldErrors refusal,
                                                   Map<String, Object> extra) {
        DemandView demand = OfficerAccess.ownDemand(tendering, officer, id);
        Map<String, Object> model = new HashMap<>(extra);
        model.put("demand", demand);
        model.put("done", done);
        model.put("refusal", refusal);
        model.put("provinceNames", provinces.names());
        if (demand.status().bidsOpened()) {
            Map<UUID, BidOpening.LotComparison> byLot = new LinkedHashMap<>();
            for (DemandView.LotView lot : demand.lots()) {
                byLot.put(lot.id(), opening.compare(officer, id, lot.id()));
            }
            model.put("opened", byLot);
            List<AwardView> awards = awarding.list(officer, Optional.of(id), Optional.empty());
            model.put("awards", awards);
            model.put("lotTitles", demand.lots().stream().collect(Collectors.toMap(DemandView.LotView::id, DemandView.LotView::title)));
            model.put("plans", planning.ofDemand(officer, id));
        }
        model.putIfAbsent("deliveryErrors", Map.of());
        model.putIfAbsent("deliveryTyped", Map.of());
        return new ModelAndView<>("officer/demand", model);
    }

    private ModelAndView<Map<String, Object>> awardPage(CurrentUser officer, UUID id, Map<String, String> typed, FieldErrors errors) {
        DemandView demand = OfficerAccess.ownDemand(tendering, officer, id);
        Map<UUID, BidOpening.LotComparison> byLot = new LinkedHashMap<>();
        for (DemandView.LotView lot : demand.lots()) {
            byLot.put(lot.id(), opening.compare(officer, id, lot.id()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("opened", byLot);
        model.put("typed", typed);
        model.put("errors", errors);
        return new ModelAndView<>("officer/award", model);
    }

    private String facilityName(UUID facilityId) {
        try {
            return facilities.read(facilityId).name();
        } catch (ProblemException gone) {
            return facilityId.toString();
        }
    }

    private static DemandView.LotView lot(DemandView demand, UUID lotId) {
        return demand.lots().stream().filter(l -> l.id().equals(lotId)).findFirst().orElseThrow(() -> ProblemException.notFound("Lot"));
    }

    private static Optional<Long> version(Map<String, Object> fields) {
        String text = new Form(fields).text("version");
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }
}
