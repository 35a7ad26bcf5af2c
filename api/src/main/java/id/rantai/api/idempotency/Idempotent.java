package id.rantai.api.idempotency;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write endpoint (returning {@code HttpResponse}) that honours an {@code Idempotency-Key} header:
 * the same key with the same request returns the first response again without doing the write twice.
 *
 * <p>The rule: a POST that creates something (a demand, a bid, an award, a job) requires the key, and answers 428
 * without it ({@link IdempotencyKeyRequired}), since a retried request without one could create a second. An action on
 * an existing resource (publish, cancel, accept) takes a key but does not require one: its state machine already
 * refuses to do it twice (409). Such endpoints also declare the header for the OpenAPI document with
 * {@code @Parameter(name = Idempotent.HEADER, in = HEADER, required = true, description = Idempotent.REQUIRED)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /** What the OpenAPI document says about the header where it is required. */
    String REQUIRED = "Required: this request creates something. A new random value (a UUID) per intended action, sent again "
            + "unchanged when retrying, so that a retry answers the first response instead of creating a second. "
            + "1 to 255 characters; without it the answer is 428.";

    /** What the OpenAPI document says about the header where it is optional. */
    String OPTIONAL = "Optional: a repeat of this action is refused (409) anyway. With a key, a retry answers the first response.";

    /** Whether a request without the header is refused (428); false for actions a repeat cannot do twice. */
    boolean required() default true;
}
