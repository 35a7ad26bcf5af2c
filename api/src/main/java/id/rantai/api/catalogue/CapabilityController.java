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
import java.util.Optional;
import java.util.UUID;

/** The cooperatives' capability catalogue: {@code /api/capabilities}. */
@Controller("/api/capabilities")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "catalogue")
@SecurityRequirement(name = "bearer")
class CapabilityController {

    private final Cataloguing cataloguing;

    CapabilityController(Cataloguing cataloguing) {
        this.cataloguing = cataloguing;
    }

    @Post
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<CapabilityView> create(Authentication auth, @Body @Valid CapabilityRequest request) {
        CapabilityView created = cataloguing.create(CurrentUser.of(auth), request);
        return HttpResponse.created(created, URI.create("/api/capabilities/" + created.id()));
    }

    /** Live entries, newest first; {@code owner} narrows them to one cooperative. */
    @Get
    Capabilities.Page list(@Nullable @QueryValue UUID owner,
                           @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return cataloguing.list(Optional.ofNullable(owner), page, size);
    }

    @Get("/{id}")
    CapabilityView read(@PathVariable UUID id) {
        return cataloguing.read(id);
    }

    /** Replaces an entry; the version comes in the body or as {@code If-Match}. */
    @Put("/{id}")
    CapabilityView replace(Authentication auth, @PathVariable UUID id, @Nullable @Header("If-Match") String ifMatch,
                           @Body @Valid CapabilityRequest request) {
        long version = IfMatch.version(ifMatch).or(() -> Optional.ofNullable(request.version()))
                .orElseThrow(IfMatch::required);
        return cataloguing.replace(CurrentUser.of(auth), id, version, request);
    }

    /** Withdraws an entry (it stays in the history that bids and search point to); needs {@code If-Match}. */
    @Delete("/{id}")
    HttpResponse<Void> withdraw(Authentication auth, @PathVariable UUID id, @Nullable @Header("If-Match") String ifMatch) {
        long version = IfMatch.version(ifMatch).orElseThrow(IfMatch::required);
        cataloguing.withdraw(CurrentUser.of(auth), id, version);
        return HttpResponse.noContent();
    }
}
