package id.rantai.api.monitoring;

import id.rantai.api.auth.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The ministry's dashboard figures: {@code /api/monitoring}, for MINISTRY staff and administrators. */
@Controller("/api/monitoring")
@Secured({Role.MINISTRY_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "monitoring")
@SecurityRequirement(name = "bearer")
class MonitoringController {

    private final Monitoring monitoring;
    private final MonitoringSettings settings;

    MonitoringController(Monitoring monitoring, MonitoringSettings settings) {
        this.monitoring = monitoring;
        this.settings = settings;
    }

    @Get("/inclusion")
    @Operation(summary = "Awarded value, MSME share, women-led, youth-led and green shares, optionally per province, KBLI, buyer or month",
            description = "from/to are days (both included) in the reporting time zone; an award counts in the period of its"
                    + " award date. province (ID-JT) keeps the value arriving in that province; kbli takes a code or its first digits."
                    + " An award's value is split equally among the member MSMEs its bid names, exact to the rupiah.")
    InclusionReport inclusion(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                              @Nullable @QueryValue String groupBy, @Nullable @QueryValue UUID buyer,
                              @Nullable @QueryValue String province, @Nullable @QueryValue String kbli) {
        return monitoring.inclusion(AttributionFilter.of(ReportingPeriod.of(from, to, settings.zone()), buyer, province, kbli),
                GroupBy.parse(groupBy));
    }

    @Get("/facilities")
    @Operation(summary = "Booked hours against weekly capacity per shared facility and week, and the planned facilities"
            + " that would relieve the most shortage according to the latest matching run")
    FacilityReport facilities(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                              @Nullable @QueryValue UUID matchingRun) {
        return monitoring.facilities(ReportingPeriod.of(from, to, settings.zone()), Optional.ofNullable(matchingRun));
    }
}
