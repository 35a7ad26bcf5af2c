package id.rantai.matching.plan;

/**
 * How far and how long goods travel to a lot's delivery place. One rule for the whole archipelago:
 * {@value #KM_PER_DAY} km of great-circle distance per day (a truck-and-ferry average), rounded up to whole days.
 */
public final class Logistics {

    /** Great-circle kilometres covered per day of transport. */
    public static final int KM_PER_DAY = 400;

    private Logistics() {
    }

    /** Whole kilometres between two places, rounded to the nearest kilometre. */
    public static long km(GeoPoint from, GeoPoint to) {
        return Math.round(from.kmTo(to));
    }

    /** Whole days of transport between two places; zero when they are the same place. */
    public static int travelDays(GeoPoint from, GeoPoint to) {
        return (int) Math.ceil(from.kmTo(to) / KM_PER_DAY);
    }
}
