package id.rantai.api.catalogue;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.idempotency.Idempotent;
import id.rantai.api.tender.IfMatch;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;

/** A cooperative's member MSMEs: {@code /api/cooperatives/{id}/members}. */
@Controller("/api/cooperatives/{cooperativeId}/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "catalogue")
@SecurityRequirement(name = "bearer")
class MemberController {

    private final Membership membership;

    MemberController(Membership membership) {
        this.membership = membership;
    }

    @Post
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<MemberView> register(Authentication auth, @PathVariable UUID cooperativeId, @Body @Valid MemberRequest request) {
        MemberView created = membership.register(CurrentUser.of(auth), cooperativeId, request);
        return HttpResponse.created(created, URI.create("/api/cooperatives/" + cooperativeId + "/members/" + created.id()));
    }

    @Get
    Members.Page list(Authentication auth, @PathVariable UUID cooperativeId,
                      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return membership.list(CurrentUser.of(auth), cooperativeId, page, size);
    }

    @Get("/{msmeId}")
    MemberView read(Authentication auth, @PathVariable UUID cooperativeId, @PathVariable UUID msmeId) {
        return membership.read(CurrentUser.of(auth), cooperativeId, msmeId);
    }

    /** Replaces a member's details; needs {@code If-Match} with the member's version. */
    @Put("/{msmeId}")
    MemberView update(Authentication auth, @PathVariable UUID cooperativeId, @PathVariable UUID msmeId,
                      @Nullable @Header("If-Match") String ifMatch, @Body @Valid MemberRequest request) {
        long version = IfMatch.version(ifMatch).orElseThrow(IfMatch::required);
        return membership.update(CurrentUser.of(auth), cooperativeId, msmeId, version, request);
    }

    /** Ends a membership; needs {@code If-Match} with the member's version. */
    @Delete("/{msmeId}")
    HttpResponse<Void> remove(Authentication auth, @PathVariable UUID cooperativeId, @PathVariable UUID msmeId,
                              @Nullable @Header("If-Match") String ifMatch) {
        long version = IfMatch.version(ifMatch).orElseThrow(IfMatch::required);
        membership.remove(CurrentUser.of(auth), cooperativeId, msmeId, version);
        return HttpResponse.noContent();
    }
}
