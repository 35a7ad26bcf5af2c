package id.rantai.api.demo;

import java.util.Random;

/** A town (kota or kabupaten seat) where generated cooperatives and MSMEs are placed. */
record Town(String province, String name, double lat, double lon) {

    /**
     * A point within about {@code km} kilometres of the town centre; small enough that a coastal town's
     * workshops rarely land in the sea.
     */
    double[] near(Random random, double km) {
        double degrees = km / 111.0;
        double dLat = (random.nextDouble() * 2 - 1) * degrees;
        double dLon = (random.nextDouble() * 2 - 1) * degrees;
        return new double[] {round(lat + dLat), round(lon + dLon)};
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
