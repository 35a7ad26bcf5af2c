package id.rantai.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The published HTTP contract of the marketplace (see the API contract v1); generated at compile time. */
@OpenAPIDefinition(info = @Info(title = "rantai", version = "1",
        description = "Rantai: BUMN demands, MSME cooperative bids, capacity-aware awards, inclusion monitoring."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class RantaiApi {

    private RantaiApi() {
    }
}
