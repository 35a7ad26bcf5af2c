package id.rantai.api.catalogue;

/** The size of an MSME under Law 20/2008 as amended (PP 7/2021): micro, small or medium. */
public enum SizeClass {
    MICRO, SMALL, MEDIUM
}
