package id.rantai.api.plan;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.idempotency.Idempotent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;

/** Network matching of open lots to cooperatives and facility weeks, before bidding: request, follow, cancel. */
@Controller("/api/matching/runs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "matching")
@SecurityRequirement(name = "bearer")
class MatchingController {

    private final Matching matching;

    MatchingController(Matching matching) {
        this.matching = matching;
    }

    @Serdeable
    record Accepted(UUID runId, String status) {
    }

    @Post
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<Accepted> request(Authentication auth, @Body @Valid MatchingRequest request) {
        MatchingView run = matching.request(CurrentUser.of(auth), request);
        return HttpResponse.accepted(URI.create("/api/matching/runs/" + run.runId())).body(new Accepted(run.runId(), run.status()));
    }

    @Get("/{runId}")
    MatchingView read(Authentication auth, @PathVariable UUID runId) {
        return matching.read(CurrentUser.of(auth), runId);
    }

    @Post("/{runId}/cancel")
    MatchingView cancel(Authentication auth, @PathVariable UUID runId) {
        return matching.cancel(CurrentUser.of(auth), runId);
    }
}
