package id.rantai.web.layout;

import id.rantai.api.auth.CurrentUser;
import id.rantai.web.session.CsrfTokens;
import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Adds the page frame ({@link Layout}, as {@code layout}, and its formats as {@code fmt}) to every page's model. */
@Singleton
public class LayoutModel implements ViewModelProcessor<Map<String, Object>> {

    private final HttpLocaleResolver locales;
    private final CsrfTokens csrf;
    private final ViewerPreferences preferences;
    private final MessageSource messages;

    LayoutModel(HttpLocaleResolver locales, CsrfTokens csrf, ViewerPreferences preferences, MessageSource messages) {
        this.locales = locales;
        this.csrf = csrf;
        this.preferences = preferences;
        this.messages = messages;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        Map<String, Object> model = new HashMap<>(page.getModel().orElse(Map.of()));
        Layout layout = layoutOf(request);
        model.put("layout", layout);
        model.put("fmt", layout.fmt());
        page.setModel(model);
    }

    public Layout layoutOf(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        String lang = "en".equals(locale.getLanguage()) ? "en" : "id";
        Optional<Viewer> viewer = request.getUserPrincipal(Authentication.class).map(CurrentUser::of).map(Viewer::of);
        ViewerZone zone = viewer.map(v -> preferences.of(v.userId()).zone()).orElse(ViewerZone.WIB);
        return new Layout(viewer.orElse(null), lang, "id".equals(lang) ? "en" : "id", pathOf(request), csrf.tokenFor(request),
                new Formats(Locale.forLanguageTag(lang), zone, messages));
    }

    private static String pathOf(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty() ? request.getPath() : request.getPath() + "?" + query;
    }
}
