package id.rantai.web.ministry;

import id.rantai.api.monitoring.InclusionFigures;
import id.rantai.api.monitoring.InclusionReport;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The geometry of the dashboard's charts, which the templates draw as SVG: no script (the pages' CSP forbids inline
 * code, and a chart drawn on the server weighs a few KB), and every chart has its table beside it with the same figures.
 * Coordinates are in the SVG's viewBox units; the SVG scales to the width of the screen.
 */
final class Charts {

    /** Width of every chart's viewBox. */
    static final int WIDTH = 720;
    /** Bars start right of their labels and leave room for the figure after them. */
    static final int BAR_X = 230;
    static final int BAR_MAX = 280;
    static final int ROW = 28;
    /** A bar chart shows the largest groups; its table lists all of them. */
    static final int MAX_BARS = 12;
    /** The line chart's plot area. */
    static final int PLOT_LEFT = 48;
    static final int PLOT_RIGHT = 700;
    static final int PLOT_TOP = 16;
    static final int PLOT_BOTTOM = 216;
    static final int LINE_HEIGHT = 250;
    private static final int LABEL_CHARS = 32;

    private Charts() {
    }

    /** A group's bar: the awarded value as the whole bar, the MSME part of it drawn over it. */
    record Bar(String key, String label, String fullLabel, InclusionFigures figures, int y, double width, double msmeWidth) {
        public int textY() {
            return y + 14;
        }

        public double valueX() {
            return BAR_X + width + 6;
        }
    }

    record BarChart(int height, List<Bar> bars, int hidden) {
        public boolean empty() {
            return bars.isEmpty();
        }
    }

    /** A month of the series: its figures (zero when nothing was awarded) and, when it has awards, its point. */
    record Month(String key, String label, InclusionFigures figures, boolean awarded, double x, double y) {
    }

    record Tick(String label, double y) {
    }

    record LineChart(List<Month> months, String polyline, List<Month> xLabels, List<Tick> yTicks, double targetY,
                     BigDecimal target) {
        public boolean empty() {
            return months.stream().noneMatch(Month::awarded);
        }
    }

    /** A share 0–100% as a bar of {@link #BAR_MAX} for 100%, with its target when one is set. */
    record ShareBar(String key, BigDecimal pct, long valueIdr, long msmes, BigDecimal countPct, BigDecimal target, int y,
                    double width, Double targetX) {
        public int textY() {
            return y + 14;
        }

        public double valueX() {
            return BAR_X + width + 6;
        }
    }

    static BarChart bars(List<InclusionReport.Group> groups, Function<InclusionReport.Group, String> label) {
        long max = groups.stream().mapToLong(g -> g.figures().awardedValueIdr()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (InclusionReport.Group g : groups.subList(0, Math.min(MAX_BARS, groups.size()))) {
            String full = label.apply(g);
            double width = scale(g.figures().awardedValueIdr(), max);
            double msme = scale(g.figures().msmeValueIdr(), max);
            bars.add(new Bar(g.key(), shorten(full), full, g.figures(), 4 + bars.size() * ROW, width, msme));
        }
        return new BarChart(bars.size() * ROW + 8, bars, groups.size() - bars.size());
    }

    /**
     * Every month from {@code first} to {@code last}, with the figures of the months that have awards; the line joins the
     * MSME share of consecutive months with awards (a month without any is a gap, not a 0%).
     */
    static LineChart shareOverTime(List<InclusionReport.Group> byMonth, YearMonth first, YearMonth last, BigDecimal target,
                                   Locale locale, InclusionFigures nothing) {
        Map<String, InclusionFigures> figures = byMonth.stream()
                .collect(Collectors.toMap(InclusionReport.Group::key, InclusionReport.Group::figures));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", locale);
        List<YearMonth> span = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last) && span.size() < 240; m = m.plusMonths(1)) {
            span.add(m);
        }
        double step = span.size() > 1 ? (double) (PLOT_RIGHT - PLOT_LEFT) / (span.size() - 1) : 0;
        List<Month> months = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < span.size(); i++) {
            String key = span.get(i).toString();
            InclusionFigures f = figures.get(key);
            double x = span.size() > 1 ? PLOT_LEFT + i * step : (PLOT_LEFT + PLOT_RIGHT) / 2.0;
            boolean awarded = f != null && f.awardedValueIdr() > 0;
            double y = awarded ? yOf(f.msmeSharePct()) : PLOT_BOTTOM;
            months.add(new Month(key, label.format(span.get(i)), f == null ? nothing : f, awarded, round(x), round(y)));
            if (awarded) {
                line.append(round(x)).append(',').append(round(y)).append(' ');
            }
        }
        int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        List<Month> xLabels = new ArrayList<>();
        for (int i = 0; i < months.size(); i += every) {
            xLabels.add(months.get(i));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int pct = 0; pct <= 100; pct += 20) {
            ticks.add(new Tick(pct + "%", yOf(BigDecimal.valueOf(pct))));
        }
        return new LineChart(months, line.toString().strip(), xLabels, ticks, yOf(target), target);
    }

    static List<ShareBar> shares(InclusionFigures f, BigDecimal womenTarget, BigDecimal youthTarget, BigDecimal greenTarget) {
        return List.of(
                share("womenLed", f.womenLedSharePct(), f.womenLedValueIdr(), f.womenLedMsmes(), f.womenLedCountSharePct(), womenTarget, 0),
                share("youthLed", f.youthLedSharePct(), f.youthLedValueIdr(), f.youthLedMsmes(), f.youthLedCountSharePct(), youthTarget, 1),
                share("green", f.greenSharePct(), f.greenValueIdr(), f.greenMsmes(), f.greenCountSharePct(), greenTarget, 2));
    }

    private static ShareBar share(String key, BigDecimal pct, long value, long msmes, BigDecimal countPct, BigDecimal target, int row) {
        double width = round(pct.doubleValue() / 100 * BAR_MAX);
        Double targetX = target == null ? null : round(BAR_X + target.doubleValue() / 100 * BAR_MAX);
        return new ShareBar(key, pct, value, msmes, countPct, target, 4 + row * ROW, width, targetX);
    }

    private static double yOf(BigDecimal pct) {
        return round(PLOT_BOTTOM - pct.doubleValue() / 100 * (PLOT_BOTTOM - PLOT_TOP));
    }

    private static double scale(long value, long max) {
        if (max <= 0 || value <= 0) {
            return 0;
        }
        return round(Math.max(1, (double) value / max * BAR_MAX));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
}
