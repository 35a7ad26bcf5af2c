package id.rantai.api.monitoring;

import id.rantai.api.db.ReadReplica;
import id.rantai.api.problem.Problem;
import id.rantai.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the ministry watches: inclusion of MSMEs in BUMN procurement, and how full the shared facilities are. */
@Singleton
public class Monitoring {

    /** Without dates, the facility report shows half a year back and two months ahead. */
    static final int DEFAULT_WEEKS_BACK = 26;
    static final int DEFAULT_WEEKS_AHEAD = 8;
    /** A longer facility report is a data export, not a view. */
    static final int MAX_WEEKS = 157;

    private final AwardAttributions attributions;
    private final FacilityUtilisation utilisation;
    private final MonitoringSettings settings;

    Monitoring(AwardAttributions attributions, FacilityUtilisation utilisation, MonitoringSettings settings) {
        this.attributions = attributions;
        this.utilisation = utilisation;
        this.settings = settings;
    }

    @Transactional(value = ReadReplica.NAME, readOnly = true)
    public InclusionReport inclusion(ReportingPeriod period, Optional<UUID> buyer, Optional<GroupBy> groupBy) {
        return inclusion(new AttributionFilter(period, buyer), groupBy);
    }

    /** The figures of the awards the filter covers, broken down when asked for; the groups add up to the totals. */
    @Transactional(value = ReadReplica.NAME, readOnly = true)
    public InclusionReport inclusion(AttributionFilter filter, Optional<GroupBy> groupBy) {
        AwardAttributions.Figures figures = attributions.figures(filter, groupBy);
        List<InclusionReport.Group> groups = figures.groups().stream()
                .map(g -> new InclusionReport.Group(g.key(), g.name(), InclusionFigures.of(g.sums()))).toList();
        ReportingPeriod period = filter.period();
        return new InclusionReport(period.from().orElse(null), period.to().orElse(null), period.zone().getId(),
                filter.buyer().orElse(null), filter.province().orElse(null), filter.kbli().orElse(null),
                groupBy.map(GroupBy::parameter).orElse(null), InclusionFigures.of(figures.totals()), groups, settings.targets());
    }

    /** The weeks (Mondays) that contain {@code from} and {@code to}; by default around today. */
    @Transactional(value = ReadReplica.NAME, readOnly = true)
    public FacilityReport facilities(ReportingPeriod period, Optional<UUID> matchingRun) {
        LocalDate today = LocalDate.now(period.zone());
        LocalDate fromWeek = monday(period.from().orElse(today.minusWeeks(DEFAULT_WEEKS_BACK)));
        LocalDate toWeek = monday(period.to().orElse(today.plusWeeks(DEFAULT_WEEKS_AHEAD)));
        if (period.from().isPresent() != period.to().isPresent() && fromWeek.isAfter(toWeek)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The reporting period is invalid",
                    List.of(new Problem.FieldError(period.from().isPresent() ? "from" : "to",
                            "leaves no week with the default other end; give both from and to")));
        }
        if (ChronoUnit.WEEKS.between(fromWeek, toWeek) + 1 > MAX_WEEKS) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The reporting period is too long",
                    List.of(new Problem.FieldError("to", "at most " + MAX_WEEKS + " weeks after from")));
        }
        return utilisation.report(fromWeek, toWeek, matchingRun);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
