package id.rantai.web.officer;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.problem.RequestChecks;
import id.rantai.api.tender.DemandRequest;
import id.rantai.api.tender.DemandStatus;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Demands;
import id.rantai.api.tender.Tendering;
import id.rantai.web.layout.FieldErrors;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.Provinces;
import id.rantai.web.layout.ViewerPreferences;
import id.rantai.web.layout.ViewerZone;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The officer's demands: the list by status with deadlines counting down, and the demand form (create and edit a
 * draft with any number of lots, publish, cancel). Every action goes through {@link Tendering}, as the API's does.
 */
@Controller("/officer/demands")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficerDemandsPage {

    private static final int PAGE_SIZE = 20;

    private final Tendering tendering;
    private final RequestChecks checks;
    private final ViewerPreferences preferences;
    private final Provinces provinces;

    OfficerDemandsPage(Tendering tendering, RequestChecks checks, ViewerPreferences preferences, Provinces provinces) {
        this.tendering = tendering;
        this.checks = checks;
        this.preferences = preferences;
        this.provinces = provinces;
    }

    @Get
    ModelAndView<Map<String, Object>> list(Authentication auth, @Nullable @QueryValue String status,
                                           @Nullable @QueryValue Integer page, @Nullable @QueryValue String done) {
        CurrentUser officer = OfficerAccess.officer(auth);
        Optional<DemandStatus> chosen = Optional.ofNullable(status).flatMap(OfficerDemandsPage::statusNamed);
        int pageNo = page == null || page < 0 ? 0 : Math.min(page, 10_000);
        Demands.Page demands = tendering.list(officer, chosen, officer.organizationId(), pageNo, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("demands", demands);
        model.put("status", chosen.map(Enum::name).orElse(null));
        model.put("statuses", DemandStatus.values());
        model.put("done", done);
        model.put("hasMore", (long) (pageNo + 1) * PAGE_SIZE < demands.total());
        return new ModelAndView<>("officer/demands", model);
    }

    @Get("/new")
    ModelAndView<Map<String, Object>> blank(Authentication auth) {
        OfficerAccess.officer(auth);
        return form(null, DemandForm.empty(), FieldErrors.none());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Authentication auth, @Body Map<String, Object> fields) {
        CurrentUser officer = OfficerAccess.officer(auth);
        return save(officer, null, new Form(fields));
    }

    @Get("/{id}/edit")
    ModelAndView<Map<String, Object>> edit(Authentication auth, @PathVariable UUID id) {
        CurrentUser officer = OfficerAccess.officer(auth);
        DemandView demand = OfficerAccess.ownDemand(tendering, officer, id);
        return form(demand, DemandForm.of(demand, zone(officer)), FieldErrors.none());
    }

    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser officer = OfficerAccess.officer(auth);
        OfficerAccess.ownDemand(tendering, officer, id);
        return save(officer, id, new Form(fields));
    }

    private HttpResponse<?> save(CurrentUser officer, UUID id, Form posted) {
        DemandForm form = DemandForm.of(posted);
        String action = posted.text("action");
        DemandView existing = id == null ? null : OfficerAccess.ownDemand(tendering, officer, id);
        if ("addLot".equals(action)) {
            return HttpResponse.ok(form(existing, form.withLotAdded(), FieldErrors.none()));
        }
        if (action != null && action.startsWith("removeLot-")) {
            int index = parseIndex(action.substring("removeLot-".length()));
            return HttpResponse.ok(form(existing, form.withoutLot(index), FieldErrors.none()));
        }
        try {
            DemandRequest request = checks.check(form.toRequest(zone(officer)));
            DemandView saved = id == null ? tendering.create(officer, request)
                    : tendering.edit(officer, id, form.version() == null ? -1 : form.version(), request);
            return OfficerAccess.redirect("/officer/demands/" + saved.id() + "?done=saved");
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(existing, form, FieldErrors.of(refused)));
        }
    }

    private ModelAndView<Map<String, Object>> form(DemandView existing, DemandForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("demand", existing);
        model.put("form", form);
        model.put("errors", errors);
        model.put("provinces", provinces.all());
        return new ModelAndView<>("officer/demand-form", model);
    }

    private ViewerZone zone(CurrentUser user) {
        return preferences.of(user.userId()).zone();
    }

    private static Optional<DemandStatus> statusNamed(String name) {
        for (DemandStatus s : DemandStatus.values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
