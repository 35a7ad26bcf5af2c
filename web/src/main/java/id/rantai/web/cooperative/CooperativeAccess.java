package id.rantai.web.cooperative;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.UUID;

/**
 * The cooperative's pages are for cooperative managers, always on their own organisation; which bid, member or
 * catalogue entry they may touch is decided by the API's use cases (another cooperative's is 404), as for the API.
 */
final class CooperativeAccess {

    private CooperativeAccess() {
    }

    static CurrentUser manager(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        if (user.role() != Role.COOPERATIVE || user.organizationId().isEmpty()) {
            throw ProblemException.forbidden("These pages are for cooperative managers");
        }
        return user;
    }

    static UUID cooperativeOf(CurrentUser manager) {
        return manager.organizationId().orElseThrow();
    }

    static HttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    /** A refusal that is the page's answer itself (not found, not yours), not a message beside a form. */
    static boolean outright(ProblemException refused) {
        return refused.status() == HttpStatus.NOT_FOUND || refused.status() == HttpStatus.FORBIDDEN;
    }
}
