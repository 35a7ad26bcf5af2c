package id.rantai.matching.plan;

/** Business size class (UU 20/2008, PP 7/2021), as in OCDS partyDetails_scale plus LARGE. */
public enum MsmeSize {
    MICRO, SMALL, MEDIUM, LARGE
}
