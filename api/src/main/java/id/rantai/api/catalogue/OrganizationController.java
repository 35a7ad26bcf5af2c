package id.rantai.api.catalogue;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Organisations' public profiles: {@code /api/organizations/{id}}, no login needed. */
@Controller("/api/organizations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "organizations")
class OrganizationController {

    private final OrganizationProfiles profiles;

    OrganizationController(OrganizationProfiles profiles) {
        this.profiles = profiles;
    }

    @Get("/{id}")
    OrganizationProfile read(@PathVariable UUID id) {
        return profiles.profile(id);
    }
}
