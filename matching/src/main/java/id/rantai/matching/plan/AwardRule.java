package id.rantai.matching.plan;

/** The rules an officer sets on an award plan; each is one constraint, on the hard level when declared hard. */
public enum AwardRule {
    MIN_MSME_SHARE("Minimum MSME share"),
    MIN_WOMEN_YOUTH_SHARE("Minimum women- and youth-led share"),
    MIN_GREEN_SHARE("Minimum green share"),
    MAX_SHARE_PER_BIDDER("Maximum share per bidder"),
    MIN_SUPPLIERS_PER_LOT("Minimum suppliers per lot"),
    MAX_SUPPLIERS_PER_LOT("Maximum suppliers per lot"),
    /** Ranking by the TKDN-preferred evaluated price instead of the offered price; never hard. */
    TKDN_PREFERENCE("TKDN price preference");

    private final String constraintName;

    AwardRule(String constraintName) {
        this.constraintName = constraintName;
    }

    /** The name of the constraint that carries this rule, as in explanations. */
    public String constraintName() {
        return constraintName;
    }
}
