package id.rantai.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document: what every error of the API answers, as {@code application/problem+json}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://rantai.id/problems/";

    /** One invalid field of a request and what is wrong with it. */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
