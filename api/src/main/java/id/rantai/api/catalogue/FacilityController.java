package id.rantai.api.catalogue;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.idempotency.Idempotent;
import id.rantai.api.tender.IfMatch;
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
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Shared production houses: {@code /api/facilities}. Reading is public; the ministry keeps the registry. */
@Controller("/api/facilities")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "facilities")
class FacilityController {

    private final FacilityRegistry registry;

    FacilityController(FacilityRegistry registry) {
        this.registry = registry;
    }

    @Post
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    @Secured({Role.MINISTRY_NAME, Role.ADMIN_NAME})
    @SecurityRequirement(name = "bearer")
    HttpResponse<FacilityView> register(Authentication auth, @Body @Valid FacilityRequest request) {
        FacilityView created = registry.register(CurrentUser.of(auth), request);
        return HttpResponse.created(created, URI.create("/api/facilities/" + created.id()));
    }

    /** Changes a facility (status, capacity, …); the version comes in the body or as {@code If-Match}. */
    @Put("/{id}")
    @Secured({Role.MINISTRY_NAME, Role.ADMIN_NAME})
    @SecurityRequirement(name = "bearer")
    FacilityView replace(Authentication auth, @PathVariable UUID id, @Nullable @Header("If-Match") String ifMatch,
                         @Body @Valid FacilityRequest request) {
        long version = IfMatch.version(ifMatch).or(() -> Optional.ofNullable(request.version()))
                .orElseThrow(IfMatch::required);
        return registry.replace(CurrentUser.of(auth), id, version, request);
    }

    @Get
    Facilities.Page list(@Nullable @QueryValue @Pattern(regexp = "^ID-[A-Z]{2}$") String province,
                         @Nullable @QueryValue FacilityStatus status,
                         @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                         @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return registry.list(Optional.ofNullable(province), Optional.ofNullable(status), page, size);
    }

    @Get("/{id}")
    FacilityView read(@PathVariable UUID id) {
        return registry.read(id);
    }

    /** Booked against free hours per production week (Mondays) from {@code from} to {@code to}, at most 53 weeks. */
    @Get("/{id}/capacity")
    FacilityCapacity capacity(@PathVariable UUID id, @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        return registry.capacity(id, Optional.ofNullable(from), Optional.ofNullable(to));
    }
}
