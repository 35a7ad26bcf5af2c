package id.rantai.web.ministry;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.problem.ProblemException;
import io.micronaut.security.authentication.Authentication;

/**
 * The ministry's pages follow the API's rules: the inclusion figures, facility use and exports are for MINISTRY staff
 * and administrators (as {@code /api/monitoring} and {@code /api/exports}); who may run network matching is decided by
 * {@link id.rantai.api.plan.Matching} itself (the ministry, not administrators).
 */
final class MinistryAccess {

    private MinistryAccess() {
    }

    static CurrentUser analyst(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        if (user.role() != Role.MINISTRY && user.role() != Role.ADMIN) {
            throw ProblemException.forbidden("These pages are for the ministry's analysts");
        }
        return user;
    }
}
