package id.rantai.api.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.rantai.api.auth.CurrentUser;
import id.rantai.search.SearchProjection;
import id.rantai.search.capability.CapabilitySearchRequest;
import id.rantai.search.demand.DemandSearchRequest;
import id.rantai.search.facility.FacilitySearchRequest;
import id.rantai.search.query.SearchQueryException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Search over the Elasticsearch projection: the catalogue, open demands, facilities and suggestions are
 * public; candidates for a lot are for its buyer's officers (and the ministry); recommendations for a
 * cooperative are for that cooperative (and the ministry). Bad queries answer 400, a cluster that does
 * not answer 503.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "search")
class SearchController {

    private final SearchProjection search;
    private final SupplyMatches matches;
    private final ObjectMapper json;

    SearchController(SearchProjection search, SupplyMatches matches, @Named("search") ObjectMapper json) {
        this.search = search;
        this.matches = matches;
        this.json = json;
    }

    @Get("/search/capabilities")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> capabilities(HttpRequest<?> request) {
        return answer(search.capabilities().search(CapabilitySearchRequest.fromParameters(parameters(request))));
    }

    @Get("/search/demands")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> demands(HttpRequest<?> request) {
        return answer(search.demands().search(DemandSearchRequest.fromParameters(parameters(request))));
    }

    @Get("/search/facilities")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> facilities(HttpRequest<?> request) {
        return answer(search.facilities().search(FacilitySearchRequest.fromParameters(parameters(request))));
    }

    @Get("/search/suggest")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> suggest(@Nullable @QueryValue String q, @QueryValue(defaultValue = "10") int size) {
        if (q == null || q.isBlank() || q.length() > 100) {
            throw new SearchQueryException("q", "must be 1 to 100 characters");
        }
        if (size < 1 || size > 25) {
            throw new SearchQueryException("size", "must be between 1 and 25");
        }
        return answer(Map.of("items", search.suggestions().suggest(q, size)));
    }

    @Get("/demands/{demandId}/lots/{lotId}/candidates")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> candidates(Authentication auth, @PathVariable UUID demandId, @PathVariable UUID lotId,
                                    @QueryValue(defaultValue = "20") int size) {
        return answer(Map.of("items", matches.candidates(CurrentUser.of(auth), demandId, lotId, size)));
    }

    @Get("/cooperatives/{cooperativeId}/recommended-demands")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<String> recommended(Authentication auth, @PathVariable UUID cooperativeId, @QueryValue(defaultValue = "20") int size) {
        return answer(Map.of("items", matches.recommended(CurrentUser.of(auth), cooperativeId, size)));
    }

    private static Map<String, List<String>> parameters(HttpRequest<?> request) {
        return request.getParameters().asMap();
    }

    private HttpResponse<String> answer(Object body) {
        try {
            return HttpResponse.ok(json.writeValueAsString(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search answer not writable", e);
        }
    }
}
