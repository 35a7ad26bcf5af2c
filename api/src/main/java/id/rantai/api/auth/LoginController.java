package id.rantai.api.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/auth/login}: a username and password become a signed bearer token. Repeated failures are
 * answered with 429 and {@code Retry-After} for a while ({@link LoginThrottle}).
 */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
class LoginController {

    private final Login login;
    private final LoginThrottle throttle;

    LoginController(Login login, LoginThrottle throttle) {
        this.login = login;
        this.throttle = throttle;
    }

    @Post("/login")
    TokenResponse login(HttpRequest<?> http, @Body @Valid LoginRequest request) {
        var token = login.authenticate(request.username(), request.password(), throttle.clientAddress(http));
        return new TokenResponse(token.getAccessToken(), "Bearer", token.getExpiresIn());
    }

    @Serdeable
    record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record TokenResponse(String accessToken, String tokenType, Integer expiresIn) {
    }
}
