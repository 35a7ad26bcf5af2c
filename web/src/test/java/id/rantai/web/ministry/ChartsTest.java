package id.rantai.web.ministry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.rantai.api.monitoring.InclusionFigures;
import id.rantai.api.monitoring.InclusionReport;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The charts' geometry: what a reader would see wrong if it were (bars out of proportion, a month missing, the target line misplaced). */
class ChartsTest {

    private static final InclusionFigures NOTHING = figures(0, 0);

    @Test
    void barsAreInProportionToTheLargestAndTheMsmePartIsInsideTheBar() {
        Charts.BarChart chart = Charts.bars(List.of(group("ID-JT", 1_000_000, 400_000), group("ID-SA", 250_000, 250_000)),
                InclusionReport.Group::key);
        assertEquals(Charts.BAR_MAX, chart.bars().get(0).width(), 0.01, "the largest fills the width");
        assertEquals(Charts.BAR_MAX * 0.4, chart.bars().get(0).msmeWidth(), 0.1);
        assertEquals(Charts.BAR_MAX * 0.25, chart.bars().get(1).width(), 0.1);
        assertEquals(chart.bars().get(1).width(), chart.bars().get(1).msmeWidth(), 0.01, "all of it reached MSMEs");
        assertTrue(chart.bars().get(1).y() > chart.bars().get(0).y(), "one row below the other");
    }

    @Test
    void aLongListShowsTheLargestTwelveAndALongNameIsShortenedButKeptWhole() {
        List<InclusionReport.Group> groups = IntStream.range(0, 15)
                .mapToObj(i -> group("k" + i, 1_000 - i, 0)).toList();
        Charts.BarChart chart = Charts.bars(groups, g -> "PT Perusahaan Perseroan Indonesia Nomor " + g.key());
        assertEquals(Charts.MAX_BARS, chart.bars().size());
        assertEquals(3, chart.hidden(), "the rest are in the table");
        assertTrue(chart.bars().get(0).label().endsWith("…"), chart.bars().get(0).label());
        assertEquals("PT Perusahaan Perseroan Indonesia Nomor k0", chart.bars().get(0).fullLabel());
    }

    @Test
    void everyMonthOfThePeriodIsThereAndAMonthWithoutAwardsIsAGapNotZero() {
        Charts.LineChart line = Charts.shareOverTime(List.of(month("2026-01", 100, 50), month("2026-03", 100, 20)),
                YearMonth.of(2026, 1), YearMonth.of(2026, 4), BigDecimal.valueOf(40), Locale.forLanguageTag("id"), NOTHING);
        assertEquals(List.of("2026-01", "2026-02", "2026-03", "2026-04"), line.months().stream().map(Charts.Month::key).toList());
        assertFalse(line.months().get(1).awarded());
        assertEquals(2, line.polyline().split(" ").length, "only the months with awards are joined");
        assertEquals("Jan 26", line.months().get(0).label());
        // 0% at the bottom of the plot, 100% at its top: 40% is 40% of the way up
        double height = Charts.PLOT_BOTTOM - Charts.PLOT_TOP;
        assertEquals(Charts.PLOT_BOTTOM - 0.4 * height, line.targetY(), 0.1);
        assertEquals(Charts.PLOT_BOTTOM - 0.5 * height, line.months().get(0).y(), 0.1);
        assertTrue(line.months().get(2).y() > line.targetY(), "20% is drawn below the 40% line");
    }

    @Test
    void withoutAnyAwardTheLineChartIsEmpty() {
        Charts.LineChart line = Charts.shareOverTime(List.of(), YearMonth.of(2026, 1), YearMonth.of(2026, 1),
                BigDecimal.valueOf(40), Locale.ENGLISH, NOTHING);
        assertTrue(line.empty());
        assertEquals("Jan 26", line.months().get(0).label());
    }

    private static InclusionReport.Group group(String key, long awarded, long msme) {
        return new InclusionReport.Group(key, null, figures(awarded, msme));
    }

    private static InclusionReport.Group month(String key, long awarded, long msme) {
        return new InclusionReport.Group(key, null, figures(awarded, msme));
    }

    private static InclusionFigures figures(long awarded, long msme) {
        BigDecimal share = awarded == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(msme * 100 / awarded);
        return new InclusionFigures(awarded, awarded == 0 ? 0 : 1, msme, share, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }
}
