package id.rantai.api.demo;

import java.util.List;

/**
 * Cooperatives the demo story needs by name: the two with demo logins (a North Sulawesi coconut-fibre
 * cooperative and a Central Java furniture cooperative) and the operators of the operating shared
 * production houses. All other cooperatives are generated around them.
 */
final class DemoCooperatives {

    /**
     * @param templates indexes into the sector's capability templates, the catalogue entries it keeps
     * @param username a demo login for the cooperative, or null
     */
    record Anchor(String key, String name, String shortName, Sector sector, String province, String town, int members,
            List<Integer> templates, String username, String userDisplayName) {
    }

    static final Anchor SABUT = new Anchor(SharedFacilities.SABUT_MINAHASA, "Koperasi Produsen Sabut Kelapa Minahasa",
            "KP Sabut Minahasa", Sector.COIR, "ID-SA", "Amurang", 18, List.of(0, 1, 2, 3), "coop.sabut",
            "Meiske Rumengan (Koperasi Sabut Minahasa)");
    static final Anchor MEBEL = new Anchor(SharedFacilities.MEBEL_JEPARA, "KSU Mebel Jepara Makmur", "KSU Mebel Jepara",
            Sector.WOOD_FURNITURE, "ID-JT", "Jepara", 20, List.of(0, 1, 2), "coop.mebel",
            "Slamet Riyadi (KSU Mebel Jepara Makmur)");

    static final List<Anchor> ALL = List.of(
            SABUT,
            MEBEL,
            new Anchor(SharedFacilities.NILAM_ACEH, "Koperasi Produsen Nilam Aceh Sejahtera", "KP Nilam Aceh",
                    Sector.ESSENTIAL_OIL, "ID-AC", "Banda Aceh", 14, List.of(0, 1), null, null),
            new Anchor(SharedFacilities.SAPI_TIMOR, "Koperasi Peternak Sapi Timor Bersatu", "Kopernak Timor",
                    Sector.MEAT, "ID-NT", "Kupang", 16, List.of(0, 1), null, null),
            new Anchor(SharedFacilities.HERBAL_KALTIM, "Koperasi Produsen Herbal Borneo Lestari", "KP Herbal Borneo",
                    Sector.HERBAL, "ID-KI", "Samarinda", 12, List.of(0, 1), null, null),
            new Anchor(SharedFacilities.BERAS_DEMAK, "Koperasi Tani Makmur Demak", "Koptan Demak",
                    Sector.RICE, "ID-JT", "Demak", 20, List.of(0, 1), null, null),
            new Anchor(SharedFacilities.LOGAM_TEGAL, "Koperasi Industri Logam Tegal Bahari", "Kopinlo Tegal",
                    Sector.METALWORK, "ID-JT", "Tegal", 18, List.of(0, 1, 2), null, null));

    private DemoCooperatives() {
    }
}
