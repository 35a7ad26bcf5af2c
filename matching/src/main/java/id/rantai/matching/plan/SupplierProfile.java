package id.rantai.matching.plan;

import java.util.Objects;

/**
 * Who produces under an offer, as the ministry counts inclusion: the size class, whether it counts as MSME or
 * cooperative under Perpres 12/2021 art. 65 ({@code msme}), and the owners' profile of the member MSMEs named.
 */
public record SupplierProfile(MsmeSize sizeClass, boolean msme, boolean womenLed, boolean youthLed, boolean green) {

    public SupplierProfile {
        Objects.requireNonNull(sizeClass, "sizeClass");
    }

    public boolean womenOrYouthLed() {
        return womenLed || youthLed;
    }
}
