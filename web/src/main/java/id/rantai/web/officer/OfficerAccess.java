package id.rantai.web.officer;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.tender.DemandView;
import id.rantai.api.tender.Tendering;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The officer's pages are for officers; which demand an officer may touch is decided by {@link Tendering} (another
 * BUMN's draft is 404, its published demand 403), exactly as for the API.
 */
final class OfficerAccess {

    private OfficerAccess() {
    }

    static CurrentUser officer(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        if (user.role() != Role.OFFICER) {
            throw ProblemException.forbidden("These pages are for procurement officers");
        }
        return user;
    }

    /** The officer's own demand (as the API decides: 404 for another BUMN's draft, 403 for its published demand). */
    static DemandView ownDemand(Tendering tendering, CurrentUser officer, UUID id) {
        DemandView demand = tendering.read(officer, id);
        if (!officer.organizationId().filter(demand.buyer().id()::equals).isPresent()) {
            throw ProblemException.forbidden("Only officers of " + demand.buyer().name() + " may work on this demand");
        }
        return demand;
    }

    static HttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
