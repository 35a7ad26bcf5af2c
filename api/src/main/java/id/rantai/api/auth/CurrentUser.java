package id.rantai.api.auth;

import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.UUID;

/** The caller as the token says: username, role and organisation. Built from the authenticated request. */
public record CurrentUser(UUID userId, String username, Role role, Optional<UUID> organizationId, Optional<String> organizationName) {

    static final String USER_ID = "uid";
    static final String ORGANIZATION_ID = "org";
    static final String ORGANIZATION_NAME = "orgName";

    public static CurrentUser of(Authentication authentication) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("a token without a role"));
        Object org = authentication.getAttributes().get(ORGANIZATION_ID);
        Object orgName = authentication.getAttributes().get(ORGANIZATION_NAME);
        return new CurrentUser(UUID.fromString(authentication.getAttributes().get(USER_ID).toString()),
                authentication.getName(), role,
                Optional.ofNullable(org).map(Object::toString).map(UUID::fromString),
                Optional.ofNullable(orgName).map(Object::toString));
    }
}
