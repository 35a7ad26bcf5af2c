package id.rantai.web.cooperative;

import id.rantai.web.layout.Typed;
import id.rantai.api.auth.CurrentUser;
import id.rantai.api.catalogue.MemberView;
import id.rantai.api.catalogue.Membership;
import id.rantai.api.catalogue.SizeClass;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The cooperative's member MSMEs: register (NIB, size class, owner, women-led, youth-led, green, province, certificates
 * with their expiry), correct, end a membership. {@link Membership} decides everything; its refusals (a member still
 * named in a live bid or catalogue entry, a NIB registered elsewhere) are shown as messages, not error pages.
 */
@Controller("/cooperative/members")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CooperativeMembersPage {

    /** A certificate that ends within this many days is flagged as about to expire. */
    static final int EXPIRY_WARNING_DAYS = 90;

    private final Membership membership;
    private final RequestChecks checks;
    private final Provinces provinces;

    CooperativeMembersPage(Membership membership, RequestChecks checks, Provinces provinces) {
        this.membership = membership;
        this.checks = checks;
        this.provinces = provinces;
    }

    @Get
    ModelAndView<Map<String, Object>> list(Authentication auth, @Nullable @QueryValue String done) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        return listPage(manager, done, null);
    }

    @Get("/new")
    ModelAndView<Map<String, Object>> blank(Authentication auth) {
        CooperativeAccess.manager(auth);
        return form(null, MemberForm.empty(), FieldErrors.none());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(Authentication auth, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        return save(manager, null, MemberForm.of(new Form(fields)));
    }

    @Get("/{id}/edit")
    ModelAndView<Map<String, Object>> edit(Authentication auth, @PathVariable UUID id) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        MemberView member = membership.read(manager, CooperativeAccess.cooperativeOf(manager), id);
        return form(member, MemberForm.of(member), FieldErrors.none());
    }

    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> correct(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        membership.read(manager, CooperativeAccess.cooperativeOf(manager), id);
        return save(manager, id, MemberForm.of(new Form(fields)));
    }

    @Post(value = "/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Authentication auth, @PathVariable UUID id, @Body Map<String, Object> fields) {
        CurrentUser manager = CooperativeAccess.manager(auth);
        UUID cooperative = CooperativeAccess.cooperativeOf(manager);
        MemberView member = membership.read(manager, cooperative, id);
        Long version = Typed.whole(new Form(fields).text("version"), "version", new java.util.ArrayList<>());
        try {
            membership.remove(manager, cooperative, id, version == null ? -1 : version);
            return CooperativeAccess.redirect("/cooperative/members?done=memberRemoved");
        } catch (ProblemException refused) {
            if (CooperativeAccess.outright(refused)) {
                throw refused;
            }
            return HttpResponse.status(refused.status()).body(listPage(manager, null, new Refusal(member.name(), refused.toProblem().detail())));
        }
    }

    private HttpResponse<?> save(CurrentUser manager, UUID id, MemberForm form) {
        UUID cooperative = CooperativeAccess.cooperativeOf(manager);
        MemberView existing = id == null ? null : membership.read(manager, cooperative, id);
        try {
            var request = checks.check(form.toRequest(provinces));
            if (id == null) {
                membership.register(manager, cooperative, request);
            } else {
                membership.update(manager, cooperative, id, form.version() == null ? -1 : form.version(), request);
            }
            return CooperativeAccess.redirect("/cooperative/members?done=" + (id == null ? "memberRegistered" : "saved"));
        } catch (ProblemException refused) {
            if (CooperativeAccess.outright(refused)) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(existing, form, FieldErrors.of(refused)));
        }
    }

    /** A membership the API would not end, and why (in its words). */
    record Refusal(String member, String reason) {
    }

    private ModelAndView<Map<String, Object>> listPage(CurrentUser manager, String done, Refusal refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("members", membership.list(manager, CooperativeAccess.cooperativeOf(manager), 0, 200));
        model.put("done", done);
        model.put("refusal", refusal);
        model.put("provinceNames", provinces.names());
        model.put("soon", LocalDate.now().plusDays(EXPIRY_WARNING_DAYS));
        model.put("today", LocalDate.now());
        return new ModelAndView<>("cooperative/members", model);
    }

    private ModelAndView<Map<String, Object>> form(MemberView existing, MemberForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("member", existing);
        model.put("form", form);
        model.put("errors", errors);
        model.put("provinces", provinces.all());
        model.put("sizes", SizeClass.values());
        return new ModelAndView<>("cooperative/member-form", model);
    }
}
