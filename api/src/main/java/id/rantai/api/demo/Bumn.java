package id.rantai.api.demo;

/**
 * The BUMN that agreed to source components from MSMEs, with their head offices and one procurement
 * officer each. Only the Pertamina and PLN officers are advertised demo logins; the others exist so that
 * every demand has a real author.
 */
enum Bumn {

    PERTAMINA("PT Pertamina (Persero)", "Pertamina", "ID-JK", -6.1770, 106.8310, "officer.pertamina", "Rina Kusumawati"),
    PLN("PT PLN (Persero)", "PLN", "ID-JK", -6.2370, 106.8000, "officer.pln", "Dimas Prasetyo"),
    PAL("PT PAL Indonesia", "PAL", "ID-JI", -7.2000, 112.7400, "officer.pal", "Hendra Gunawan"),
    PINDAD("PT Pindad", "Pindad", "ID-JB", -6.9350, 107.6440, "officer.pindad", "Asep Supriatna"),
    INKA("PT INKA (Persero)", "INKA", "ID-JI", -7.6190, 111.5300, "officer.inka", "Sri Wahyuni"),
    KAI("PT Kereta Api Indonesia (Persero)", "KAI", "ID-JB", -6.9150, 107.6050, "officer.kai", "Yusuf Hamzah"),
    BIO_FARMA("PT Bio Farma (Persero)", "Bio Farma", "ID-JB", -6.8970, 107.5990, "officer.biofarma", "Nenden Komalasari"),
    KRAKATAU_STEEL("PT Krakatau Steel (Persero) Tbk", "Krakatau Steel", "ID-BT", -6.0030, 106.0240, "officer.krakatau",
            "Teguh Wibowo"),
    SEMEN_INDONESIA("PT Semen Indonesia (Persero) Tbk", "SIG", "ID-JI", -7.1590, 112.6520, "officer.sig",
            "Fitri Handayani");

    private final String legalName;
    private final String shortName;
    private final String province;
    private final double lat;
    private final double lon;
    private final String officerUsername;
    private final String officerName;

    Bumn(String legalName, String shortName, String province, double lat, double lon, String officerUsername,
            String officerName) {
        this.legalName = legalName;
        this.shortName = shortName;
        this.province = province;
        this.lat = lat;
        this.lon = lon;
        this.officerUsername = officerUsername;
        this.officerName = officerName;
    }

    String legalName() {
        return legalName;
    }

    String shortName() {
        return shortName;
    }

    String province() {
        return province;
    }

    double lat() {
        return lat;
    }

    double lon() {
        return lon;
    }

    String officerUsername() {
        return officerUsername;
    }

    String officerName() {
        return officerName;
    }
}
