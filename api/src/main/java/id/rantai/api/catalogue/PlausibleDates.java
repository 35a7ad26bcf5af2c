package id.rantai.api.catalogue;

import java.time.LocalDate;

/**
 * Dates a person could mean. JSON parses {@code +999999999-12-31}, and the PostgreSQL driver would store it as
 * {@code infinity}; week arithmetic at the ends of the calendar overflows. Such dates are refused at the door.
 */
final class PlausibleDates {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private PlausibleDates() {
    }

    static boolean plausible(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    static String message() {
        return "must be a date between the years " + FIRST_YEAR + " and " + LAST_YEAR;
    }
}
