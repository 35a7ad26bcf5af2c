package id.rantai.search.facility;

/** One shared production house in a search answer, with the distance to {@code near} when given. */
public record FacilityHit(String id, String name, String province, String sector, FacilityStatus status, Integer weeklyCapacityHours,
                          Double distanceKm, double score) {
}
