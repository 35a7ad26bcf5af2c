package id.rantai.api.monitoring;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * How much of the awarded value reached MSMEs, and which MSMEs. Values are whole rupiah attributed by the
 * rule of the {@code award_attribution} view (an award's value split equally among the member MSMEs its bid
 * names, exact to the rupiah). Shares by value are of the awarded value; shares by count are of the
 * distinct MSMEs that received value. Percentages have two decimals and are 0 when there is nothing to
 * divide. {@code distinctCooperatives}: the cooperatives (or clusters) that won the awards counted.
 */
@Serdeable
public record InclusionFigures(
        long awardedValueIdr,
        long awards,
        long msmeValueIdr,
        BigDecimal msmeSharePct,
        long distinctMsmes,
        long distinctCooperatives,
        long womenLedValueIdr,
        BigDecimal womenLedSharePct,
        long womenLedMsmes,
        BigDecimal womenLedCountSharePct,
        long youthLedValueIdr,
        BigDecimal youthLedSharePct,
        long youthLedMsmes,
        BigDecimal youthLedCountSharePct,
        long greenValueIdr,
        BigDecimal greenSharePct,
        long greenMsmes,
        BigDecimal greenCountSharePct) {

    /** The sums and counts PostgreSQL aggregates; the shares follow from them. */
    record Sums(long awardedValueIdr, long awards, long msmeValueIdr, long distinctMsmes, long distinctCooperatives, long womenLedValueIdr,
                long womenLedMsmes, long youthLedValueIdr, long youthLedMsmes, long greenValueIdr, long greenMsmes) {
    }

    static InclusionFigures of(Sums s) {
        long total = s.awardedValueIdr();
        long msmes = s.distinctMsmes();
        return new InclusionFigures(total, s.awards(), s.msmeValueIdr(), Share.pct(s.msmeValueIdr(), total), msmes, s.distinctCooperatives(),
                s.womenLedValueIdr(), Share.pct(s.womenLedValueIdr(), total), s.womenLedMsmes(), Share.pct(s.womenLedMsmes(), msmes),
                s.youthLedValueIdr(), Share.pct(s.youthLedValueIdr(), total), s.youthLedMsmes(), Share.pct(s.youthLedMsmes(), msmes),
                s.greenValueIdr(), Share.pct(s.greenValueIdr(), total), s.greenMsmes(), Share.pct(s.greenMsmes(), msmes));
    }
}
