package id.rantai.api.auth;

/** What a user may do: an officer of one BUMN, a cooperative, ministry staff or an administrator. */
public enum Role {
    OFFICER, COOPERATIVE, MINISTRY, ADMIN;

    /** Role names as used in {@code @Secured}. */
    public static final String OFFICER_NAME = "OFFICER";
    public static final String COOPERATIVE_NAME = "COOPERATIVE";
    public static final String MINISTRY_NAME = "MINISTRY";
    public static final String ADMIN_NAME = "ADMIN";
}
