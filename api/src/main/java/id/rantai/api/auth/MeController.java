package id.rantai.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/me}: who the token belongs to. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "auth")
@SecurityRequirement(name = "bearer")
class MeController {

    @Get
    Me me(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return new Me(user.username(), user.role().name(),
                user.organizationId().map(Object::toString).orElse(null), user.organizationName().orElse(null));
    }

    @Serdeable
    record Me(String username, String role, @Nullable String organizationId, @Nullable String organizationName) {
    }
}
