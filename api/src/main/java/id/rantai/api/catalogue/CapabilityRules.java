package id.rantai.api.catalogue;

import id.rantai.api.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a catalogue entry must keep, beyond its shape: a price range that is a range, members of the
 * cooperative itself, facilities that exist, and certifications that are really held. A certification an
 * entry claims must be held, valid today, by at least one of the members the entry names — or, when it
 * names none, by at least one member of the cooperative. Plain Java: the facts come from the database.
 */
final class CapabilityRules {

    /**
     * What the database knows about the names in a request.
     *
     * @param members        the named members that belong to the cooperative
     * @param facilities     the named facilities that exist
     * @param known          the named certification codes that exist
     * @param held           certification codes held (valid today) by the named members, or by all the
     *                       cooperative's members when none is named
     */
    record Facts(Set<UUID> members, Set<UUID> facilities, Set<String> known, Set<String> held) {
    }

    private CapabilityRules() {
    }

    static List<Problem.FieldError> check(CapabilityRequest request, Facts facts) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.unitPriceIdr().min() > request.unitPriceIdr().max()) {
            errors.add(new Problem.FieldError("unitPriceIdr.max", "must not be below the minimum price Rp" + request.unitPriceIdr().min()));
        }
        List<UUID> members = request.memberIdsOrEmpty();
        for (int i = 0; i < members.size(); i++) {
            if (!facts.members().contains(members.get(i))) {
                errors.add(new Problem.FieldError("memberIds[" + i + "]", "is not a member MSME of your cooperative"));
            }
        }
        List<UUID> facilities = request.facilityIdsOrEmpty();
        for (int i = 0; i < facilities.size(); i++) {
            if (!facts.facilities().contains(facilities.get(i))) {
                errors.add(new Problem.FieldError("facilityIds[" + i + "]", "no such shared facility"));
            }
        }
        List<String> certifications = request.certificationsOrEmpty();
        for (int i = 0; i < certifications.size(); i++) {
            String code = certifications.get(i);
            if (!facts.known().contains(code)) {
                errors.add(new Problem.FieldError("certifications[" + i + "]", "unknown certification " + code));
            } else if (!facts.held().contains(code)) {
                errors.add(new Problem.FieldError("certifications[" + i + "]", members.isEmpty()
                        ? "no member of your cooperative holds a valid " + code + " certificate"
                        : "none of the named members holds a valid " + code + " certificate"));
            }
        }
        return errors;
    }
}
