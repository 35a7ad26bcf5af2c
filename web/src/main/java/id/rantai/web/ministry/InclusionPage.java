package id.rantai.web.ministry;

import id.rantai.api.monitoring.AttributionFilter;
import id.rantai.api.monitoring.GroupBy;
import id.rantai.api.monitoring.InclusionFigures;
import id.rantai.api.monitoring.InclusionReport;
import id.rantai.api.monitoring.InclusionTargets;
import id.rantai.api.monitoring.Monitoring;
import id.rantai.api.monitoring.MonitoringSettings;
import id.rantai.api.monitoring.ReportingPeriod;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import id.rantai.web.layout.FieldErrors;
import id.rantai.web.layout.Provinces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ministry's inclusion dashboard: how much BUMN procurement reaches MSMEs, over time against the 40% target, by
 * province, sector and BUMN, and how women-led, youth-led and green MSMEs fare, for one filter (period, BUMN, province,
 * KBLI sector) that every chart, table and download follows. Figures come from {@link Monitoring} as the API's do.
 */
@Controller("/ministry")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InclusionPage {

    /** Without a period the dashboard shows the last twelve months (this one included). */
    static final int DEFAULT_MONTHS = 12;
    private static final InclusionFigures NOTHING = new InclusionFigures(0, 0, 0, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, 0,
            BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

    private final Monitoring monitoring;
    private final MonitoringSettings settings;
    private final Buyers buyers;
    private final Provinces provinces;
    private final HttpLocaleResolver locales;

    InclusionPage(Monitoring monitoring, MonitoringSettings settings, Buyers buyers, Provinces provinces, HttpLocaleResolver locales) {
        this.monitoring = monitoring;
        this.settings = settings;
        this.buyers = buyers;
        this.provinces = provinces;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> home(Authentication auth) {
        MinistryAccess.analyst(auth);
        return HttpResponse.seeOther(URI.create("/ministry/inclusion"));
    }

    @Get("/inclusion")
    HttpResponse<ModelAndView<Map<String, Object>>> dashboard(HttpRequest<?> request, Authentication auth,
                                                              @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                                              @Nullable @QueryValue String buyer, @Nullable @QueryValue String province,
                                                              @Nullable @QueryValue String kbli) {
        MinistryAccess.analyst(auth);
        LocalDate today = LocalDate.now(settings.zone());
        Map<String, String> typed = new LinkedHashMap<>();
        // a first visit (no period asked for) shows the last twelve months; a field left empty means "open"
        typed.put("from", from == null ? today.withDayOfMonth(1).minusMonths(DEFAULT_MONTHS - 1).toString() : from.strip());
        typed.put("to", to == null ? today.toString() : to.strip());
        typed.put("buyer", buyer == null ? "" : buyer.strip());
        typed.put("province", province == null ? "" : province.strip().toUpperCase(Locale.ROOT));
        typed.put("kbli", kbli == null ? "" : kbli.strip());

        Map<String, Object> model = new HashMap<>();
        model.put("typed", typed);
        model.put("buyers", buyers.all());
        model.put("provinces", provinces.all());
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate fromDay = day(typed.get("from"), "from", errors);
        LocalDate toDay = day(typed.get("to"), "to", errors);
        UUID buyerId = uuid(typed.get("buyer"), errors);
        AttributionFilter filter;
        try {
            if (!errors.isEmpty()) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
            }
            filter = AttributionFilter.of(ReportingPeriod.of(fromDay, toDay, settings.zone()), buyerId, typed.get("province"),
                    typed.get("kbli"));
        } catch (ProblemException refused) {
            model.put("errors", FieldErrors.of(refused));
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("ministry/inclusion", model));
        }
        model.put("errors", FieldErrors.none());

        InclusionReport byMonth = monitoring.inclusion(filter, Optional.of(GroupBy.MONTH));
        InclusionReport byProvince = monitoring.inclusion(filter, Optional.of(GroupBy.PROVINCE));
        InclusionReport bySector = monitoring.inclusion(filter, Optional.of(GroupBy.KBLI));
        InclusionReport byBuyer = monitoring.inclusion(filter, Optional.of(GroupBy.BUYER));
        InclusionTargets targets = byMonth.targets();
        InclusionFigures totals = byMonth.figures();

        YearMonth first = Optional.ofNullable(fromDay).map(YearMonth::from)
                .or(() -> byMonth.groups().stream().findFirst().map(g -> YearMonth.parse(g.key())))
                .orElse(YearMonth.from(Optional.ofNullable(toDay).orElse(today)));
        YearMonth last = Optional.ofNullable(toDay).map(YearMonth::from)
                .or(() -> byMonth.groups().stream().reduce((a, b) -> b).map(g -> YearMonth.parse(g.key())))
                .orElse(YearMonth.from(today));
        if (last.isBefore(first)) {
            last = first;
        }
        Locale locale = "en".equals(locales.resolveOrDefault(request).getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        model.put("fromDay", fromDay);
        model.put("toDay", toDay);
        model.put("totals", totals);
        model.put("targets", targets);
        model.put("belowTarget", totals.awardedValueIdr() > 0 && totals.msmeSharePct().compareTo(targets.msmeSharePct()) < 0);
        model.put("months", Charts.shareOverTime(byMonth.groups(), first, last, targets.msmeSharePct(), locale, NOTHING));
        model.put("byProvince", Charts.bars(byProvince.groups(), g -> g.name() == null ? g.key() : g.name()));
        model.put("provinceGroups", byProvince.groups());
        model.put("bySector", Charts.bars(bySector.groups(), InclusionReport.Group::key));
        model.put("sectorGroups", bySector.groups());
        model.put("byBuyer", Charts.bars(byBuyer.groups(), g -> g.name() == null ? g.key() : g.name()));
        model.put("buyerGroups", byBuyer.groups());
        model.put("shares", Charts.shares(totals, targets.womenLedSharePct(), targets.youthLedSharePct(), targets.greenSharePct()));
        model.put("filtered", filter.buyer().isPresent() || filter.province().isPresent() || filter.kbli().isPresent());
        model.put("provinceName", filter.province().map(provinces::name).orElse(null));
        model.put("buyerName", filter.buyer().flatMap(id -> buyers.all().stream().filter(b -> b.id().equals(id)).findFirst())
                .map(Buyers.Buyer::name).orElse(null));
        model.put("csvHref", "/api/exports/awards.csv" + query(typed));
        // OCDS describes contracting processes: a period (from its start), a BUMN and a sector apply, a province does not
        Map<String, String> ocds = new LinkedHashMap<>();
        ocds.put("since", fromDay == null ? "" : fromDay.toString());
        ocds.put("buyer", typed.get("buyer"));
        ocds.put("kbli", typed.get("kbli"));
        model.put("ocdsHref", "/api/ocds/releases" + query(ocds));
        return HttpResponse.ok(new ModelAndView<>("ministry/inclusion", model));
    }

    /** The filter as a query string ({@code ?from=…&province=…}), empty fields left out. */
    static String query(Map<String, String> typed) {
        String query = typed.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
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

    private static UUID uuid(String text, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("buyer", "no such BUMN"));
            return null;
        }
    }
}
