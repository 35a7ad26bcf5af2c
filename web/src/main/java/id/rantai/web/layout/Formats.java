package id.rantai.web.layout;

import io.micronaut.context.MessageSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a page writes numbers, money and times for its viewer: {@code Rp 1.250.000}, {@code 40,5%},
 * {@code 4 Des 2026 16.02 WIB} in Bahasa Indonesia ({@code Rp 1,250,000}, {@code 4 Dec 2026 16:02 WIB} in English),
 * every time in the viewer's zone with the zone named.
 */
public final class Formats {

    private final Locale locale;
    private final ViewerZone zone;
    private final MessageSource messages;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public Formats(Locale locale, ViewerZone zone, MessageSource messages) {
        this.locale = locale;
        this.zone = zone;
        this.messages = messages;
        boolean indonesian = "id".equals(locale.getLanguage());
        this.dateTime = DateTimeFormatter.ofPattern(indonesian ? "d MMM yyyy HH.mm" : "d MMM yyyy HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    public ViewerZone zone() {
        return zone;
    }

    public String rupiah(long amount) {
        return (amount < 0 ? "-Rp " : "Rp ") + number(Math.abs(amount));
    }

    public String rupiah(Long amount) {
        return amount == null ? "" : rupiah(amount.longValue());
    }

    public String number(long value) {
        return decimal("#,##0").format(value);
    }

    public String number(Long value) {
        return value == null ? "" : number(value.longValue());
    }

    /** A percentage with at most one decimal: {@code 40,5%}. */
    public String percent(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
        return decimal("#,##0.#").format(rounded) + "%";
    }

    /** A quantity with at most one decimal: {@code 6,6} (hours). */
    public String decimal(Number value) {
        if (value == null) {
            return "";
        }
        return decimal("#,##0.#").format(new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime.format(time.atZoneSameInstant(zone.zone())) + " " + zone.name();
    }

    public String dateTime(Instant time) {
        return time == null ? "" : dateTime.format(time.atZone(zone.zone())) + " " + zone.name();
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** ISO-8601 for {@code <time datetime>} (and the countdown script). */
    public String iso(OffsetDateTime time) {
        return time == null ? "" : time.toInstant().toString();
    }

    /** How long until a deadline, in words ("2 hari 3 jam lagi"), or that it has passed. */
    public String remaining(OffsetDateTime deadline) {
        if (deadline == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), deadline.toInstant());
        if (left.isNegative() || left.isZero()) {
            return message("time.passed");
        }
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        if (days > 0) {
            return message("time.left.days", days, hours);
        }
        if (hours > 0) {
            return message("time.left.hours", hours, minutes);
        }
        return message("time.left.minutes", Math.max(1, minutes));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, locale, args).orElse(key);
    }

    private DecimalFormat decimal(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if ("id".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        }
        return new DecimalFormat(pattern, symbols);
    }
}
