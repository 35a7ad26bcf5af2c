package id.rantai.search.bench;

import id.rantai.search.capability.CapabilityDocument;
import id.rantai.search.geo.GeoLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic-looking catalogue entries for the benchmark: entry {@code i} is always the same,
 * so both indexing paths get identical documents without holding a million of them in memory.
 */
public final class SyntheticCatalogue {

    /** Product, KBLI, unit, words for the title in Indonesian and English, products, processes. */
    private record Product(String kbli, String unit, String[] titles, String[] products, String[] processes) {
    }

    private record City(String name, String province, double lat, double lon) {
    }

    private static final List<Product> PRODUCTS = List.of(
            p("13999", "kg", t("Sabut kelapa", "Serabut kelapa", "Coconut coir fibre", "Cocofiber"), t("serat sabut", "coco fiber"), t("penguraian", "pengeringan")),
            p("13940", "kg", t("Tali sabut", "Coir rope"), t("tali sabut", "coir twine"), t("pemintalan")),
            p("20294", "kg", t("Minyak nilam", "Patchouli oil", "Minyak serai wangi", "Citronella oil"), t("minyak atsiri"), t("penyulingan")),
            p("31001", "pcs", t("Mebel jati", "Teak furniture", "Meja kayu jati", "Kursi jati"), t("meja", "kursi", "lemari"), t("perakitan", "finishing")),
            p("31002", "pcs", t("Kursi rotan", "Rattan chair", "Mebel bambu"), t("kursi rotan", "sofa"), t("penganyaman")),
            p("24310", "ton", t("Pengecoran besi", "Cast iron foundry", "Cor logam"), t("besi cor", "manhole"), t("pengecoran", "pembubutan")),
            p("25940", "pcs", t("Baut dan mur", "Bolts and nuts", "Mur baut galvanis"), t("baut", "mur", "ring"), t("pengeliran", "galvanis")),
            p("30911", "pcs", t("Suku cadang motor", "Motorcycle spare parts", "Onderdil motor"), t("bracket", "footstep"), t("pengepresan")),
            p("14111", "pcs", t("Konveksi seragam", "Uniform garment", "Kaos sablon"), t("seragam", "kaos"), t("penjahitan", "bordir")),
            p("14120", "pcs", t("Wearpack safety", "Coverall kerja", "Baju kerja lapangan"), t("wearpack", "coverall"), t("penjahitan")),
            p("13134", "lembar", t("Batik tulis", "Batik cap", "Hand-drawn batik"), t("kain batik"), t("membatik", "pewarnaan")),
            p("13121", "lembar", t("Kain tenun ikat", "Tenun songket", "Handwoven cloth"), t("kain tenun"), t("menenun")),
            p("15209", "pasang", t("Sepatu safety", "Safety shoes", "Sepatu boot kerja"), t("sepatu safety"), t("penjahitan", "pengeleman")),
            p("10793", "kg", t("Keripik pisang", "Banana chips", "Kerupuk ikan", "Fish crackers"), t("keripik", "kerupuk"), t("penggorengan")),
            p("10722", "kg", t("Gula aren", "Gula semut", "Palm sugar", "Gula kelapa"), t("gula aren"), t("pemasakan")),
            p("10761", "kg", t("Kopi arabika", "Green bean coffee", "Kopi bubuk robusta"), t("kopi"), t("penyangraian")),
            p("10731", "kg", t("Biji kakao fermentasi", "Cocoa beans"), t("biji kakao"), t("fermentasi")),
            p("10213", "ton", t("Tuna beku", "Frozen tuna loins"), t("tuna beku"), t("pembekuan")),
            p("10211", "kg", t("Ikan asin", "Dried salted fish"), t("ikan asin"), t("penggaraman")),
            p("17021", "pcs", t("Kardus karton", "Corrugated box", "Kemasan makanan"), t("kardus", "standing pouch"), t("pencetakan")),
            p("28210", "unit", t("Mesin perontok padi", "Power thresher", "Traktor tangan"), t("perontok padi"), t("perakitan")),
            p("27120", "unit", t("Panel listrik", "Electrical panel", "Panel distribusi"), t("panel listrik"), t("pengkabelan")),
            p("23931", "pcs", t("Gerabah", "Pottery", "Keramik tanah liat"), t("gerabah", "guci"), t("pembakaran")),
            p("30112", "unit", t("Perahu fiberglass", "Fishing boat", "Kapal kayu nelayan"), t("perahu"), t("laminasi")),
            p("22199", "pcs", t("Seal karet", "Rubber gasket", "Packing karet"), t("seal karet", "O-ring"), t("vulkanisasi")),
            p("21022", "kg", t("Jamu tradisional", "Herbal medicine", "Obat herbal"), t("jamu"), t("penggilingan")));

    private static final List<City> CITIES = List.of(
            new City("Banda Aceh", "ID-AC", 5.55, 95.32), new City("Medan", "ID-SU", 3.59, 98.67), new City("Padang", "ID-SB", -0.95, 100.35),
            new City("Palembang", "ID-SS", -2.99, 104.76), new City("Bandar Lampung", "ID-LA", -5.43, 105.26), new City("Jakarta", "ID-JK", -6.20, 106.85),
            new City("Bandung", "ID-JB", -6.91, 107.61), new City("Tasikmalaya", "ID-JB", -7.33, 108.22), new City("Semarang", "ID-JT", -6.97, 110.42),
            new City("Jepara", "ID-JT", -6.59, 110.67), new City("Tegal", "ID-JT", -6.87, 109.14), new City("Solo", "ID-JT", -7.57, 110.82),
            new City("Yogyakarta", "ID-YO", -7.80, 110.36), new City("Surabaya", "ID-JI", -7.25, 112.75), new City("Malang", "ID-JI", -7.98, 112.63),
            new City("Denpasar", "ID-BA", -8.65, 115.22), new City("Mataram", "ID-NB", -8.58, 116.12), new City("Kupang", "ID-NT", -10.18, 123.61),
            new City("Pontianak", "ID-KB", -0.03, 109.33), new City("Banjarmasin", "ID-KS", -3.32, 114.59), new City("Samarinda", "ID-KI", -0.50, 117.15),
            new City("Manado", "ID-SA", 1.47, 124.84), new City("Bitung", "ID-SA", 1.44, 125.12), new City("Gorontalo", "ID-GO", 0.54, 123.06),
            new City("Makassar", "ID-SN", -5.15, 119.43), new City("Kendari", "ID-SG", -3.97, 122.51), new City("Ambon", "ID-MA", -3.70, 128.18),
            new City("Jayapura", "ID-PA", -2.53, 140.72));

    private static final String[] COOPERATIVE_WORDS = t("Maju Bersama", "Sejahtera", "Mandiri", "Karya Usaha", "Harapan Baru", "Sinar Jaya",
            "Tunas Muda", "Mitra Usaha", "Sumber Rejeki", "Bina Usaha", "Makmur", "Gotong Royong");
    private static final String[] SENTENCES = t("Dikerjakan oleh anggota UMKM di sentra produksi.", "Siap memasok BUMN dan industri besar.",
            "Pengiriman ke seluruh Indonesia.", "Produk dikemas rapi sesuai pesanan.", "Bahan baku dari petani dan nelayan setempat.",
            "Kapasitas dapat ditambah dengan rumah produksi bersama.", "Ready for export orders.", "Kualitas dijaga dengan pemeriksaan setiap batch.",
            "Menggunakan mesin dari program factory sharing.", "Harga bersaing untuk pesanan besar.");
    private static final String[] CERTIFICATIONS = t("SNI", "ISO 9001", "Halal", "BPOM", "SVLK", "TKDN", "HACCP");
    private static final String[] SIZES = t("MICRO", "SMALL", "MEDIUM");

    private SyntheticCatalogue() {
    }

    public static CapabilityDocument entry(long i) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + i);
        Product product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        City city = CITIES.get(random.nextInt(CITIES.size()));
        String title = pick(random, product.titles()) + (random.nextInt(3) == 0 ? " " + city.name() : "");
        StringBuilder description = new StringBuilder(pick(random, product.titles())).append(" dari ").append(city.name()).append(". ");
        for (int s = 0; s < 2 + random.nextInt(3); s++) {
            description.append(pick(random, SENTENCES)).append(' ');
        }
        List<String> certifications = new ArrayList<>();
        for (String certification : CERTIFICATIONS) {
            if (random.nextInt(4) == 0) {
                certifications.add(certification);
            }
        }
        boolean women = random.nextInt(3) == 0;
        boolean youth = random.nextInt(4) == 0;
        boolean green = random.nextInt(4) == 0;
        long min = 1_000L * (1 + random.nextInt(100));
        String id = "cap-" + i;
        return new CapabilityDocument(id, 1 + random.nextInt(5), title, description.toString().trim(),
                List.of(pick(random, product.products())), List.of(pick(random, product.processes())), product.kbli(), certifications,
                new CapabilityDocument.MonthlyCapacity(10L * (1 + random.nextInt(5_000)), product.unit()),
                new CapabilityDocument.PriceRange(min, min * (1 + random.nextInt(3))), 7 + random.nextInt(60), 10L,
                (double) (20 + random.nextInt(80)), "coop-" + (i / 3), pick(random, t("Koperasi", "KSU", "Kopwan")) + " "
                        + pick(random, COOPERATIVE_WORDS) + " " + city.name(),
                city.province(), new GeoLocation(city.lat() + random.nextDouble(-0.3, 0.3), city.lon() + random.nextDouble(-0.3, 0.3)),
                List.of(), new CapabilityDocument.MemberProfile(3 + random.nextInt(200), List.of(pick(random, SIZES)), women, youth, green,
                        women ? 0.6 : 0.2, youth ? 0.5 : 0.1, green ? 0.7 : 0.1),
                random.nextBoolean(), Math.round(random.nextDouble(0.6, 1.0) * 100) / 100.0);
    }

    private static Product p(String kbli, String unit, String[] titles, String[] products, String[] processes) {
        return new Product(kbli, unit, titles, products, processes);
    }

    private static String[] t(String... words) {
        return words;
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
