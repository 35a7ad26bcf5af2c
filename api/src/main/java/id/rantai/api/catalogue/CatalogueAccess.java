package id.rantai.api.catalogue;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Role;
import id.rantai.api.problem.ProblemException;
import java.util.UUID;

/**
 * Who may do what in the catalogue: a cooperative keeps its own members and entries; the ministry (and
 * administrators) keep the registry of shared facilities; owners' names are for the cooperative and
 * administrators only.
 */
final class CatalogueAccess {

    private CatalogueAccess() {
    }

    /** The caller's cooperative; 403 for any other role. */
    static UUID cooperativeOf(CurrentUser user) {
        if (user.role() != Role.COOPERATIVE || user.organizationId().isEmpty()) {
            throw ProblemException.forbidden("Only a cooperative may do this");
        }
        return user.organizationId().get();
    }

    /** The given cooperative when it is the caller's; 403 for another role, 404 for another cooperative. */
    static UUID ownCooperative(CurrentUser user, UUID cooperative) {
        if (!cooperativeOf(user).equals(cooperative)) {
            throw ProblemException.notFound("Cooperative");
        }
        return cooperative;
    }

    /** Members are back-office data: their cooperative, the ministry and administrators read them; officers do not. */
    static void requireMemberReader(CurrentUser user, UUID cooperative) {
        switch (user.role()) {
            case COOPERATIVE -> ownCooperative(user, cooperative);
            case MINISTRY, ADMIN -> { }
            case OFFICER -> throw ProblemException.forbidden("Member MSMEs are visible to their cooperative and the ministry only");
        }
    }

    /** Owners' names are personal data: the cooperative's own and administrators' business only. */
    static boolean seesOwnerNames(CurrentUser user) {
        return user.role() == Role.COOPERATIVE || user.role() == Role.ADMIN;
    }

    /** The registry of shared facilities is kept by the ministry (and administrators). */
    static void requireRegistryKeeper(CurrentUser user) {
        if (user.role() != Role.MINISTRY && user.role() != Role.ADMIN) {
            throw ProblemException.forbidden("Only the ministry keeps the registry of shared facilities");
        }
    }
}
