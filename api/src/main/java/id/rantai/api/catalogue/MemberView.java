package id.rantai.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member MSME as its cooperative and the back office see it. {@code ownerName} is personal data: only the
 * cooperative itself and administrators get it ({@link #withoutOwner()} for everyone else). {@code version} is what
 * an update or removal sends back as {@code If-Match}.
 */
@Serdeable
public record MemberView(UUID id, String name, String nib, @Nullable String ownerName, String province, Location location,
                         SizeClass sizeClass, boolean womenLed, boolean youthLed, boolean green, @Nullable String kbli,
                         List<Certificate> certifications, LocalDate joinedOn, long version) {

    public MemberView withoutOwner() {
        return new MemberView(id, name, nib, null, province, location, sizeClass, womenLed, youthLed, green, kbli,
                certifications, joinedOn, version);
    }
}
