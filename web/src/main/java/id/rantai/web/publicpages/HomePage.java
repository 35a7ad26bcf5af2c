package id.rantai.web.publicpages;

import id.rantai.search.SearchProjection;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.cluster.SearchUnavailableException;
import id.rantai.search.demand.DemandSearchRequest;
import id.rantai.search.query.FacetBucket;
import id.rantai.search.query.SearchQueryException;
import id.rantai.search.query.SearchResults;
import id.rantai.search.suggest.Suggestion;
import id.rantai.search.suggest.Suggestions;
import id.rantai.web.layout.PagePaths;
import id.rantai.web.layout.Provinces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The home page: anyone searches the MSME catalogue or the open demands, with the same parameters as
 * {@code GET /api/search/capabilities} and {@code /api/search/demands}, facet counts beside the filters, and paging.
 */
@Controller
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomePage {

    static final int PAGE_SIZE = 10;
    private static final List<String> SEARCH_PARAMETERS = List.of("q", "province", "kbli", "certification", "womenLed",
            "youthLed", "green", "minCapacity", "near", "radiusKm", "sort", "searchAfter", "status");

    private final SearchProjection search;
    private final Provinces provinces;

    HomePage(SearchProjection search, Provinces provinces) {
        this.search = search;
        this.provinces = provinces;
    }

    @Get("/")
    ModelAndView<Map<String, Object>> home(HttpRequest<?> request, @Nullable @QueryValue String what, @Nullable @QueryValue Integer page) {
        boolean demands = "demands".equals(what);
        Map<String, List<String>> parameters = searchParameters(request);
        Map<String, Object> model = new HashMap<>();
        model.put("what", demands ? "demands" : "capabilities");
        model.put("params", parameters.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
        model.put("provinces", provinces.all());
        model.put("provinceNames", provinces.names());
        int pageNo = page == null || page < 1 ? 1 : Math.min(page, 1000);
        model.put("page", pageNo);
        ModelAndView<Map<String, Object>> view = new ModelAndView<>(PagePaths.fromHtmx(request) && request.getHeaders().contains("HX-Target")
                && "results".equals(request.getHeaders().get("HX-Target")) ? "public/home :: results" : "public/home", model);
        Map<String, List<String>> query = new LinkedHashMap<>(parameters);
        query.put("size", List.of(String.valueOf(PAGE_SIZE)));
        try {
            SearchResults<?> results;
            if (demands) {
                query.putIfAbsent("status", List.of("OPEN"));
                results = search.demands().search(DemandSearchRequest.fromParameters(query));
            } else {
                results = search.capabilities().search(CapabilitySearchRequest.fromParameters(query));
            }
            model.put("results", results);
            model.put("counts", results.facets().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stream().collect(Collectors.toMap(FacetBucket::key, FacetBucket::count)))));
            results.next().ifPresent(next -> model.put("nextPage", nextPageLink(demands, parameters, next, pageNo + 1)));
        } catch (SearchQueryException invalid) {
            model.put("invalid", invalid.errors());
        } catch (SearchUnavailableException down) {
            model.put("unavailable", true);
        }
        return view;
    }

    /** Search-as-you-type: suggestions for the search field's list. */
    @Get("/search/suggest")
    ModelAndView<Map<String, Object>> suggest(@Nullable @QueryValue String q) {
        Map<String, Object> model = new HashMap<>();
        List<String> texts = List.of();
        if (q != null && !q.isBlank() && q.length() <= Suggestions.MAX_PREFIX_LENGTH) {
            try {
                texts = search.suggestions().suggest(q.trim(), 8).stream().map(Suggestion::text).distinct().toList();
            } catch (SearchUnavailableException | SearchQueryException e) {
                texts = List.of();
            }
        }
        model.put("suggestions", texts);
        return new ModelAndView<>("public/suggestions", model);
    }

    /** The search parameters of the request, without empty ones (an empty filter field means "any"). */
    private static Map<String, List<String>> searchParameters(HttpRequest<?> request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : SEARCH_PARAMETERS) {
            List<String> values = request.getParameters().getAll(name).stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
            if (!values.isEmpty()) {
                parameters.put(name, values);
            }
        }
        return parameters;
    }

    private static String nextPageLink(boolean demands, Map<String, List<String>> parameters, String searchAfter, int page) {
        StringBuilder link = new StringBuilder("/?what=").append(demands ? "demands" : "capabilities");
        parameters.forEach((name, values) -> {
            if (!name.equals("searchAfter")) {
                values.forEach(v -> link.append('&').append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            }
        });
        return link.append("&searchAfter=").append(URLEncoder.encode(searchAfter, StandardCharsets.UTF_8)).append("&page=").append(page).toString();
    }
}
