package id.rantai.api.opendata;

import id.rantai.api.monitoring.MonitoringSettings;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Open contracting data (OCDS 1.1), public without login: {@code /api/ocds}. */
@Controller("/api/ocds")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "open data")
class OcdsController {

    private final OcdsPublication publication;
    private final PublicUrl publicUrl;
    private final MonitoringSettings settings;

    OcdsController(OcdsPublication publication, PublicUrl publicUrl, MonitoringSettings settings) {
        this.publication = publication;
        this.publicUrl = publicUrl;
        this.settings = settings;
    }

    @Get("/releases")
    @Operation(summary = "OCDS release package: the releases of all published demands, oldest first, in pages",
            description = "since: a date-time with offset or a date (from its start in WIB); releases dated at or after it."
                    + " buyer: the demands of one BUMN; kbli: of one KBLI code or its first digits.")
    Ocds.ReleasePackage releases(@Nullable @QueryValue String since,
                                 @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @QueryValue(defaultValue = "100") @Min(1) @Max(100) int size,
                                 @Nullable @QueryValue UUID buyer, @Nullable @QueryValue String kbli) {
        return publication.releases(since(since), Optional.ofNullable(buyer), kbli(kbli), page, size, publicUrl.base());
    }

    @Get("/records/{ocid}")
    @Operation(summary = "OCDS record package of one contracting process (ocid ocds-rantai-<demand id>): its releases"
            + " and its compiled release")
    Ocds.RecordPackage record(@PathVariable String ocid) {
        return publication.record(ocid, publicUrl.base());
    }

    /** A date-time with offset, or a day from its start in the reporting time zone; a '+' sent unencoded arrives as a space. */
    private Optional<OffsetDateTime> since(String since) {
        if (since == null || since.isBlank()) {
            return Optional.empty();
        }
        String text = since.strip().replace(' ', '+');
        OffsetDateTime time;
        try {
            time = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(settings.zone()).toOffsetDateTime()
                    : OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            throw badSince();
        }
        if (time.getYear() < 2000 || time.getYear() > 2999) {
            throw badSince();
        }
        return Optional.of(time);
    }

    private static Optional<String> kbli(String kbli) {
        if (kbli == null || kbli.isBlank()) {
            return Optional.empty();
        }
        if (!kbli.strip().matches("[0-9]{1,5}")) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields",
                    List.of(new Problem.FieldError("kbli", "must be a KBLI code or its first digits (1 to 5 digits)")));
        }
        return Optional.of(kbli.strip());
    }

    private static ProblemException badSince() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields",
                List.of(new Problem.FieldError("since", "must be a date-time with offset (2025-03-01T00:00:00+07:00) or a day"
                        + " (2025-03-01) between the years 2000 and 2999")));
    }
}
