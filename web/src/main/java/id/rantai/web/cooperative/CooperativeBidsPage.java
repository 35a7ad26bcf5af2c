package id.rantai.web.cooperative;

import id.rantai.web.layout.Typed;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.award.Awarding;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.problem.RequestChecks;
import id.rantai.web.layout.FieldErrors;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.ViewerPreferences;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cooperative's bids by state (open, locked after the deadline, awarded, not awarded, withdrawn), its awards and
 * the deliveries reported against them ({@link Awarding#deliver}, which decides whose award it is).
 */
@Controller("/cooperative")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CooperativeBidsPage {

    private final CooperativeWork work;
    private final Awarding awarding;
    private final RequestChecks checks;
    private final ViewerPreferences preferences;

    CooperativeBidsPage(CooperativeWork work, Awarding awarding, RequestChecks checks, ViewerPreferences preferences) {
        this.work = work;
        this.awarding = awarding;
        this.checks = checks;
        this.preferences = preferences;
    }

    @Get("/bids")
    ModelAndView<Map<String, Object>> bids(Authentication auth, @Nullable @QueryValue String state) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        CooperativeWork.BidState chosen = Arrays.stream(CooperativeWork.BidState.values()).filter(s -> s.name().equals(state))
                .findFirst().orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("rows", work.bids(manager).stream().filter(r -> chosen == null || r.state() == chosen).toList());
        model.put("state", chosen == null ? null : chosen.name());
        model.put("states", CooperativeWork.BidState.values());
        return new ModelAndView<>("cooperative/bids", model);
    }

    @Get("/awards")
    ModelAndView<Map<String, Object>> awards(Authentication auth, @Nullable @QueryValue String done) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        return awardsPage(manager, done, Map.of(), Map.of());
    }

    @Post(value = "/awards/{awardId}/deliveries", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deliver(Authentication auth, @PathVariable UUID awardId, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        Form form = new Form(fields);
        List<Problem.FieldError> errors = new ArrayList<>();
        Long quantity = Typed.whole(form.text("quantity"), "quantity", errors);
        java.time.LocalDate on = Typed.date(form.text("deliveredOn"), "deliveredOn", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
            }
            awarding.deliver(manager, awardId, checks.check(new Awarding.DeliveryRequest(quantity, on)));
            return CooperativeAccess.redirect("/cooperative/awards?done=delivered#award-" + awardId);
        } catch (ProblemException refused) {
            if (CooperativeAccess.outright(refused)) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(awardsPage(manager, null,
                    Map.of(awardId, FieldErrors.of(refused)), Map.of(awardId, form.raw())));
        }
    }

    private ModelAndView<Map<String, Object>> awardsPage(CurrentUser manager, String done, Map<UUID, FieldErrors> errors,
                                                         Map<UUID, Map<String, Object>> typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("rows", work.awards(manager));
        model.put("done", done);
        model.put("deliveryErrors", errors);
        model.put("deliveryTyped", typed);
        model.put("today", java.time.LocalDate.now(preferences.of(manager.userId()).zone().zone()).toString());
        return new ModelAndView<>("cooperative/awards", model);
    }
}
