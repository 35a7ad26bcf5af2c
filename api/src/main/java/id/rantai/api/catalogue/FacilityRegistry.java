package id.rantai.api.catalogue;

import id.rantai.api.audit.AuditTrail;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.outbox.Outbox;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ministry's registry of shared production houses: it registers them and changes their status and
 * capacity; anyone may read them and their weekly capacity calendar without signing in.
 */
@Singleton
public class FacilityRegistry {

    /** Production weeks are counted in Western Indonesia Time, where most facilities and buyers are. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final Facilities facilities;
    private final AuditTrail audit;
    private final Outbox outbox;

    FacilityRegistry(Facilities facilities, AuditTrail audit, Outbox outbox) {
        this.facilities = facilities;
        this.audit = audit;
        this.outbox = outbox;
    }

    @Transactional
    public FacilityView register(CurrentUser user, FacilityRequest request) {
        CatalogueAccess.requireRegistryKeeper(user);
        check(request, Optional.empty());
        UUID id = facilities.insert(request);
        FacilityView created = facilities.find(id).orElseThrow();
        audit.record(user, "facility.registered", Facilities.ENTITY, id, null, created);
        outbox.changed(Facilities.ENTITY, id, created.version());
        return created;
    }

    @Transactional
    public FacilityView replace(CurrentUser user, UUID id, long version, FacilityRequest request) {
        CatalogueAccess.requireRegistryKeeper(user);
        FacilityView before = read(id);
        check(request, Optional.of(id));
        if (!facilities.replace(id, version, request)) {
            throw ProblemException.conflict("The facility was changed meanwhile (current version " + before.version()
                    + "); reload it and try again");
        }
        FacilityView after = facilities.find(id).orElseThrow();
        audit.record(user, "facility.updated", Facilities.ENTITY, id, before, after);
        outbox.changed(Facilities.ENTITY, id, after.version());
        return after;
    }

    @Transactional
    public FacilityView read(UUID id) {
        return facilities.find(id).orElseThrow(() -> ProblemException.notFound("Facility"));
    }

    @Transactional
    public Facilities.Page list(Optional<String> province, Optional<FacilityStatus> status, int page, int size) {
        return facilities.page(province, status, page, size);
    }

    @Transactional
    public FacilityCapacity capacity(UUID id, Optional<LocalDate> from, Optional<LocalDate> to) {
        FacilityView facility = read(id);
        ProductionWeeks weeks = ProductionWeeks.between(from, to, LocalDate.now(WIB));
        return FacilityCapacity.of(facility, weeks, facilities.bookedMinutes(id, weeks.first(), weeks.last()));
    }

    private void check(FacilityRequest request, Optional<UUID> self) {
        if (facilities.nameTaken(request.name(), self)) {
            throw ProblemException.conflict("A facility named '" + request.name().strip() + "' is already registered");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!facilities.provinceExists(request.province())) {
            errors.add(new Problem.FieldError("province", "unknown province " + request.province()));
        }
        if (request.operatorId() != null && !facilities.isCooperative(request.operatorId())) {
            errors.add(new Problem.FieldError("operatorId", "no such cooperative"));
        }
        if (request.openedOn() != null && !PlausibleDates.plausible(request.openedOn())) {
            errors.add(new Problem.FieldError("openedOn", PlausibleDates.message()));
        } else if (request.status() == FacilityStatus.OPERATING && request.openedOn() != null
                && request.openedOn().isAfter(LocalDate.now(WIB))) {
            errors.add(new Problem.FieldError("openedOn", "an operating facility has opened already"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation", "The request has invalid fields", errors);
        }
    }
}
