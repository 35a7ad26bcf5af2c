package id.rantai.api.tender;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.idempotency.Idempotent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import java.util.Optional;
import java.util.UUID;

/** Demands (tenders) with their lots: {@code /api/demands}. */
@Controller("/api/demands")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "demands")
@SecurityRequirement(name = "bearer")
class DemandController {

    private final Tendering tendering;

    DemandController(Tendering tendering) {
        this.tendering = tendering;
    }

    @Post
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<DemandView> create(Authentication auth, @Body @Valid DemandRequest request) {
        DemandView created = tendering.create(CurrentUser.of(auth), request);
        return HttpResponse.created(created, URI.create("/api/demands/" + created.id()));
    }

    @Get
    Demands.Page list(Authentication auth, @Nullable @QueryValue DemandStatus status, @Nullable @QueryValue UUID buyer,
                      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return tendering.list(CurrentUser.of(auth), Optional.ofNullable(status), Optional.ofNullable(buyer), page, size);
    }

    @Get("/{id}")
    DemandView read(Authentication auth, @PathVariable UUID id) {
        return tendering.read(CurrentUser.of(auth), id);
    }

    /** Edits a DRAFT; the version comes in the body or as {@code If-Match}. */
    @Put("/{id}")
    DemandView edit(Authentication auth, @PathVariable UUID id, @Nullable @Header("If-Match") String ifMatch,
                    @Body @Valid DemandRequest request) {
        long version = IfMatch.version(ifMatch).or(() -> Optional.ofNullable(request.version()))
                .orElseThrow(IfMatch::required);
        return tendering.edit(CurrentUser.of(auth), id, version, request);
    }

    @Post("/{id}/publish")
    @Idempotent(required = false)
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.OPTIONAL,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<DemandView> publish(Authentication auth, @PathVariable UUID id, @Nullable @Header("If-Match") String ifMatch) {
        return HttpResponse.ok(tendering.publish(CurrentUser.of(auth), id, IfMatch.version(ifMatch)));
    }

    @Post("/{id}/cancel")
    @Idempotent(required = false)
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.OPTIONAL,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<DemandView> cancel(Authentication auth, @PathVariable UUID id, @Nullable @Header("If-Match") String ifMatch) {
        return HttpResponse.ok(tendering.cancel(CurrentUser.of(auth), id, IfMatch.version(ifMatch)));
    }
}
