package id.rantai.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's public profile, for anyone without signing in. For a cooperative it adds what its members
 * are in figures (never a member's name, NIB or owner), the certifications they hold, its catalogue's titles
 * and the shared facilities it operates.
 */
@Serdeable
public record OrganizationProfile(UUID id, String type, String name, @Nullable String shortName, String province,
                                  String provinceName, @Nullable Location location, boolean verified,
                                  @Nullable MemberFigures members, @Nullable List<String> certifications,
                                  @Nullable List<Titled> capabilities, @Nullable List<Titled> facilities) {

    /** Counts of a cooperative's member MSMEs. */
    @Serdeable
    public record MemberFigures(long total, long micro, long small, long medium, long womenLed, long youthLed, long green) {
    }

    /** Something named, to link to. */
    @Serdeable
    public record Titled(UUID id, String title) {
    }

    OrganizationProfile withCooperativeFacts(MemberFigures members, List<String> certifications, List<Titled> capabilities,
                                             List<Titled> facilities) {
        return new OrganizationProfile(id, type, name, shortName, province, provinceName, location, verified, members,
                certifications, capabilities, facilities);
    }
}
