package id.rantai.api.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The 18 shared production houses (rumah produksi bersama / factory sharing) of the demo. The first
 * five are the operating sites the ministry named for 2022–23 (Aceh essential oil, Central Java
 * furniture, NTT beef, North Sulawesi coconut fibre, East Kalimantan biopharma), then Central Java's
 * factory sharing (rice in Demak and metal in Tegal operating, mini-garment in Rembang and furniture in
 * Solo Raya planned), then planned sites for the sectors the sources name, towards the target of 18.
 * Opening dates, coordinates and weekly hours are illustrative, not official figures.
 */
final class SharedFacilities {

    /**
     * One site. {@code operator} names the anchor cooperative running it, or is null.
     */
    record Site(String name, String province, double lat, double lon, Sector sector, String description,
            List<String> processes, int weeklyCapacityHours, boolean operating, LocalDate openedOn, String operator) {
    }

    /** Anchor keys of cooperatives that operate a site (see {@link DemoCooperatives}). */
    static final String SABUT_MINAHASA = "sabut-minahasa";
    static final String MEBEL_JEPARA = "mebel-jepara";
    static final String NILAM_ACEH = "nilam-aceh";
    static final String SAPI_TIMOR = "sapi-timor";
    static final String HERBAL_KALTIM = "herbal-kaltim";
    static final String BERAS_DEMAK = "beras-demak";
    static final String LOGAM_TEGAL = "logam-tegal";

    static final List<Site> ALL = List.of(
            operating("Rumah Produksi Bersama Minyak Atsiri Nilam Aceh", "ID-AC", 5.47, 95.42, Sector.ESSENTIAL_OIL,
                    "Penyulingan dan pemurnian minyak nilam (patchouli) untuk petani dan UMKM atsiri Aceh, dengan "
                            + "laboratorium uji kadar patchouli alcohol.",
                    "penyulingan uap (steam distillation); pemurnian (rektifikasi); uji mutu laboratorium; pengemasan drum",
                    120, LocalDate.of(2022, 11, 17), NILAM_ACEH),
            operating("Rumah Produksi Bersama Furnitur Jepara", "ID-JT", -6.61, 110.70, Sector.WOOD_FURNITURE,
                    "Fasilitas bersama perajin mebel Jepara: pengeringan kayu bersertifikat, mesin CNC dan ruang finishing "
                            + "bebas debu, agar produk memenuhi standar pembeli industri dan ekspor.",
                    "pengeringan kayu (kiln dry); pemotongan CNC (CNC router); perakitan; finishing (spray booth); pengemasan",
                    160, LocalDate.of(2022, 12, 8), MEBEL_JEPARA),
            operating("Rumah Produksi Bersama Pengolahan Daging Sapi NTT", "ID-NT", -10.14, 123.66, Sector.MEAT,
                    "Pengolahan daging sapi peternak Timor: pelayuan, pemotongan primal, pembekuan cepat dan pengemasan "
                            + "vakum, sehingga daging dikirim beku, bukan sapi hidup.",
                    "pelayuan (chilling); deboning; pembekuan cepat (blast freezing); pengemasan vakum; cold storage",
                    100, LocalDate.of(2023, 3, 14), SAPI_TIMOR),
            operating("Rumah Produksi Bersama Sabut Kelapa Minahasa Selatan", "ID-SA", 1.21, 124.61, Sector.COIR,
                    "Pengolahan sabut kelapa menjadi cocofiber, cocopeat, cocomesh dan matras; limbah sabut yang dulu "
                            + "dibakar menjadi bahan baku industri.",
                    "penguraian sabut (decorticating); pengeringan; pengayakan cocopeat; penganyaman cocomesh; pengepresan matras",
                    140, LocalDate.of(2022, 10, 20), SABUT_MINAHASA),
            operating("Rumah Produksi Bersama Biofarmasi Kalimantan Timur", "ID-KI", -0.46, 117.18, Sector.HERBAL,
                    "Ekstraksi dan formulasi bahan baku herbal Kalimantan untuk obat herbal terstandar; ruang produksi "
                            + "sesuai CPOTB.",
                    "sortasi simplisia; pengeringan; ekstraksi; evaporasi vakum; formulasi; pengemasan",
                    80, LocalDate.of(2023, 6, 5), HERBAL_KALTIM),
            operating("Factory Sharing Beras Demak", "ID-JT", -6.90, 110.66, Sector.RICE,
                    "Pengeringan dan penggilingan padi bersama untuk koperasi petani Demak; beras premium dengan color "
                            + "sorter.",
                    "pengeringan gabah (dryer); penggilingan dan penyosohan; sortasi warna (color sorter); pengemasan",
                    168, LocalDate.of(2022, 8, 1), BERAS_DEMAK),
            operating("Factory Sharing Industri Logam Tegal", "ID-JT", -6.89, 109.14, Sector.METALWORK,
                    "Mesin CNC, pengecoran dan perlakuan panas bersama untuk bengkel logam Tegal, pemasok komponen "
                            + "otomotif, perkapalan dan alat pertanian.",
                    "pembubutan CNC (CNC turning); frais (milling); pengecoran logam; perlakuan panas (heat treatment); "
                            + "pengecatan serbuk (powder coating)",
                    200, LocalDate.of(2022, 9, 12), LOGAM_TEGAL),
            planned("Factory Sharing Garmen Mini Rembang", "ID-JT", -6.71, 111.35, Sector.GARMENT,
                    "Rencana pabrik garmen mini untuk penjahit rumahan Rembang: pola digital, potong otomatis dan jahit "
                            + "industri.",
                    "pembuatan pola digital; pemotongan kain otomatis; penjahitan industri; bordir komputer; pengemasan",
                    120),
            planned("Factory Sharing Furnitur Solo Raya", "ID-JT", -7.64, 110.83, Sector.WOOD_FURNITURE,
                    "Rencana fasilitas furnitur bersama untuk perajin Sukoharjo, Klaten dan Surakarta.",
                    "pengeringan kayu (kiln dry); pemotongan CNC; perakitan; finishing", 160),
            planned("Rumah Produksi Bersama Kelapa Terpadu Gorontalo", "ID-GO", 0.57, 123.03, Sector.COCONUT,
                    "Rencana pengolahan kelapa terpadu untuk ekspor: VCO, kelapa parut kering, arang tempurung dan sabut.",
                    "pengupasan; pemarutan; sentrifugasi VCO; pengeringan; pengarangan tempurung", 120),
            planned("Rumah Produksi Bersama Pengolahan Ikan Ambon", "ID-MA", -3.65, 128.20, Sector.FISH,
                    "Rencana pengolahan dan rantai dingin ikan tuna dan cakalang nelayan Maluku.",
                    "pemotongan loin; pembekuan (ABF); cold storage; pengasapan; pengemasan vakum", 140),
            planned("Rumah Produksi Bersama Rumput Laut Takalar", "ID-SN", -5.43, 119.47, Sector.SEAWEED,
                    "Rencana pengolahan rumput laut menjadi chips karaginan (ATC) untuk pembudidaya pesisir Takalar.",
                    "pencucian; perendaman alkali; pengeringan; penggilingan", 100),
            planned("Rumah Produksi Bersama Komponen Otomotif Bekasi", "ID-JB", -6.30, 107.15, Sector.AUTOMOTIVE,
                    "Rencana fasilitas injeksi plastik dan stamping bersama agar IKM komponen masuk rantai pasok otomotif.",
                    "injeksi plastik; stamping; pengelasan titik (spot welding); inspeksi mutu", 180),
            planned("Rumah Produksi Bersama Alat dan Mesin Pertanian Pasuruan", "ID-JI", -7.66, 112.89, Sector.MACHINERY,
                    "Rencana bengkel bersama untuk alat dan mesin pertanian, perkebunan dan peternakan.",
                    "fabrikasi rangka; pembubutan; pengelasan; perakitan; uji kinerja", 150),
            planned("Rumah Produksi Bersama Kakao Polewali Mandar", "ID-SR", -3.41, 119.35, Sector.CACAO,
                    "Rencana fermentasi dan pengolahan kakao petani Sulawesi Barat menjadi pasta dan bubuk.",
                    "fermentasi; pengeringan; penyangraian; penggilingan; pengepresan", 90),
            planned("Rumah Produksi Bersama Kopi Gayo", "ID-AC", 4.63, 96.84, Sector.COFFEE,
                    "Rencana pengolahan pascapanen dan penyangraian kopi arabika Gayo.",
                    "pengupasan (pulping); fermentasi; pengeringan; sortasi; penyangraian (roasting)", 100),
            planned("Rumah Produksi Bersama Mebel Rotan Amuntai", "ID-KS", -2.43, 115.26, Sector.RATTAN_FURNITURE,
                    "Rencana fasilitas pengolahan rotan dan mebel rotan untuk perajin Hulu Sungai Utara.",
                    "pengasapan dan pemutihan rotan; pembengkokan (steam bending); penganyaman; finishing", 110),
            planned("Rumah Produksi Bersama Produk Kulit dan Alas Kaki Magetan", "ID-JI", -7.64, 111.35, Sector.FOOTWEAR,
                    "Rencana fasilitas bersama perajin kulit Magetan untuk sepatu keselamatan dan sarung tangan kerja.",
                    "penyamakan kulit; pemotongan; penjahitan upper; pengepresan sol (direct injection)", 120));

    private SharedFacilities() {
    }

    private static Site operating(String name, String province, double lat, double lon, Sector sector,
            String description, String processes, int weeklyHours, LocalDate openedOn, String operator) {
        return new Site(name, province, lat, lon, sector, description, List.of(processes.split("; ")), weeklyHours,
                true, openedOn, operator);
    }

    private static Site planned(String name, String province, double lat, double lon, Sector sector,
            String description, String processes, int weeklyHours) {
        return new Site(name, province, lat, lon, sector, description, List.of(processes.split("; ")), weeklyHours,
                false, null, null);
    }
}
