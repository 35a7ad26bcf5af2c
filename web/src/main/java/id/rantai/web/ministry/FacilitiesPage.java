package id.rantai.web.ministry;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.catalogue.FacilityRegistry;
import id.rantai.api.monitoring.FacilityReport;
import id.rantai.api.monitoring.Monitoring;
import id.rantai.api.monitoring.MonitoringSettings;
import id.rantai.api.monitoring.ReportingPeriod;
import id.rantai.api.plan.Matching;
import id.rantai.api.plan.MatchingView;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.web.layout.FieldErrors;
import id.rantai.web.layout.Provinces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Shared production houses as the ministry watches them: a heat map of booked hours against weekly capacity per facility
 * and week, the shortages the latest network matching run found, and the planned facilities that would relieve them.
 * Figures from {@link Monitoring#facilities}, the same as {@code GET /api/monitoring/facilities}.
 */
@Controller("/ministry/facilities")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class FacilitiesPage {

    /** Shortages listed on the page, largest first; the API has them all. */
    static final int MAX_SHORTAGES = 30;

    private final Monitoring monitoring;
    private final MonitoringSettings settings;
    private final Matching matching;
    private final FacilityRegistry facilities;
    private final Provinces provinces;

    FacilitiesPage(Monitoring monitoring, MonitoringSettings settings, Matching matching, FacilityRegistry facilities,
                   Provinces provinces) {
        this.provinces = provinces;
        this.monitoring = monitoring;
        this.settings = settings;
        this.matching = matching;
        this.facilities = facilities;
    }

    /** One cell of the heat map: the week's utilisation and the band that colours it. */
    record Cell(LocalDate week, FacilityReport.Week figures, String heat) {
    }

    record Row(FacilityReport.FacilityUse facility, List<Cell> cells) {
    }

    record Shortage(UUID facilityId, String name, LocalDate week, BigDecimal shortHours) {
    }

    @Get
    HttpResponse<ModelAndView<Map<String, Object>>> page(Authentication auth, @Nullable @QueryValue String from,
                                                         @Nullable @QueryValue String to) {
        CurrentUser user = MinistryAccess.analyst(auth);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("from", from == null ? "" : from.strip());
        typed.put("to", to == null ? "" : to.strip());
        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        FacilityReport report;
        try {
            List<Problem.FieldError> errors = new ArrayList<>();
            LocalDate fromDay = day(typed.get("from"), "from", errors);
            LocalDate toDay = day(typed.get("to"), "to", errors);
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
            }
            report = monitoring.facilities(ReportingPeriod.of(fromDay, toDay, settings.zone()), Optional.empty());
        } catch (ProblemException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            model.put("errors", FieldErrors.of(refused));
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("ministry/facilities", model));
        }
        model.put("errors", FieldErrors.none());
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = report.fromWeek(); !w.isAfter(report.toWeek()); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        List<Row> rows = new ArrayList<>();
        for (FacilityReport.FacilityUse use : report.facilities()) {
            Map<LocalDate, FacilityReport.Week> booked = new HashMap<>();
            use.weeks().forEach(w -> booked.put(w.week(), w));
            rows.add(new Row(use, weeks.stream().map(w -> new Cell(w, booked.get(w), heat(booked.get(w)))).toList()));
        }
        model.put("report", report);
        provinces.all(); // read once through its transaction; the template then names provinces from memory
        model.put("provinces", provinces);
        model.put("weeks", weeks);
        model.put("rows", rows);
        model.put("relief", report.plannedRelief());
        model.put("shortages", shortages(user, report.plannedRelief().matchingRunId()));
        model.put("canRunMatching", user.role() == Role.MINISTRY);
        return HttpResponse.ok(new ModelAndView<>("ministry/facilities", model));
    }

    /** The latest run's shortages as {@link Matching} lets this person read them (administrators do not see others' runs). */
    private List<Shortage> shortages(CurrentUser user, UUID runId) {
        if (runId == null) {
            return List.of();
        }
        MatchingView run;
        try {
            run = matching.read(user, runId);
        } catch (ProblemException notVisible) {
            return List.of();
        }
        if (run.result() == null) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        return run.result().facilityShortage().stream()
                .sorted(Comparator.comparing(MatchingView.Shortage::shortHours).reversed()
                        .thenComparing(MatchingView.Shortage::week))
                .limit(MAX_SHORTAGES)
                .map(s -> new Shortage(s.facilityId(), names.computeIfAbsent(s.facilityId(), this::facilityName), s.week(),
                        s.shortHours()))
                .toList();
    }

    private String facilityName(UUID id) {
        try {
            return facilities.read(id).name();
        } catch (ProblemException gone) {
            return id.toString();
        }
    }

    /** Heat map bands: none, under a quarter, half, three quarters, full, overbooked. */
    static String heat(FacilityReport.Week week) {
        if (week == null || week.bookedHours().signum() == 0) {
            return "heat-0";
        }
        if (week.overbooked()) {
            return "heat-over";
        }
        double pct = week.utilisationPct().doubleValue();
        return pct < 25 ? "heat-1" : pct < 50 ? "heat-2" : pct < 75 ? "heat-3" : "heat-4";
    }

    private static LocalDate day(String text, String field, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a day (2025-03-01)"));
            return null;
        }
    }
}
