package id.rantai.api.award;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.idempotency.Idempotent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Manual (split) awards, the awards list and deliveries. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "awards")
@SecurityRequirement(name = "bearer")
class AwardController {

    private final Awarding awarding;

    AwardController(Awarding awarding) {
        this.awarding = awarding;
    }

    @Post("/demands/{demandId}/awards")
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<AwardList> award(Authentication auth, @PathVariable UUID demandId, @Body @Valid Awarding.AwardRequest request) {
        List<AwardView> awards = awarding.award(CurrentUser.of(auth), demandId, request);
        return HttpResponse.created(new AwardList(awards, awards.size()));
    }

    @Get("/awards")
    AwardList list(Authentication auth, @Nullable @QueryValue UUID demand, @Nullable @QueryValue UUID cooperative) {
        List<AwardView> awards = awarding.list(CurrentUser.of(auth), Optional.ofNullable(demand), Optional.ofNullable(cooperative));
        return new AwardList(awards, awards.size());
    }

    @Post("/awards/{awardId}/deliveries")
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<Awarding.DeliveryView> deliver(Authentication auth, @PathVariable UUID awardId,
                                               @Body @Valid Awarding.DeliveryRequest request) {
        return HttpResponse.created(awarding.deliver(CurrentUser.of(auth), awardId, request));
    }

    @Serdeable
    record AwardList(List<AwardView> items, long total) {
    }
}
