package id.rantai.web.cooperative;

import id.rantai.web.layout.Typed;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.catalogue.CapabilityView;
import id.rantai.api.catalogue.Cataloguing;
import id.rantai.api.catalogue.Certificate;
import id.rantai.api.catalogue.FacilityRegistry;
import id.rantai.api.catalogue.MemberView;
import id.rantai.api.catalogue.Membership;
import id.rantai.api.catalogue.OrganizationProfiles;
import id.rantai.api.problem.ProblemException;
import id.rantai.api.problem.RequestChecks;
import id.rantai.web.layout.FieldErrors;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.Provinces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cooperative's catalogue: what it can make (monthly capacity, unit, price range, lead time, TKDN, the members who
 * produce and the shared facilities used); add, edit, withdraw through {@link Cataloguing}. Certificates of the members
 * behind an entry that end soon are flagged. The cooperative's public profile is shown as visitors see it.
 */
@Controller("/cooperative/catalogue")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CooperativeCataloguePage {

    private final Cataloguing cataloguing;
    private final Membership membership;
    private final FacilityRegistry facilities;
    private final OrganizationProfiles profiles;
    private final RequestChecks checks;
    private final Provinces provinces;

    CooperativeCataloguePage(Cataloguing cataloguing, Membership membership, FacilityRegistry facilities,
                             OrganizationProfiles profiles, RequestChecks checks, Provinces provinces) {
        this.cataloguing = cataloguing;
        this.membership = membership;
        this.facilities = facilities;
        this.profiles = profiles;
        this.checks = checks;
        this.provinces = provinces;
    }

    /** A certificate of a member behind an entry that has ended or ends within the warning period. */
    record Expiring(String member, String code, LocalDate validUntil, boolean expired) {
    }

    @Get
    ModelAndView<Map<String, Object>> list(Authentication auth, @Nullable @QueryValue String done) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        UUID cooperative = CooperativeAccess.cooperativeOf(manager);
        Map<UUID, MemberView> members = members(manager);
        List<CapabilityView> entries = cataloguing.list(Optional.of(cooperative), 0, 100).items();
        LocalDate today = LocalDate.now();
        LocalDate soon = today.plusDays(CooperativeMembersPage.EXPIRY_WARNING_DAYS);
        Map<UUID, List<Expiring>> expiring = new HashMap<>();
        for (CapabilityView entry : entries) {
            List<Expiring> flagged = new ArrayList<>();
            for (UUID memberId : entry.memberIds()) {
                MemberView member = members.get(memberId);
                if (member == null) {
                    continue;
                }
                for (Certificate c : member.certifications()) {
                    if (c.validUntil() != null && !c.validUntil().isAfter(soon)) {
                        flagged.add(new Expiring(member.name(), c.code(), c.validUntil(), c.validUntil().isBefore(today)));
                    }
                }
            }
            expiring.put(entry.id(), flagged);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries);
        model.put("expiring", expiring);
        model.put("memberNames", members.values().stream().collect(Collectors.toMap(MemberView::id, MemberView::name)));
        model.put("profile", profiles.profile(cooperative));
        model.put("done", done);
        return new ModelAndView<>("cooperative/catalogue", model);
    }

    @Get("/new")
    ModelAndView<Map<String, Object>> blank(Authentication auth) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        return form(manager, null, CapabilityForm.empty(), FieldErrors.none());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Authentication auth, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        return save(manager, null, CapabilityForm.of(new Form(fields)));
    }

    @Get("/{id}/edit")
    ModelAndView<Map<String, Object>> edit(Authentication auth, @PathVariable UUID id) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        CapabilityView entry = own(manager, id);
        return form(manager, entry, CapabilityForm.of(entry), FieldErrors.none());
    }

    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        own(manager, id);
        return save(manager, id, CapabilityForm.of(new Form(fields)));
    }

    @Post(value = "/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        Long version = Typed.whole(new Form(fields).text("version"), "version", new ArrayList<>());
        cataloguing.withdraw(manager, id, version == null ? -1 : version);
        return CooperativeAccess.redirect("/cooperative/catalogue?done=capabilityWithdrawn");
    }

    private HttpResponse<?> save(CurrentUser manager, UUID id, CapabilityForm form) {
        CapabilityView existing = id == null ? null : own(manager, id);
        try {
            var request = checks.check(form.toRequest());
            if (id == null) {
                cataloguing.create(manager, request);
            } else {
                cataloguing.replace(manager, id, form.version() == null ? -1 : form.version(), request);
            }
            return CooperativeAccess.redirect("/cooperative/catalogue?done=" + (id == null ? "capabilityAdded" : "saved"));
        } catch (ProblemException refused) {
            if (CooperativeAccess.outright(refused)) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(manager, existing, form, FieldErrors.of(refused)));
        }
    }

    /** The cooperative's own entry; another cooperative's is refused as the API refuses changing it (403). */
    private CapabilityView own(CurrentUser manager, UUID id) {
        CapabilityView entry = cataloguing.read(id);
        if (!entry.cooperative().id().equals(CooperativeAccess.cooperativeOf(manager))) {
            throw ProblemException.forbidden("Only " + entry.cooperative().name() + " may change its catalogue");
        }
        return entry;
    }

    private Map<UUID, MemberView> members(CurrentUser manager) {
        return membership.list(manager, CooperativeAccess.cooperativeOf(manager), 0, 500).items().stream()
                .collect(Collectors.toMap(MemberView::id, Function.identity()));
    }

    private ModelAndView<Map<String, Object>> form(CurrentUser manager, CapabilityView existing, CapabilityForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("entry", existing);
        model.put("form", form);
        model.put("errors", errors);
        model.put("members", membership.list(manager, CooperativeAccess.cooperativeOf(manager), 0, 500).items());
        model.put("facilities", facilities.list(Optional.empty(), Optional.empty(), 0, 100).items());
        model.put("provinceNames", provinces.names());
        return new ModelAndView<>("cooperative/capability-form", model);
    }
}
