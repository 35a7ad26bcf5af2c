package id.rantai.api.demo;

import static id.rantai.api.demo.PersonNames.pick;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Names of MSMEs ("UD Sumber Rejeki", "CV Mebel Karya Mandiri", "Konveksi Bu Sri") and of cooperatives
 * ("KSU Mebel Jepara Makmur"), in the forms Indonesian businesses register under.
 */
final class BusinessNames {

    private static final List<String> PHRASES = List.of(("Sumber Rejeki, Karya Mandiri, Maju Jaya, Berkah Abadi, "
            + "Sinar Harapan, Tunas Baru, Mitra Usaha, Cahaya Abadi, Bintang Timur, Mekar Sari, Tiga Saudara, Dua Putri, "
            + "Sido Makmur, Sri Rejeki, Barokah, Amanah, Mulia Jaya, Sentosa, Anugerah, Rezeki Bersama, Harapan Baru, "
            + "Usaha Bersama, Putra Mandiri, Karya Utama, Sumber Makmur, Sinar Jaya, Cipta Karya, Indah Jaya, "
            + "Lancar Jaya, Sejahtera, Mandiri Abadi, Dwi Karya, Surya Kencana, Putri Ayu, Nusa Indah, Bina Usaha, "
            + "Adil Makmur, Setia Kawan, Jaya Abadi, Karya Bakti").split(", "));

    private static final List<String> ADJECTIVES = List.of(("Makmur, Sejahtera, Mandiri, Jaya, Bersatu, Lestari, "
            + "Berkah, Maju Bersama, Sentosa, Abadi, Sinar Harapan, Mulia, Barokah, Amanah, Sehati, Karya Bersama, "
            + "Tunas Harapan, Mitra Sejati, Sumber Rejeki, Bangkit").split(", "));

    private static final List<String> ROMAN = List.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

    private final Set<String> cooperativeNames = new HashSet<>();

    /** A registered MSME name; {@code ownerName} and {@code woman} feed the "Usaha Bu Sri" form. */
    static String msme(Random random, Sector sector, Town town, String ownerName, boolean woman) {
        String phrase = pick(random, PHRASES);
        String word = pick(random, sector.businessWords());
        int form = random.nextInt(100);
        if (form < 40) {
            return legalForm(random) + " " + phrase;
        } else if (form < 65) {
            return legalForm(random) + " " + word + " " + phrase;
        } else if (form < 75) {
            return legalForm(random) + " " + phrase + " " + town.name();
        } else if (form < 90) {
            String given = PersonNames.givenName(ownerName);
            boolean titled = given.contains(" ");
            return word + " " + (titled ? "" : woman ? "Bu " : "Pak ") + given;
        } else {
            // Kelompok Usaha Bersama: the joint-venture form of the smallest producers
            return "KUB " + word + " " + pick(random, ADJECTIVES);
        }
    }

    private static String legalForm(Random random) {
        int form = random.nextInt(100);
        return form < 55 ? "UD" : form < 90 ? "CV" : "PD";
    }

    /** A cooperative name unique among those this instance has made. */
    String cooperative(Random random, Sector sector, Town town) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String name = fill(pick(random, sector.cooperativeNamePatterns()), town, pick(random, ADJECTIVES));
            if (cooperativeNames.add(name)) {
                return name;
            }
        }
        String base = fill(sector.cooperativeNamePatterns().get(0), town, pick(random, ADJECTIVES));
        for (String numeral : ROMAN) {
            if (cooperativeNames.add(base + " " + numeral)) {
                return base + " " + numeral;
            }
        }
        String numbered = base + " " + (cooperativeNames.size() + 1);
        cooperativeNames.add(numbered);
        return numbered;
    }

    /** Reserves a fixed name (a demo anchor) so that no generated cooperative takes it. */
    void reserve(String cooperativeName) {
        cooperativeNames.add(cooperativeName);
    }

    private static String fill(String pattern, Town town, String adjective) {
        return pattern.replace("{town}", town.name()).replace("{adj}", adjective).replaceAll(" +", " ").trim();
    }
}
