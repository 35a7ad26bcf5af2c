package id.rantai.web.ministry;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.catalogue.FacilityRegistry;
import id.rantai.api.catalogue.OrganizationProfiles;
import id.rantai.api.plan.Matching;
import id.rantai.api.plan.MatchingRequest;
import id.rantai.api.plan.MatchingView;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Network matching from the ministry's side: start a run for the open demands, follow it while it solves (the run's
 * part of the page is polled by htmx, or the page refreshes itself without JavaScript), then see which cooperatives and
 * facility weeks the open lots were matched to and where facility capacity is short. {@link Matching} decides who may.
 */
@Controller("/ministry/matching")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MatchingPage {

    /** Proposals listed on the page; the API has them all. */
    static final int MAX_ROWS = 200;

    private final Matching matching;
    private final Tendering tendering;
    private final OrganizationProfiles organizations;
    private final FacilityRegistry facilities;
    private final RequestChecks checks;

    MatchingPage(Matching matching, Tendering tendering, OrganizationProfiles organizations, FacilityRegistry facilities,
                 RequestChecks checks) {
        this.matching = matching;
        this.tendering = tendering;
        this.organizations = organizations;
        this.facilities = facilities;
        this.checks = checks;
    }

    /** One proposed allocation with the names a person reads. */
    record Proposal(UUID demandId, String demand, String lot, String cooperative, String facility, LocalDate week, long quantity,
                    long estimatedUnitPriceIdr) {
    }

    record Shortage(String facility, LocalDate week, BigDecimal shortHours) {
    }

    @Get
    ModelAndView<Map<String, Object>> form(Authentication auth) {
        MinistryAccess.analyst(auth);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("horizonWeeks", "12");
        typed.put("timeLimitSeconds", "10");
        return formPage(typed, FieldErrors.none());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(Authentication auth, @Body Map<String, Object> fields) {
        CurrentUser user = MinistryAccess.analyst(auth);
        Form form = new Form(fields);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("horizonWeeks", form.text("horizonWeeks"));
        typed.put("timeLimitSeconds", form.text("timeLimitSeconds"));
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer weeks = whole(typed.get("horizonWeeks"), "horizonWeeks", errors);
        Integer limit = whole(typed.get("timeLimitSeconds"), "timeLimitSeconds", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
            }
            MatchingView run = matching.request(user, checks.check(new MatchingRequest(null, weeks, limit)));
            return HttpResponse.seeOther(URI.create("/ministry/matching/" + run.runId()));
        } catch (ProblemException refused) {
            if (refused.status() == HttpStatus.FORBIDDEN || refused.status() == HttpStatus.NOT_FOUND) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(typed, FieldErrors.of(refused)));
        }
    }

    @Get("/{runId}")
    ModelAndView<Map<String, Object>> run(Authentication auth, @PathVariable UUID runId) {
        CurrentUser user = MinistryAccess.analyst(auth);
        MatchingView run = matching.read(user, runId);
        Map<String, Object> model = new HashMap<>();
        model.put("run", run);
        boolean solving = "SOLVING".equals(run.status());
        model.put("solving", solving);
        if (solving) {
            // in the head, outside the part htmx swaps: inside it, the swapped-in copy's refresh reloaded the page for everyone
            model.put("refreshSeconds", 3);
        }
        long elapsed = Math.max(0, Duration.between(run.createdAt(), OffsetDateTime.now()).toSeconds());
        model.put("elapsedSeconds", Math.min(elapsed, run.request().timeLimitSeconds()));
        model.put("demands", run.request().demandIds().size());
        Map<UUID, Optional<DemandView>> demands = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        List<Proposal> proposals = new ArrayList<>();
        List<Shortage> shortages = new ArrayList<>();
        if (run.result() != null) {
            for (MatchingView.Proposal p : run.result().allocations()) {
                if (proposals.size() == MAX_ROWS) {
                    break;
                }
                Optional<DemandView> demand = demands.computeIfAbsent(p.demandId(), id -> demand(user, id));
                String lot = demand.flatMap(d -> d.lots().stream().filter(l -> l.id().equals(p.lotId())).findFirst())
                        .map(l -> l.lotNo() + ". " + l.title()).orElse(p.lotId().toString());
                proposals.add(new Proposal(p.demandId(), demand.map(DemandView::title).orElse(p.demandId().toString()), lot,
                        names.computeIfAbsent(p.cooperativeId(), this::organizationName),
                        p.facilityId() == null ? null : names.computeIfAbsent(p.facilityId(), this::facilityName), p.week(),
                        p.quantity(), p.estimatedUnitPriceIdr()));
            }
            for (MatchingView.Shortage s : run.result().facilityShortage()) {
                shortages.add(new Shortage(names.computeIfAbsent(s.facilityId(), this::facilityName), s.week(), s.shortHours()));
            }
        }
        // by demand and lot, so the cooperatives proposed for one lot stand together
        proposals.sort(Comparator.comparing(Proposal::demand).thenComparing(Proposal::lot)
                .thenComparing(Proposal::quantity, Comparator.reverseOrder()));
        model.put("proposals", proposals);
        model.put("hiddenProposals", run.result() == null ? 0 : run.result().allocations().size() - proposals.size());
        model.put("shortages", shortages);
        return new ModelAndView<>("ministry/matching-run", model);
    }

    private ModelAndView<Map<String, Object>> formPage(Map<String, String> typed, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("errors", errors);
        return new ModelAndView<>("ministry/matching", model);
    }

    private Optional<DemandView> demand(CurrentUser user, UUID id) {
        try {
            return Optional.of(tendering.read(user, id));
        } catch (ProblemException gone) {
            return Optional.empty();
        }
    }

    private String organizationName(UUID id) {
        try {
            return organizations.profile(id).name();
        } catch (ProblemException gone) {
            return id.toString();
        }
    }

    private String facilityName(UUID id) {
        try {
            return facilities.read(id).name();
        } catch (ProblemException gone) {
            return id.toString();
        }
    }

    private static Integer whole(String text, String field, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return null;
        }
    }
}
