package id.rantai.web.session;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.auth.Login;
import id.rantai.api.auth.LoginThrottle;
import id.rantai.api.auth.Role;
import id.rantai.api.auth.UserAccounts;
import id.rantai.api.problem.ProblemException;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.PagePaths;
import id.rantai.web.layout.ViewerPreferences;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Logging in and out of the pages, and choosing the pages' language. */
@Controller
@Hidden
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginPage {

    static final String LANGUAGE_COOKIE = "rantai_lang";

    private final Login login;
    private final UserAccounts users;
    private final LoginThrottle throttle;
    private final SessionCookie session;
    private final ViewerPreferences preferences;

    LoginPage(Login login, UserAccounts users, LoginThrottle throttle, SessionCookie session, ViewerPreferences preferences) {
        this.login = login;
        this.users = users;
        this.throttle = throttle;
        this.session = session;
        this.preferences = preferences;
    }

    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String next) {
        return page(PagePaths.safeNext(next), null, null);
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, Object> fields) {
        Form form = new Form(fields);
        String next = PagePaths.safeNext(form.text("next"));
        String username = form.text("username");
        String password = form.text("password");
        if (username == null || password == null || username.length() > 100 || password.length() > 200) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(next, username, "login.error.missing"));
        }
        try {
            var token = login.authenticate(username, password, throttle.clientAddress(request));
            String destination = "/".equals(next) ? users.findByUsername(username).map(u -> workspace(u.role())).orElse(next) : next;
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(destination))
                    .cookie(session.issue(request, token.getAccessToken(), token.getExpiresIn()));
            return response;
        } catch (ProblemException refused) {
            String message = refused.status() == HttpStatus.TOO_MANY_REQUESTS ? "login.error.throttled" : "login.error.invalid";
            return HttpResponse.status(refused.status()).body(page(next, username, message));
        }
    }

    /** Where a person lands after logging in when no page asked for it: the start of their own work. */
    static String workspace(String role) {
        return switch (role) {
            case Role.OFFICER_NAME -> "/officer/demands";
            case Role.COOPERATIVE_NAME -> "/cooperative";
            case Role.MINISTRY_NAME -> "/ministry/inclusion";
            default -> "/";
        };
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> logout(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create("/")).cookie(session.clear(request));
    }

    /** Switches the pages' language (remembered in a cookie, and in the person's preferences when logged in). */
    @Post(value = "/language", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> language(HttpRequest<?> request, @Nullable Authentication auth, @Body Map<String, Object> fields) {
        Form form = new Form(fields);
        String lang = "en".equals(form.text("lang")) ? "en" : "id";
        if (auth != null) {
            CurrentUser user = CurrentUser.of(auth);
            ViewerPreferences.Choice current = preferences.of(user.userId());
            preferences.choose(user.userId(), lang, current.zone());
        }
        Cookie cookie = Cookie.of(LANGUAGE_COOKIE, lang).path("/").sameSite(SameSite.Lax).maxAge(Duration.ofDays(365))
                .secure(request.isSecure());
        return HttpResponse.seeOther(URI.create(PagePaths.safeNext(form.text("next")))).cookie(cookie);
    }

    private static ModelAndView<Map<String, Object>> page(String next, String username, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("username", username);
        model.put("error", error);
        return new ModelAndView<>("session/login", model);
    }
}
