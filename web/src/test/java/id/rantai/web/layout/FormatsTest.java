package id.rantai.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money, numbers and times the way Indonesians write them, in the viewer's zone with the zone named. */
class FormatsTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource("i18n.messages");
    private final Formats indonesian = new Formats(Locale.forLanguageTag("id"), ViewerZone.WITA, messages);
    private final Formats english = new Formats(Locale.forLanguageTag("en"), ViewerZone.WIB, messages);

    @Test
    void rupiahIsWrittenWithDotsBetweenThousands() {
        assertEquals("Rp 1.250.000", indonesian.rupiah(1_250_000L));
        assertEquals("Rp 1,250,000", english.rupiah(1_250_000L));
        assertEquals("-Rp 5.000", indonesian.rupiah(-5_000L));
    }

    @Test
    void percentagesAndDecimalsUseADecimalComma() {
        assertEquals("40,5%", indonesian.percent(new BigDecimal("40.50")));
        assertEquals("40%", indonesian.percent(40));
        assertEquals("6,6", indonesian.decimal(new BigDecimal("6.6")));
        assertEquals("40.5%", english.percent(new BigDecimal("40.5")));
    }

    @Test
    void timesAreShownInTheViewersZoneWithItsName() {
        OffsetDateTime deadline = OffsetDateTime.parse("2026-12-04T09:00:00Z");
        assertEquals("4 Des 2026 17.00 WITA", indonesian.dateTime(deadline));
        assertEquals("4 Dec 2026 16:00 WIB", english.dateTime(deadline));
        assertEquals("1 Agu 2026", indonesian.date(LocalDate.of(2026, 8, 1)));
    }

    @Test
    void provincesKeepTheirOwnClocks() {
        assertEquals(ViewerZone.WIB, ViewerZone.ofProvince("ID-AC"));
        assertEquals(ViewerZone.WIB, ViewerZone.ofProvince("ID-KB"));
        assertEquals(ViewerZone.WITA, ViewerZone.ofProvince("ID-SA"));
        assertEquals(ViewerZone.WITA, ViewerZone.ofProvince("ID-BA"));
        assertEquals(ViewerZone.WIT, ViewerZone.ofProvince("ID-PA"));
        assertEquals(ViewerZone.WIB, ViewerZone.ofProvince(null));
    }

    @Test
    void deadlinesCountDownInWords() {
        assertEquals("batas waktu lewat", indonesian.remaining(OffsetDateTime.now().minusMinutes(1)));
        assertEquals("2 hari 3 jam lagi", indonesian.remaining(OffsetDateTime.now().plusDays(2).plusHours(3).plusMinutes(5)));
    }
}
