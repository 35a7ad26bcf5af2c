package id.rantai.web.cooperative;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.search.SupplyMatches;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import id.rantai.search.SearchProjection;
import id.rantai.search.cluster.SearchUnavailableException;
import id.rantai.search.demand.DemandSearchRequest;
import id.rantai.search.query.SearchQueryException;
import id.rantai.search.query.SearchResults;
import id.rantai.web.layout.Provinces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cooperative manager's workspace: the dashboard (demands recommended to the cooperative with why they fit, bids in
 * progress with their deadlines counting down, awards to deliver), finding work (open demands by text, province, sector,
 * soonest deadline) and a demand with its lots and the cooperative's own bid on each.
 */
@Controller("/cooperative")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CooperativeHomePage {

    static final int PAGE_SIZE = 10;
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "province", "kbli", "sort", "searchAfter");

    private final SupplyMatches matches;
    private final SearchProjection search;
    private final Tendering tendering;
    private final CooperativeWork work;
    private final Provinces provinces;

    CooperativeHomePage(SupplyMatches matches, SearchProjection search, Tendering tendering, CooperativeWork work, Provinces provinces) {
        this.matches = matches;
        this.search = search;
        this.tendering = tendering;
        this.work = work;
        this.provinces = provinces;
    }

    @Get
    ModelAndView<Map<String, Object>> dashboard(Authentication auth) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        Map<String, Object> model = new HashMap<>();
        try {
            model.put("recommended", matches.recommended(manager, CooperativeAccess.cooperativeOf(manager), 5));
        } catch (SearchUnavailableException down) {
            model.put("unavailable", true);
        }
        model.put("bids", work.bids(manager).stream().filter(r -> r.state() == CooperativeWork.BidState.OPEN).toList());
        model.put("awards", work.awards(manager).stream().filter(CooperativeWork.AwardRow::toDeliver).toList());
        model.put("provinceNames", provinces.names());
        model.put("instants", Instants.INSTANCE);
        return new ModelAndView<>("cooperative/dashboard", model);
    }

    @Get("/demands")
    ModelAndView<Map<String, Object>> findWork(Authentication auth, HttpRequest<?> request, @Nullable @QueryValue Integer page) {
        CooperativeAccess.manager(auth);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : SEARCH_PARAMETERS) {
            List<String> values = request.getParameters().getAll(name).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
            if (!values.isEmpty()) {
                parameters.put(name, values);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("params", parameters.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
        model.put("provinces", provinces.all());
        model.put("provinceNames", provinces.names());
        int pageNo = page == null || page < 1 ? 1 : Math.min(page, 1000);
        model.put("page", pageNo);
        model.put("instants", Instants.INSTANCE);
        Map<String, List<String>> query = new LinkedHashMap<>(parameters);
        query.put("size", List.of(String.valueOf(PAGE_SIZE)));
        query.put("status", List.of("OPEN"));
        try {
            SearchResults<?> results = search.demands().search(DemandSearchRequest.fromParameters(query));
            model.put("results", results);
            results.next().ifPresent(next -> model.put("nextPage", nextPageLink(parameters, next, pageNo + 1)));
        } catch (SearchQueryException invalid) {
            model.put("invalid", invalid.errors());
        } catch (SearchUnavailableException down) {
            model.put("unavailable", true);
        }
        return new ModelAndView<>("cooperative/find", model);
    }

    @Get("/demands/{id}")
    ModelAndView<Map<String, Object>> demand(Authentication auth, @PathVariable java.util.UUID id) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        DemandView demand = tendering.read(manager, id);
        Map<String, Object> model = new HashMap<>();
        model.put("demand", demand);
        model.put("myBids", work.bids(manager).stream().filter(r -> r.bid().demandId().equals(id) && r.state() != CooperativeWork.BidState.WITHDRAWN)
                .collect(Collectors.toMap(r -> r.bid().lotId(), Function.identity(), (a, b) -> a)));
        model.put("provinceNames", provinces.names());
        return new ModelAndView<>("cooperative/demand", model);
    }

    private static String nextPageLink(Map<String, List<String>> parameters, String searchAfter, int page) {
        StringBuilder link = new StringBuilder("/cooperative/demands?");
        parameters.forEach((name, values) -> {
            if (!name.equals("searchAfter")) {
                values.forEach(v -> link.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
            }
        });
        return link.append("searchAfter=").append(URLEncoder.encode(searchAfter, StandardCharsets.UTF_8)).append("&page=").append(page).toString();
    }
}
