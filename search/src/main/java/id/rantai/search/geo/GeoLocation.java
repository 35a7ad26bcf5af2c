package id.rantai.search.geo;

/**
 * A point on Earth in decimal degrees, as Elasticsearch's {@code geo_point} reads it ({@code {"lat": …, "lon": …}}).
 */
public record GeoLocation(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoLocation {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must lie in [-90, 90], got " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude must lie in [-180, 180], got " + lon);
        }
    }

    /**
     * Great-circle (haversine) distance in kilometres. Computed here rather than by a script field: the
     * minimal Elasticsearch distribution has no Painless, and the client already holds both points.
     */
    public double distanceKmTo(GeoLocation other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** {@code "lat,lon"}, the form Elasticsearch and the {@code near} query parameter use. */
    @Override
    public String toString() {
        return lat + "," + lon;
    }
}
