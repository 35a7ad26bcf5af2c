package id.rantai.api.catalogue;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.db.Sql;
import id.rantai.api.outbox.Outbox;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a cooperative does with its capability catalogue: add an entry, replace it, withdraw it — and what
 * every signed-in user reads of it (the catalogue is what officers search). Another cooperative's entry can
 * be read but not changed (403); a withdrawn entry no longer exists for anyone (404).
 */
@Singleton
public class Cataloguing {

    private final Capabilities capabilities;
    private final Sql sql;
    private final AuditTrail audit;
    private final Outbox outbox;

    Cataloguing(Capabilities capabilities, Sql sql, AuditTrail audit, Outbox outbox) {
        this.capabilities = capabilities;
        this.sql = sql;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public CapabilityView create(CurrentUser user, CapabilityRequest request) {
        UUID cooperative = CatalogueAccess.cooperativeOf(user);
        check(cooperative, request);
        UUID id = capabilities.insert(cooperative, request);
        CapabilityView created = capabilities.find(id).orElseThrow();
        audit.record(user, "capability.created", Capabilities.ENTITY, id, null, created);
        outbox.changed(Capabilities.ENTITY, id, created.version());
        return created;
    }

    @Transactional
    public CapabilityView replace(CurrentUser user, UUID id, long version, CapabilityRequest request) {
        CapabilityView before = ownEntry(user, id);
        check(before.cooperative().id(), request);
        if (!capabilities.replace(id, version, request)) {
            throw staleVersion(before);
        }
        CapabilityView after = capabilities.find(id).orElseThrow();
        audit.record(user, "capability.updated", Capabilities.ENTITY, id, before, after);
        outbox.changed(Capabilities.ENTITY, id, after.version());
        return after;
    }

    @Transactional
    public void withdraw(CurrentUser user, UUID id, long version) {
        CapabilityView before = ownEntry(user, id);
        if (!capabilities.withdraw(id, version)) {
            throw staleVersion(before);
        }
        audit.record(user, "capability.withdrawn", Capabilities.ENTITY, id, before, null);
        outbox.changed(Capabilities.ENTITY, id, before.version() + 1);
    }

    @Transactional
    public CapabilityView read(UUID id) {
        return capabilities.find(id).orElseThrow(() -> ProblemException.notFound("Capability"));
    }

    @Transactional
    public Capabilities.Page list(Optional<UUID> owner, int page, int size) {
        return capabilities.page(owner, page, size);
    }

    /** The caller's own live entry: 403 for another role or another cooperative's entry, 404 when there is none. */
    private CapabilityView ownEntry(CurrentUser user, UUID id) {
        UUID cooperative = CatalogueAccess.cooperativeOf(user);
        CapabilityView entry = capabilities.find(id).orElseThrow(() -> ProblemException.notFound("Capability"));
        if (!entry.cooperative().id().equals(cooperative)) {
            throw ProblemException.forbidden("Only " + entry.cooperative().name() + " may change its catalogue");
        }
        return entry;
    }

    private void check(UUID cooperative, CapabilityRequest request) {
        List<UUID> named = request.memberIdsOrEmpty().stream().distinct().toList();
        Set<UUID> members = named.isEmpty() ? Set.of() : new HashSet<>(sql.list(
                "select msme_id from cooperative_member where cooperative_id = ? and msme_id = any(?)",
                rs -> rs.getObject(1, UUID.class), cooperative, named));
        List<UUID> facilityIds = request.facilityIdsOrEmpty().stream().distinct().toList();
        Set<UUID> facilities = facilityIds.isEmpty() ? Set.of() : new HashSet<>(sql.list(
                "select id from facility where id = any(?)", rs -> rs.getObject(1, UUID.class), facilityIds));
        Set<String> known = new HashSet<>(sql.list("select code from certification where code = any(?)",
                rs -> rs.getString(1), request.certificationsOrEmpty()));
        Set<String> held = new HashSet<>(named.isEmpty()
                ? sql.list("""
                        select distinct mc.code from msme_certification mc
                        join cooperative_member cm on cm.msme_id = mc.msme_id
                        where cm.cooperative_id = ? and (mc.valid_until is null or mc.valid_until >= current_date)""",
                        rs -> rs.getString(1), cooperative)
                : members.isEmpty() ? List.of() : sql.list("""
                        select distinct code from msme_certification
                        where msme_id = any(?) and (valid_until is null or valid_until >= current_date)""",
                        rs -> rs.getString(1), List.copyOf(members)));
        var errors = CapabilityRules.check(request, new CapabilityRules.Facts(members, facilities, known, held));
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "catalogue-rules",
                    "The catalogue entry breaks the catalogue's rules", errors);
        }
    }

    private static ProblemException staleVersion(CapabilityView current) {
        return ProblemException.conflict("The catalogue entry was changed meanwhile (current version " + current.version()
                + "); reload it and try again");
    }
}
