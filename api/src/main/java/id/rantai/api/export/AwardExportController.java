package id.rantai.api.export;

import id.rantai.api.auth.Role;
import id.rantai.api.monitoring.AttributionFilter;
import id.rantai.api.monitoring.MonitoringSettings;
import id.rantai.api.monitoring.ReportingPeriod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code GET /api/exports/awards.csv}: every award of the period as a CSV row (UTF-8, header row, RFC 4180),
 * with the same filter and the same MSME attribution as {@code /api/monitoring/inclusion}, so the attributedValueIdr
 * column adds up to the dashboard's awardedValueIdr (so does valueIdr, the whole award, unless a province is asked for). For MINISTRY staff and administrators.
 */
@Controller("/api/exports")
@Secured({Role.MINISTRY_NAME, Role.ADMIN_NAME})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "exports")
@SecurityRequirement(name = "bearer")
class AwardExportController {

    static final MediaType CSV = MediaType.of("text/csv; charset=utf-8; header=present");

    private final AwardRows rows;
    private final MonitoringSettings settings;

    AwardExportController(AwardRows rows, MonitoringSettings settings) {
        this.rows = rows;
        this.settings = settings;
    }

    @Get(value = "/awards.csv", produces = "text/csv")
    @Operation(summary = "Awards as CSV, one row per award with its value and MSME attribution",
            description = "from/to are days (both included) in the reporting time zone; buyer, province and kbli as for the"
                    + " inclusion dashboard. attributedValueIdr is the part of valueIdr the filter covers (with a province, what"
                    + " arrives there); it adds up to the dashboard's awardedValueIdr.")
    HttpResponse<StreamedFile> awards(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                      @Nullable @QueryValue UUID buyer, @Nullable @QueryValue String province,
                                      @Nullable @QueryValue String kbli) {
        ReportingPeriod period = ReportingPeriod.of(from, to, settings.zone());
        AttributionFilter filter = AttributionFilter.of(period, buyer, province, kbli);
        StreamedFile file = new StreamedFile(rows.open(filter, settings.zone()), CSV);
        return HttpResponse.ok(file).contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(period) + "\"");
    }

    private static String fileName(ReportingPeriod period) {
        return "rantai-awards" + period.from().map(d -> "-from-" + d).orElse("") + period.to().map(d -> "-to-" + d).orElse("") + ".csv";
    }
}
