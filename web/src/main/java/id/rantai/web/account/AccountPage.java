package id.rantai.web.account;

import id.rantai.api.auth.CurrentUser;
import id.rantai.web.layout.Form;
import id.rantai.web.layout.ViewerPreferences;
import id.rantai.web.layout.ViewerZone;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
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

/** The person's own settings: the language and the time zone every page shows times in. */
@Controller("/account")
@Hidden
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountPage {

    private final ViewerPreferences preferences;

    AccountPage(ViewerPreferences preferences) {
        this.preferences = preferences;
    }

    @Get
    ModelAndView<Map<String, Object>> show(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth);
        ViewerPreferences.Choice choice = preferences.of(user.userId());
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("zone", choice.zone().name());
        model.put("zones", ViewerZone.values());
        return new ModelAndView<>("account/settings", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication auth, @Body Map<String, Object> fields) {
        CurrentUser user = CurrentUser.of(auth);
        Form form = new Form(fields);
        ViewerZone zone = ViewerZone.named(form.text("zone")).orElse(preferences.of(user.userId()).zone());
        String lang = "en".equals(form.text("lang")) ? "en" : "id";
        preferences.choose(user.userId(), lang, zone);
        Cookie language = Cookie.of("rantai_lang", lang).path("/").sameSite(SameSite.Lax).maxAge(Duration.ofDays(365))
                .secure(request.isSecure());
        return HttpResponse.seeOther(URI.create("/account?saved=1")).cookie(language);
    }
}
