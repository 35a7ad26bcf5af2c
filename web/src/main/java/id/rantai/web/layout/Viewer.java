package id.rantai.web.layout;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import java.util.UUID;

/** Who is looking at a page, as the header shows them. */
public record Viewer(UUID userId, String username, Role role, UUID organizationId, String organizationName) {

    static Viewer of(CurrentUser user) {
        return new Viewer(user.userId(), user.username(), user.role(), user.organizationId().orElse(null),
                user.organizationName().orElse(null));
    }

    public boolean officer() {
        return role == Role.OFFICER;
    }

    public boolean cooperative() {
        return role == Role.COOPERATIVE;
    }

    public boolean ministry() {
        return role == Role.MINISTRY || role == Role.ADMIN;
    }
}
