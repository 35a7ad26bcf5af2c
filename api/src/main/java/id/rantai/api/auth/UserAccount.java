package id.rantai.api.auth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** A login as stored: who, with which role, for which organisation, and the bcrypt hash of the password. */
@Introspected
public record UserAccount(UUID id, String username, String passwordHash, String role,
                          @Nullable UUID organizationId, @Nullable String organizationName, boolean enabled) {
}
