package id.rantai.matching.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogisticsTest {

    @Test
    void distancesFollowTheGreatCircle() {
        assertEquals(1_001, Logistics.km(new GeoPoint(0, 100), new GeoPoint(0, 109))); // 9 degrees on the equator
        GeoPoint jakarta = new GeoPoint(-6.2088, 106.8456);
        GeoPoint surabaya = new GeoPoint(-7.2575, 112.7521);
        assertEquals(663, Logistics.km(jakarta, surabaya));
        assertEquals(Logistics.km(jakarta, surabaya), Logistics.km(surabaya, jakarta));
    }

    @Test
    void travelTakesWholeDaysOfFourHundredKilometres() {
        GeoPoint here = new GeoPoint(0, 100);
        assertEquals(0, Logistics.travelDays(here, here));
        assertEquals(1, Logistics.travelDays(here, new GeoPoint(0, 103)));  // 334 km
        assertEquals(2, Logistics.travelDays(here, new GeoPoint(0, 104)));  // 445 km
        assertEquals(3, Logistics.travelDays(here, new GeoPoint(0, 109)));  // 1,001 km
    }

    @Test
    void coordinatesOutsideTheGlobeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, Double.NaN));
    }
}
