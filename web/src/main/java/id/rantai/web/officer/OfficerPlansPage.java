package id.rantai.web.officer;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.bid.BidOpening;
import id.rantai.api.catalogue.FacilityRegistry;
import id.rantai.api.plan.PlanRequest;
import id.rantai.api.plan.PlanView;
import id.rantai.api.plan.Planning;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.problem.RequestChecks;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import id.rantai.web.layout.FieldErrors;
import id.rantai.web.layout.Form;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Awarding with the optimizer: the rules form (MSME, women/youth and green shares, maximum share per bidder, number of
 * suppliers, each hard or soft), the live progress while it solves, then the plan with its explanation; accept or cancel.
 */
@Controller("/officer")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficerPlansPage {

    /** The rules of the form: field name, whether it is a percentage (else a count). */
    static final List<String> RULES = List.of("minMsmeSharePct", "minWomenYouthSharePct", "minGreenSharePct",
            "maxSharePerBidderPct", "minSuppliersPerLot", "maxSuppliersPerLot");
    /** The solver's name of each rule, as {@code rules.hard} takes it. */
    static final Map<String, String> HARD_NAMES = Map.of("minMsmeSharePct", "MIN_MSME_SHARE",
            "minWomenYouthSharePct", "MIN_WOMEN_YOUTH_SHARE", "minGreenSharePct", "MIN_GREEN_SHARE",
            "maxSharePerBidderPct", "MAX_SHARE_PER_BIDDER", "minSuppliersPerLot", "MIN_SUPPLIERS_PER_LOT",
            "maxSuppliersPerLot", "MAX_SUPPLIERS_PER_LOT");

    private final Tendering tendering;
    private final Planning planning;
    private final BidOpening opening;
    private final FacilityRegistry facilities;
    private final RequestChecks checks;

    OfficerPlansPage(Tendering tendering, Planning planning, BidOpening opening, FacilityRegistry facilities, RequestChecks checks) {
        this.tendering = tendering;
        this.planning = planning;
        this.opening = opening;
        this.facilities = facilities;
        this.checks = checks;
    }

    @Get("/demands/{id}/plans/new")
    ModelAndView<Map<String, Object>> form(Authentication auth, @PathVariable UUID id) {
        CurrentUser officer = OfficerAccess.officer(auth);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("minMsmeSharePct", "40");
        typed.put("timeLimitSeconds", "10");
        return formPage(officer, id, typed, List.of(), FieldErrors.none());
    }

    @Post(value = "/demands/{id}/plans/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> request(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser officer = OfficerAccess.officer(auth);
        Form form = new Form(fields);
        Map<String, String> typed = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> values = new HashMap<>();
        for (String rule : RULES) {
            typed.put(rule, form.text(rule));
            values.put(rule, whole(form.text(rule), "rules." + rule, errors));
        }
        typed.put("timeLimitSeconds", form.text("timeLimitSeconds"));
        Integer timeLimit = whole(form.text("timeLimitSeconds"), "timeLimitSeconds", errors);
        List<String> hard = form.all("hard").stream().filter(HARD_NAMES::containsKey).filter(r -> values.get(r) != null)
                .map(HARD_NAMES::get).toList();
        try {
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
            }
            PlanRequest request = checks.check(new PlanRequest(new PlanRequest.Rules(values.get("minMsmeSharePct"),
                    values.get("minWomenYouthSharePct"), values.get("minGreenSharePct"), values.get("maxSharePerBidderPct"),
                    values.get("minSuppliersPerLot"), values.get("maxSuppliersPerLot"), form.checked("allowUnawarded"),
                    !form.checked("noTkdnPreference"), hard), timeLimit));
            PlanView plan = planning.request(officer, id, request);
            return OfficerAccess.redirect("/officer/plans/" + plan.planId());
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formPage(officer, id, typed, form.all("hard"), FieldErrors.of(refused)));
        }
    }

    @Get("/plans/{planId}")
    ModelAndView<Map<String, Object>> plan(Authentication auth, @PathVariable UUID planId) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return planPage(officer, planning.read(officer, planId), null);
    }

    @Post(value = "/plans/{planId}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(Authentication auth, @PathVariable UUID planId) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return act(officer, planId, () -> {
            PlanView accepted = planning.accept(officer, planId);
            return "/officer/demands/" + accepted.demandId() + "?done=accepted#awards";
        });
    }

    @Post(value = "/plans/{planId}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Authentication auth, @PathVariable UUID planId) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return act(officer, planId, () -> "/officer/plans/" + planning.cancel(officer, planId).planId());
    }

    private HttpResponse<?> act(CurrentUser officer, UUID planId, java.util.function.Supplier<String> action) {
        try {
            return OfficerAccess.redirect(action.get());
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN) {
                throw refused;
            }
            return HttpResponse.status(refused.status()).body(planPage(officer, planning.read(officer, planId), FieldErrors.of(refused)));
        }
    }

    private ModelAndView<Map<String, Object>> formPage(CurrentUser officer, UUID id, Map<String, String> typed, List<String> hard,
                                                       FieldErrors errors) {
        DemandView demand = OfficerAccess.ownDemand(tendering, officer, id);
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("typed", typed);
        model.put("hard", hard);
        model.put("rules", RULES);
        model.put("errors", errors);
        return new ModelAndView<>("officer/plan-form", model);
    }

    private ModelAndView<Map<String, Object>> planPage(CurrentUser officer, PlanView plan, FieldErrors refusal) {
        DemandView demand = OfficerAccess.ownDemand(tendering, officer, plan.demandId());
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("demand", demand);
        model.put("refusal", refusal);
        model.put("explained", PlanExplanation.of(plan, demand, this::facilityName));
        Map<UUID, String> names = new HashMap<>();
        if (demand.status().bidsOpened()) {
            opening.bidsOf(officer, demand.id()).forEach(b -> names.put(b.cooperative().id(), b.cooperative().name()));
        }
        model.put("cooperativeNames", names);
        return new ModelAndView<>("officer/plan", model);
    }

    private String facilityName(UUID facilityId) {
        try {
            return facilities.read(facilityId).name();
        } catch (ProblemException gone) {
            return facilityId.toString();
        }
    }

    private static Integer whole(String text, String field, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return null;
        }
    }
}
