package id.rantai.api.plan;

import id.rantai.api.auth.CurrentUser;
import id.rantai.api.idempotency.Idempotent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Award plans: ask the optimiser for one, follow it, cancel it, accept it. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "award plans")
@SecurityRequirement(name = "bearer")
class AwardPlanController {

    /** How often the event stream looks at the plan. */
    static final Duration EVENT_EVERY = Duration.ofSeconds(1);

    private final Planning planning;

    AwardPlanController(Planning planning) {
        this.planning = planning;
    }

    @Serdeable
    record Accepted(UUID planId, String status) {
    }

    @Post("/demands/{demandId}/award-plans")
    @Idempotent
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, required = true, description = Idempotent.REQUIRED,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<Accepted> request(Authentication auth, @PathVariable UUID demandId, @Body @Valid PlanRequest request) {
        PlanView plan = planning.request(CurrentUser.of(auth), demandId, request);
        return HttpResponse.accepted(URI.create("/api/award-plans/" + plan.planId())).body(new Accepted(plan.planId(), plan.status()));
    }

    @Get("/award-plans/{planId}")
    PlanView read(Authentication auth, @PathVariable UUID planId) {
        return planning.read(CurrentUser.of(auth), planId);
    }

    /**
     * Server-sent events: a {@code progress} event every second while the plan solves (best score so far, time since it was asked for),
     * then one event named after the final status (SOLVED, FAILED, CANCELLED, ACCEPTED), which ends the stream.
     */
    @Get(value = "/award-plans/{planId}/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<PlanView.Progress>> events(Authentication auth, @PathVariable UUID planId) {
        planning.read(CurrentUser.of(auth), planId);
        return Flux.interval(Duration.ZERO, EVENT_EVERY)
                .publishOn(Schedulers.boundedElastic())
                .map(tick -> planning.progress(planId))
                .takeUntil(p -> !"SOLVING".equals(p.status()))
                .map(p -> Event.of(p).name("SOLVING".equals(p.status()) ? "progress" : p.status()).id(String.valueOf(p.elapsedMillis())))
                .take(Duration.ofHours(1));
    }

    @Post("/award-plans/{planId}/cancel")
    @Idempotent(required = false)
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.OPTIONAL,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<PlanView> cancel(Authentication auth, @PathVariable UUID planId) {
        return HttpResponse.ok(planning.cancel(CurrentUser.of(auth), planId));
    }

    @Post("/award-plans/{planId}/accept")
    @Idempotent(required = false)
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = Idempotent.OPTIONAL,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    HttpResponse<PlanView> accept(Authentication auth, @PathVariable UUID planId) {
        return HttpResponse.ok(planning.accept(CurrentUser.of(auth), planId));
    }
}
