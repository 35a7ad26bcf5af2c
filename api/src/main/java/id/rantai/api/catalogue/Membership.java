package id.rantai.api.catalogue;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.db.Sql;
import id.rantai.api.outbox.Outbox;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A cooperative registers its member MSMEs, reads them back, updates and removes them; the ministry and administrators read any
 * cooperative's members. An NIB identifies one MSME in the whole marketplace: registering an NIB that is
 * already registered answers 409, also when another cooperative registered it — its record and its owner's
 * personal data stay with that cooperative rather than being linked to (and so shown to) a second one.
 */
@Singleton
public class Membership {

    static final String ENTITY = "msme";

    private final Members members;
    private final Capabilities capabilities;
    private final Sql sql;
    private final AuditTrail audit;
    private final Outbox outbox;

    Membership(Members members, Capabilities capabilities, Sql sql, AuditTrail audit, Outbox outbox) {
        this.members = members;
        this.capabilities = capabilities;
        this.sql = sql;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public MemberView register(CurrentUser user, UUID cooperative, MemberRequest request) {
        CatalogueAccess.ownCooperative(user, cooperative);
        switch (members.registrationOf(request.nib(), cooperative)) {
            case UNREGISTERED -> { }
            case OWN_MEMBER -> throw ProblemException.conflict(
                    "An MSME with NIB " + request.nib() + " is already a member of your cooperative");
            case REGISTERED_ELSEWHERE -> throw ProblemException.conflict("An MSME with NIB " + request.nib()
                    + " is already registered by another cooperative; its record stays with that cooperative and"
                    + " cannot be registered twice");
        }
        checkCertificates(request);
        UUID id = members.insert(cooperative, request).orElseThrow(() -> unknownProvince(request));
        MemberView created = members.find(cooperative, id).orElseThrow();
        audit.record(user, "member.registered", ENTITY, id, null, created.withoutOwner());
        // The search documents of the cooperative's entries describe its members (size, women/youth-led, green);
        // the index keeps only newer versions, so each entry gets a new one before it is announced.
        capabilities.touchAll(cooperative).forEach(entry -> outbox.changed(Capabilities.ENTITY, entry.id(), entry.version()));
        return created;
    }

    /**
     * Replaces a member's details and certificates (the version as {@code If-Match}). Refused with 409 when the
     * change leaves a live catalogue entry claiming a certificate no member behind it holds any more.
     */
    @Transactional
    public MemberView update(CurrentUser user, UUID cooperative, UUID msme, long version, MemberRequest request) {
        CatalogueAccess.ownCooperative(user, cooperative);
        MemberView before = members.find(cooperative, msme).orElseThrow(() -> ProblemException.notFound("Member"));
        if (!before.nib().equals(request.nib()) && members.registrationOf(request.nib(), cooperative) != Members.Registration.UNREGISTERED) {
            throw ProblemException.conflict("An MSME with NIB " + request.nib() + " is already registered");
        }
        checkCertificates(request);
        List<String> unbackedBefore = members.unbackedClaims(cooperative);
        boolean updated = members.update(msme, version, request).orElseThrow(() -> unknownProvince(request));
        if (!updated) {
            throw staleVersion(before);
        }
        refuseNewUnbackedClaims(cooperative, unbackedBefore);
        MemberView after = members.find(cooperative, msme).orElseThrow();
        audit.record(user, "member.updated", ENTITY, msme, before.withoutOwner(), after.withoutOwner());
        capabilities.touchAll(cooperative).forEach(entry -> outbox.changed(Capabilities.ENTITY, entry.id(), entry.version()));
        return after;
    }

    /**
     * Ends a membership (the version as {@code If-Match}). Refused with 409 while a live catalogue entry or a live bid
     * names the member, or when a catalogue entry's certificate claim rested on it.
     */
    @Transactional
    public void remove(CurrentUser user, UUID cooperative, UUID msme, long version) {
        CatalogueAccess.ownCooperative(user, cooperative);
        MemberView before = members.find(cooperative, msme).orElseThrow(() -> ProblemException.notFound("Member"));
        List<String> uses = members.namedIn(msme);
        if (!uses.isEmpty()) {
            throw ProblemException.conflict("The member is named in " + String.join(", ", uses)
                    + "; take it out there first (or withdraw the bid)");
        }
        List<String> unbackedBefore = members.unbackedClaims(cooperative);
        if (!members.remove(cooperative, msme, version)) {
            throw staleVersion(before);
        }
        refuseNewUnbackedClaims(cooperative, unbackedBefore);
        audit.record(user, "member.removed", ENTITY, msme, before.withoutOwner(), null);
        capabilities.touchAll(cooperative).forEach(entry -> outbox.changed(Capabilities.ENTITY, entry.id(), entry.version()));
    }

    /** Throws (rolling the change back) when the change left claims unbacked that were backed before it. */
    private void refuseNewUnbackedClaims(UUID cooperative, List<String> unbackedBefore) {
        List<String> unbacked = new ArrayList<>(members.unbackedClaims(cooperative));
        unbacked.removeAll(unbackedBefore);
        if (!unbacked.isEmpty()) {
            throw ProblemException.conflict("Catalogue entries would claim certificates no member behind them holds: "
                    + String.join(", ", unbacked) + "; change those entries first");
        }
    }

    private static ProblemException staleVersion(MemberView current) {
        return ProblemException.conflict("The member was changed meanwhile (current version " + current.version()
                + "); reload it and try again");
    }

    private static ProblemException unknownProvince(MemberRequest request) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The request has invalid fields",
                List.of(new Problem.FieldError("province", "unknown province " + request.province())));
    }

    @Transactional
    public Members.Page list(CurrentUser user, UUID cooperative, int page, int size) {
        CatalogueAccess.requireMemberReader(user, cooperative);
        if (sql.count("select count(*) from organization where id = ? and type = 'COOPERATIVE'", cooperative) == 0) {
            throw ProblemException.notFound("Cooperative");
        }
        Members.Page members = this.members.page(cooperative, page, size);
        return CatalogueAccess.seesOwnerNames(user) ? members : members.withoutOwners();
    }

    @Transactional
    public MemberView read(CurrentUser user, UUID cooperative, UUID msme) {
        CatalogueAccess.requireMemberReader(user, cooperative);
        MemberView member = members.find(cooperative, msme).orElseThrow(() -> ProblemException.notFound("Member"));
        return CatalogueAccess.seesOwnerNames(user) ? member : member.withoutOwner();
    }

    /** Known codes, each once, not already expired. */
    private void checkCertificates(MemberRequest request) {
        List<Certificate> held = request.certificationsOrEmpty();
        Set<String> known = new HashSet<>(sql.list("select code from certification where code = any(?)",
                rs -> rs.getString(1), held.stream().map(Certificate::code).toList()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < held.size(); i++) {
            Certificate certificate = held.get(i);
            if (!known.contains(certificate.code())) {
                errors.add(new Problem.FieldError("certifications[" + i + "].code", "unknown certification " + certificate.code()));
            } else if (!seen.add(certificate.code())) {
                errors.add(new Problem.FieldError("certifications[" + i + "].code", certificate.code() + " is listed twice"));
            }
            if (certificate.validUntil() != null && !PlausibleDates.plausible(certificate.validUntil())) {
                errors.add(new Problem.FieldError("certifications[" + i + "].validUntil", PlausibleDates.message()));
            } else if (certificate.validUntil() != null && certificate.validUntil().isBefore(LocalDate.now())) {
                errors.add(new Problem.FieldError("certifications[" + i + "].validUntil", "the certificate has already expired"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The request has invalid fields", errors);
        }
    }
}
