package id.rantai.api.demo;

import static id.rantai.api.demo.CooperativeGenerator.roundPrice;
import static id.rantai.api.demo.CooperativeGenerator.roundToTwoFigures;

import id.rantai.api.demo.CooperativeGenerator.Cooperative;
import id.rantai.api.demo.CooperativeGenerator.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The demo's tenders: demands by the BUMN in every status of the lifecycle, their lots, sealed bids by
 * cooperatives of the lot's sector, awards (split where the cheapest bids do not cover a lot) and
 * deliveries. Dates are relative to the load time, so OPEN demands always have a deadline ahead and
 * EVALUATION ones a deadline just passed.
 */
final class DemoTenders {

    /** Where a demand is in its lifecycle, and how it got there. */
    private enum Stage {
        DRAFT("DRAFT"), OPEN("OPEN"), EVALUATION("EVALUATION"), AWARDED("AWARDED"), COMPLETED("COMPLETED"),
        CANCELLED_AS_DRAFT("CANCELLED"), CANCELLED_WHILE_OPEN("CANCELLED");

        final String status;

        Stage(String status) {
            this.status = status;
        }
    }

    private record LotSpec(Sector sector, int template, String title, String specification, long quantity, String unit,
            String certifications, int minLocalContentPct, String province, double lat, double lon, String location,
            long maxUnitPriceIdr) {
    }

    /** @param favoured anchor key of a cooperative that bids on (and, once awarded, wins) every lot of its sector */
    private record DemandSpec(Bumn buyer, Stage stage, int deadlineInDays, String title, String description,
            String favoured, List<LotSpec> lots) {
    }

    private record Timeline(OffsetDateTime created, OffsetDateTime published, OffsetDateTime deadline,
            OffsetDateTime cancelled, OffsetDateTime awarded, OffsetDateTime updated) {
    }

    private record PlacedBid(UUID id, Cooperative cooperative, long quantity, long unitPriceIdr,
            BigDecimal localContentPct, UUID facilityId, boolean submitted) {

        /** HEA: the offered price less the TKDN preference (25% at most, for TKDN of 25% and above). */
        long evaluatedPriceIdr() {
            if (localContentPct.compareTo(BigDecimal.valueOf(25)) < 0) {
                return unitPriceIdr;
            }
            BigDecimal preference = localContentPct.multiply(BigDecimal.valueOf(25)).divide(BigDecimal.valueOf(10_000));
            return BigDecimal.valueOf(unitPriceIdr).multiply(BigDecimal.ONE.subtract(preference))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    private static final String RULES = "{\"minMsmeSharePct\": 40, \"minWomenYouthSharePct\": 20, "
            + "\"maxSharePerBidderPct\": 70, \"minSuppliersPerLot\": 1, \"maxSuppliersPerLot\": 3, "
            + "\"allowUnawarded\": true, \"tkdnPreference\": true}";

    private static final String BALIKPAPAN = "Kilang Pertamina RU V Balikpapan, Kalimantan Timur";
    private static final String BIO_FARMA_BANDUNG = "Gudang bahan baku PT Bio Farma, Jl. Pasteur, Bandung";

    private static final List<DemandSpec> SPECS = List.of(
            // --- drafts: being prepared, not visible to cooperatives
            new DemandSpec(Bumn.PERTAMINA, Stage.DRAFT, 25,
                    "Pakaian kerja tahan api (FR coverall) untuk Kilang Cilacap",
                    "Pengadaan coverall tahan api untuk pekerja Kilang RU IV Cilacap. Diutamakan koperasi dan UMKM dengan "
                            + "TKDN tinggi sesuai Perpres 12/2021; pembagian pemenang per lot dimungkinkan.",
                    null, List.of(
                    new LotSpec(Sector.GARMENT, 0, "Coverall FR ukuran S–L",
                            "Kain FR 100% katun 260–300 g/m², reflective tape 2 inci, bordir logo; lulus uji tahan api "
                                    + "EN ISO 11612.", 1_800, "pcs", "SNI TKDN", 40, "ID-JT", -7.72, 109.01,
                            "Kilang Pertamina RU IV Cilacap, Jawa Tengah", 950_000),
                    new LotSpec(Sector.GARMENT, 0, "Coverall FR ukuran XL–XXXL",
                            "Spesifikasi sama dengan lot 1, ukuran besar.", 700, "pcs", "SNI TKDN", 40, "ID-JT", -7.72,
                            109.01, "Kilang Pertamina RU IV Cilacap, Jawa Tengah", 990_000))),
            new DemandSpec(Bumn.PLN, Stage.DRAFT, 30,
                    "Kotak APP (meter box) untuk pelanggan prabayar UID Jawa Tengah dan DIY",
                    "Kotak APP plat baja powder coating untuk pemasangan baru kWh meter prabayar. Produk wajib ber-SNI dan "
                            + "bersertifikat TKDN.",
                    null, List.of(
                    new LotSpec(Sector.ELECTRICAL, 0, "Kotak APP 1 phasa",
                            "Plat baja 1,2 mm, powder coating abu-abu, kunci segel, jendela baca polikarbonat.", 4_000,
                            "unit", "SNI TKDN", 40, "ID-JT", -6.99, 110.42,
                            "Gudang UID Jawa Tengah dan DIY, Semarang", 475_000),
                    new LotSpec(Sector.ELECTRICAL, 0, "Kotak APP 3 phasa",
                            "Plat baja 1,5 mm, untuk kWh meter 3 phasa dan MCB 3 kutub.", 600, "unit", "SNI TKDN", 40,
                            "ID-YO", -7.80, 110.37, "UP3 Yogyakarta", 1_650_000))),
            new DemandSpec(Bumn.BIO_FARMA, Stage.DRAFT, 28,
                    "Ekstrak jahe merah terstandar untuk produk herbal",
                    "Bahan baku ekstrak jahe merah untuk produk obat herbal terstandar; pemasok wajib memiliki CPOTB.",
                    null, List.of(
                    new LotSpec(Sector.HERBAL, 0, "Ekstrak kering jahe merah",
                            "Kadar gingerol terukur dengan sertifikat analisis per batch; kemasan alumunium foil 5 kg.",
                            1_200, "kg", "CPOTB HALAL", 60, "ID-JB", -6.90, 107.60, BIO_FARMA_BANDUNG, 850_000))),

            // --- open: bids are sealed until the deadline
            new DemandSpec(Bumn.PERTAMINA, Stage.OPEN, 10,
                    "Cocomesh dan matras sabut kelapa untuk rehabilitasi lahan pesisir (program TJSL)",
                    "Program tanggung jawab sosial dan lingkungan: rehabilitasi lahan pesisir sekitar area operasi "
                            + "Balikpapan dengan cocomesh, serta matras sabut untuk mes pekerja. Terbuka untuk koperasi dan "
                            + "UMKM; pembagian pemenang (split award) dimungkinkan.",
                    SharedFacilities.SABUT_MINAHASA, List.of(
                    new LotSpec(Sector.COIR, 2, "Cocomesh 1 x 25 m",
                            "Jaring tali sabut kelapa anyaman 2,5 x 2,5 cm, tali 6 mm, rol 1 x 25 m.", 12_000, "m2", "", 60,
                            "ID-KI", -1.27, 116.83, BALIKPAPAN, 18_000),
                    new LotSpec(Sector.COIR, 1, "Matras serat sabut kelapa 200 x 90 x 10 cm",
                            "Serat sabut berlapis lateks alam, kepadatan minimal 70 kg/m³, sarung kain katun.", 1_500,
                            "lembar", "SNI", 60, "ID-KI", -1.27, 116.83, BALIKPAPAN, 230_000))),
            new DemandSpec(Bumn.PLN, Stage.OPEN, 14,
                    "Palet kayu heat-treated (ISPM 15) untuk gudang material",
                    "Palet kayu untuk penyimpanan material distribusi (trafo, kabel, kWh meter). Kayu wajib SVLK.",
                    SharedFacilities.MEBEL_JEPARA, List.of(
                    new LotSpec(Sector.WOOD_FURNITURE, 2, "Palet kayu 1200 x 1000 mm, UID Jawa Tengah dan DIY",
                            "Palet 4-way, beban dinamis 1.500 kg, perlakuan panas ISPM 15 dengan cap IPPC.", 2_500, "unit",
                            "SVLK", 40, "ID-JT", -6.99, 110.42, "Gudang material UID Jawa Tengah dan DIY, Semarang",
                            215_000),
                    new LotSpec(Sector.WOOD_FURNITURE, 2, "Palet kayu 1200 x 1000 mm, UID Jawa Timur",
                            "Spesifikasi sama dengan lot 1.", 1_800, "unit", "SVLK", 40, "ID-JI", -7.29, 112.73,
                            "Gudang material UID Jawa Timur, Surabaya", 215_000))),
            new DemandSpec(Bumn.KAI, Stage.OPEN, 18,
                    "Bantalan karet rel (rail pad) untuk perawatan jalan rel Daop 4 Semarang",
                    "Rail pad karet alam untuk penambat rel beton pada program perawatan jalan rel tahunan.",
                    null, List.of(
                    new LotSpec(Sector.RUBBER, 1, "Rail pad karet 10 mm",
                            "Kekerasan 70 ± 5 Shore A, ukuran sesuai gambar penambat tipe elastis.", 60_000, "pcs", "SNI",
                            40, "ID-JT", -6.97, 110.43, "Gudang material Daop 4 Semarang", 42_000))),
            new DemandSpec(Bumn.PAL, Stage.OPEN, 12,
                    "Komponen logam presisi (machining) untuk kapal patroli",
                    "Komponen permesinan dan fabrikasi untuk program pembangunan kapal patroli; gambar teknik diberikan "
                            + "setelah penandatanganan NDA.",
                    null, List.of(
                    new LotSpec(Sector.METALWORK, 0, "Flange dan bushing baja tahan karat (SS316)",
                            "Toleransi ±0,05 mm, sertifikat material (mill certificate) dan laporan inspeksi dimensi.",
                            1_200, "pcs", "ISO9001 TKDN", 40, "ID-JI", -7.20, 112.74,
                            "Galangan PT PAL Indonesia, Ujung, Surabaya", 1_450_000),
                    new LotSpec(Sector.METALWORK, 1, "Bracket dan dudukan mesin (fabrikasi baja)",
                            "Baja karbon A36, pengelasan oleh juru las bersertifikat, sandblast SA 2.5 dan cat epoksi.",
                            8_000, "kg", "ISO9001", 40, "ID-JI", -7.20, 112.74,
                            "Galangan PT PAL Indonesia, Ujung, Surabaya", 56_000))),
            new DemandSpec(Bumn.INKA, Stage.OPEN, 21,
                    "Panel interior dan rangka kursi untuk kereta ekonomi",
                    "Komponen interior kereta penumpang kelas ekonomi produksi dalam negeri; kayu wajib SVLK.",
                    SharedFacilities.MEBEL_JEPARA, List.of(
                    new LotSpec(Sector.WOOD_FURNITURE, 3, "Panel dinding kayu lapis berlapis HPL",
                            "Plywood 12 mm berlapis HPL tahan gores, tahan api kelas B, toleransi ±1 mm.", 1_600,
                            "lembar", "SVLK SNI", 40, "ID-JI", -7.62, 111.53, "Pabrik PT INKA (Persero), Madiun",
                            1_150_000),
                    new LotSpec(Sector.WOOD_FURNITURE, 1, "Rangka kursi penumpang kayu",
                            "Rangka kayu solid untuk kursi dua penumpang sesuai gambar INKA.", 720, "unit", "SVLK", 40,
                            "ID-JI", -7.62, 111.53, "Pabrik PT INKA (Persero), Madiun", 2_400_000))),
            new DemandSpec(Bumn.SEMEN_INDONESIA, Stage.OPEN, 9,
                    "Sepatu keselamatan dan sarung tangan kulit untuk pabrik Tuban",
                    "Alat pelindung diri untuk karyawan dan mitra kerja pabrik Tuban.",
                    null, List.of(
                    new LotSpec(Sector.FOOTWEAR, 0, "Sepatu keselamatan kulit berujung baja",
                            "Kulit sapi full grain, steel toe cap 200 J, sol tahan minyak dan panas; ukuran 38–46.", 3_000,
                            "pasang", "SNI", 40, "ID-JI", -6.87, 111.92, "Pabrik Tuban, Jawa Timur", 620_000),
                    new LotSpec(Sector.FOOTWEAR, 1, "Sarung tangan kulit kerja",
                            "Kulit split sapi, lapisan katun, panjang 35 cm.", 12_000, "pasang", "SNI", 40, "ID-JI", -6.87,
                            111.92, "Pabrik Tuban, Jawa Timur", 85_000))),

            // --- evaluation: the deadline has passed, bids are open to the buyer
            new DemandSpec(Bumn.PERTAMINA, Stage.EVALUATION, -3,
                    "Sabut kelapa (coir) untuk matras dan media tanam reklamasi",
                    "Serat sabut kelapa dan cocopeat untuk program reklamasi lahan dan pembibitan di wilayah operasi "
                            + "Kalimantan Timur.",
                    SharedFacilities.SABUT_MINAHASA, List.of(
                    new LotSpec(Sector.COIR, 0, "Serat sabut kelapa (cocofiber) bal 100 kg",
                            "Panjang serat 10–25 cm, kadar air maksimal 15%, kotoran maksimal 3%.", 80_000, "kg", "", 60,
                            "ID-KI", -1.27, 116.83, BALIKPAPAN, 7_000),
                    new LotSpec(Sector.COIR, 3, "Cocopeat blok 5 kg",
                            "EC di bawah 0,5 mS/cm, kadar air maksimal 20%, blok 30 x 30 x 15 cm.", 20_000, "blok", "", 60,
                            "ID-KI", -1.27, 116.83, BALIKPAPAN, 24_000))),
            new DemandSpec(Bumn.PERTAMINA, Stage.EVALUATION, -2,
                    "Beras premium dan daging sapi beku untuk katering kru Kilang Balongan",
                    "Bahan makanan untuk dapur katering kru kilang selama satu triwulan; pengiriman bertahap mingguan.",
                    null, List.of(
                    new LotSpec(Sector.RICE, 0, "Beras premium kemasan 5 kg",
                            "Beras premium broken maksimal 15%, derajat sosoh 95%, kemasan 5 kg berlabel.", 60_000, "kg", "",
                            80, "ID-JB", -6.39, 108.37, "Kilang Pertamina RU VI Balongan, Indramayu", 15_800),
                    new LotSpec(Sector.MEAT, 0, "Daging sapi beku potongan primal",
                            "Has dalam, has luar dan topside beku -18 °C, kemasan vakum 1 kg, sertifikat halal dan NKV.",
                            8_000, "kg", "HALAL", 80, "ID-JB", -6.39, 108.37,
                            "Kilang Pertamina RU VI Balongan, Indramayu", 150_000))),
            new DemandSpec(Bumn.PLN, Stage.EVALUATION, -4,
                    "Seragam kerja dan rompi keselamatan petugas pelayanan teknik",
                    "Seragam petugas pelayanan teknik dan rompi reflektif untuk seluruh unit layanan pelanggan.",
                    null, List.of(
                    new LotSpec(Sector.GARMENT, 1, "Kemeja dinas lengan panjang",
                            "Kain katun drill 220 g/m², bordir logo dada kiri, ukuran S–XXXL.", 6_000, "pcs", "TKDN", 40,
                            "ID-JK", -6.24, 106.80, "Kantor Pusat PT PLN (Persero), Jakarta", 350_000),
                    new LotSpec(Sector.GARMENT, 2, "Rompi keselamatan reflektif",
                            "Kain jaring oranye fluoresen, pita reflektif 5 cm, sablon nama unit.", 6_000, "pcs", "SNI", 40,
                            "ID-JK", -6.24, 106.80, "Kantor Pusat PT PLN (Persero), Jakarta", 90_000))),
            new DemandSpec(Bumn.PLN, Stage.EVALUATION, -1,
                    "Mebel kantor kayu untuk kantor unit layanan pelanggan",
                    "Meja layanan, meja kerja dan kursi tunggu untuk renovasi kantor unit layanan pelanggan.",
                    SharedFacilities.MEBEL_JEPARA, List.of(
                    new LotSpec(Sector.WOOD_FURNITURE, 1, "Meja pelayanan (front desk) dan meja kerja",
                            "Kayu jati atau mahoni bersertifikat, finishing melamin, sesuai gambar standar kantor.", 240,
                            "unit", "SVLK", 40, "ID-JT", -6.98, 110.41, "UP3 Semarang", 5_500_000),
                    new LotSpec(Sector.WOOD_FURNITURE, 1, "Kursi tunggu pelanggan (kayu)",
                            "Kursi tunggu tiga dudukan, rangka kayu solid, dudukan berbusa.", 600, "unit", "SVLK", 40,
                            "ID-JT", -6.98, 110.41, "UP3 Semarang", 1_900_000))),
            new DemandSpec(Bumn.BIO_FARMA, Stage.EVALUATION, -5,
                    "Minyak atsiri nilam dan sereh wangi untuk bahan baku produk herbal",
                    "Minyak atsiri dari petani dan koperasi dalam negeri untuk lini produk herbal dan aromaterapi.",
                    null, List.of(
                    new LotSpec(Sector.ESSENTIAL_OIL, 0, "Minyak nilam PA ≥ 30%",
                            "Kadar patchouli alcohol minimal 30%, bilangan asam maksimal 8, drum HDPE 25 kg.", 600, "kg",
                            "SNI", 60, "ID-JB", -6.90, 107.60, BIO_FARMA_BANDUNG, 900_000),
                    new LotSpec(Sector.ESSENTIAL_OIL, 1, "Minyak sereh wangi",
                            "Total geraniol minimal 85%, sitronelal minimal 35%.", 900, "kg", "SNI", 60, "ID-JB", -6.90,
                            107.60, BIO_FARMA_BANDUNG, 300_000))),

            // --- awarded: awards made, deliveries under way
            new DemandSpec(Bumn.PLN, Stage.AWARDED, -25,
                    "Klem dan aksesori logam jaringan distribusi",
                    "Material jaringan tegangan rendah untuk program perbaikan tegangan ujung di Jawa Barat.",
                    null, List.of(
                    new LotSpec(Sector.METALWORK, 3, "Klem gantung (suspension clamp) HDG",
                            "Baja galvanis celup panas minimal 80 mikron, beban putus 10 kN.", 20_000, "pcs", "SNI TKDN", 40,
                            "ID-JB", -6.92, 107.62, "Gudang UID Jawa Barat, Bandung", 95_000),
                    new LotSpec(Sector.ELECTRICAL, 2, "Sepatu kabel (cable lug) 70 mm²",
                            "Tembaga berlapis timah, press hidrolik.", 50_000, "pcs", "SNI", 40, "ID-JB", -6.92, 107.62,
                            "Gudang UID Jawa Barat, Bandung", 18_000))),
            new DemandSpec(Bumn.PINDAD, Stage.AWARDED, -30,
                    "Komponen logam presisi dan jok untuk kendaraan taktis",
                    "Komponen lokal untuk peningkatan TKDN kendaraan taktis produksi Pindad.",
                    SharedFacilities.LOGAM_TEGAL, List.of(
                    new LotSpec(Sector.METALWORK, 0, "Bushing dan poros baja paduan",
                            "Baja SCM440, pengerasan induksi, toleransi ±0,02 mm.", 3_000, "pcs", "ISO9001 TKDN", 40,
                            "ID-JB", -6.94, 107.64, "PT Pindad, Jl. Gatot Subroto, Bandung", 1_200_000),
                    new LotSpec(Sector.AUTOMOTIVE, 2, "Jok kendaraan taktis",
                            "Rangka baja, busa PU kepadatan tinggi, kain vinyl tahan sobek.", 150, "set", "SNI", 40, "ID-JB",
                            -6.94, 107.64, "PT Pindad, Jl. Gatot Subroto, Bandung", 3_200_000))),
            new DemandSpec(Bumn.KAI, Stage.AWARDED, -35,
                    "Seragam layanan awak kereta",
                    "Seragam awak kereta dan petugas stasiun untuk seluruh Daerah Operasi di Jawa.",
                    null, List.of(
                    new LotSpec(Sector.GARMENT, 1, "Seragam layanan (kemeja dan celana)",
                            "Kain American drill, warna sesuai pedoman identitas KAI, bordir nama.", 9_000, "pcs", "TKDN",
                            40, "ID-JB", -6.91, 107.60, "Kantor Pusat PT KAI, Bandung", 360_000),
                    new LotSpec(Sector.GARMENT, 3, "Kemeja batik seragam korporat",
                            "Batik cap motif korporat, katun primisima.", 4_500, "pcs", "", 40, "ID-JB", -6.91, 107.60,
                            "Kantor Pusat PT KAI, Bandung", 420_000))),
            new DemandSpec(Bumn.PERTAMINA, Stage.AWARDED, -22,
                    "Matras sabut kelapa untuk mes pekerja lapangan",
                    "Matras sabut kelapa berlapis lateks untuk mes pekerja di wilayah operasi Kalimantan Timur.",
                    SharedFacilities.SABUT_MINAHASA, List.of(
                    new LotSpec(Sector.COIR, 1, "Matras serat sabut kelapa 200 x 90 x 10 cm",
                            "Serat sabut berlapis lateks alam, kepadatan minimal 70 kg/m³, sarung kain katun.", 1_200,
                            "lembar", "SNI", 60, "ID-KI", -1.27, 116.83, BALIKPAPAN, 235_000))),

            // --- completed: delivered
            new DemandSpec(Bumn.KRAKATAU_STEEL, Stage.COMPLETED, -120,
                    "Sarung tangan kulit kerja untuk pabrik Cilegon",
                    "Sarung tangan kerja untuk area pengecoran dan rolling mill.",
                    null, List.of(
                    new LotSpec(Sector.FOOTWEAR, 1, "Sarung tangan kulit kerja (las dan rigging)",
                            "Kulit split sapi, jahitan benang kevlar, panjang 35 cm.", 18_000, "pasang", "SNI", 40, "ID-BT",
                            -6.00, 106.03, "Pabrik PT Krakatau Steel, Cilegon", 88_000))),
            new DemandSpec(Bumn.SEMEN_INDONESIA, Stage.COMPLETED, -100,
                    "Palet kayu heat-treated untuk gudang semen Gresik",
                    "Palet kayu untuk penumpukan semen kantong di gudang pabrik Gresik.",
                    SharedFacilities.MEBEL_JEPARA, List.of(
                    new LotSpec(Sector.WOOD_FURNITURE, 2, "Palet kayu 1100 x 1100 mm",
                            "Palet 4-way, beban statis 3 ton, perlakuan panas ISPM 15.", 4_000, "unit", "SVLK", 40, "ID-JI",
                            -7.16, 112.65, "Pabrik Gresik, Jawa Timur", 210_000))),
            new DemandSpec(Bumn.PLN, Stage.COMPLETED, -140,
                    "Cocomesh untuk proteksi lereng jaringan transmisi",
                    "Cocomesh untuk pengendalian erosi lereng tapak tower transmisi di Sulawesi Utara.",
                    SharedFacilities.SABUT_MINAHASA, List.of(
                    new LotSpec(Sector.COIR, 2, "Cocomesh 1 x 25 m",
                            "Jaring tali sabut kelapa anyaman 2,5 x 2,5 cm, tali 6 mm.", 15_000, "m2", "", 60, "ID-SA", 1.45,
                            124.88, "UPT transmisi Manado, Sulawesi Utara", 17_500))),
            new DemandSpec(Bumn.BIO_FARMA, Stage.COMPLETED, -95,
                    "Simplisia kering jahe merah dan temulawak",
                    "Bahan baku simplisia dari petani binaan untuk produksi jamu dan suplemen herbal.",
                    SharedFacilities.HERBAL_KALTIM, List.of(
                    new LotSpec(Sector.HERBAL, 1, "Simplisia jahe merah",
                            "Kadar air maksimal 10%, kadar minyak atsiri minimal 1,5%.", 3_000, "kg", "HALAL", 80, "ID-JB",
                            -6.90, 107.60, BIO_FARMA_BANDUNG, 130_000),
                    new LotSpec(Sector.HERBAL, 1, "Simplisia temulawak",
                            "Kadar air maksimal 10%, kadar kurkuminoid minimal 4%.", 2_000, "kg", "HALAL", 80, "ID-JB",
                            -6.90, 107.60, BIO_FARMA_BANDUNG, 90_000))),

            // --- cancelled
            new DemandSpec(Bumn.PAL, Stage.CANCELLED_WHILE_OPEN, -10,
                    "Fender karet dermaga tipe V untuk galangan",
                    "Dibatalkan: kebutuhan digabung dengan paket revitalisasi dermaga tahun berikutnya.",
                    null, List.of(
                    new LotSpec(Sector.RUBBER, 2, "Fender karet tipe V 400H x 1500L",
                            "Karet alam/SBR, plat baja tanam, uji energi serap.", 40, "unit", "SNI ISO9001", 40, "ID-JI",
                            -7.20, 112.74, "Dermaga PT PAL Indonesia, Surabaya", 45_000_000))),
            new DemandSpec(Bumn.INKA, Stage.CANCELLED_AS_DRAFT, 20,
                    "Jok dan trim interior kereta (pengadaan ulang)",
                    "Dibatalkan sebelum diumumkan: spesifikasi direvisi.",
                    null, List.of(
                    new LotSpec(Sector.AUTOMOTIVE, 2, "Jok penumpang kereta",
                            "Sesuai gambar revisi.", 300, "set", "SNI", 40, "ID-JI", -7.62, 111.53,
                            "Pabrik PT INKA (Persero), Madiun", 3_000_000))),
            new DemandSpec(Bumn.PERTAMINA, Stage.CANCELLED_WHILE_OPEN, 10,
                    "Kopi arabika sangrai untuk lounge dan kantor",
                    "Dibatalkan: kebutuhan dipenuhi melalui katalog elektronik.",
                    null, List.of(
                    new LotSpec(Sector.COFFEE, 1, "Kopi arabika sangrai 1 kg",
                            "Arabika single origin, sangrai medium, kemasan valve bag 1 kg.", 2_000, "kg", "HALAL", 80,
                            "ID-JK", -6.18, 106.83, "Kantor Pusat PT Pertamina (Persero), Jakarta", 350_000))));

    private final RowWriter rows;
    private final Random random;
    private final SeededIds ids;
    private final OffsetDateTime now;
    private final Map<Bumn, UUID> buyers;
    private final Map<Bumn, UUID> officers;
    private final List<Cooperative> cooperatives;
    private final Map<String, Cooperative> anchors;
    private final Map<UUID, UUID> cooperativeUsers;

    DemoTenders(RowWriter rows, Random random, SeededIds ids, OffsetDateTime now, Map<Bumn, UUID> buyers,
            Map<Bumn, UUID> officers, List<Cooperative> cooperatives, Map<String, Cooperative> anchors,
            Map<UUID, UUID> cooperativeUsers) {
        this.rows = rows;
        this.random = random;
        this.ids = ids;
        this.now = now;
        this.buyers = buyers;
        this.officers = officers;
        this.cooperatives = cooperatives;
        this.anchors = anchors;
        this.cooperativeUsers = cooperativeUsers;
    }

    void write() throws SQLException {
        for (DemandSpec spec : SPECS) {
            demand(spec);
        }
    }

    private void demand(DemandSpec spec) throws SQLException {
        UUID demandId = ids.next();
        Timeline time = timeline(spec);
        UUID officer = officers.get(spec.buyer());
        rows.row(Tables.DEMAND, demandId, buyers.get(spec.buyer()), officer, spec.title(), spec.description(),
                spec.lots().get(0).sector().kbli(), spec.stage().status, time.deadline(), time.published(),
                time.cancelled(), new Jsonb(RULES), time.created(), time.updated());
        int lotNo = 1;
        for (LotSpec lot : spec.lots()) {
            UUID lotId = ids.next();
            LocalDate deliveryDeadline = time.deadline().toLocalDate().plusDays(35 + random.nextInt(26));
            rows.row(Tables.LOT, lotId, demandId, lotNo++, lot.title(), lot.specification(), lot.quantity(), lot.unit(),
                    codes(lot.certifications()), BigDecimal.valueOf(lot.minLocalContentPct()).setScale(2), lot.province(),
                    lot.lat(), lot.lon(), lot.location(), deliveryDeadline, lot.maxUnitPriceIdr());
            List<PlacedBid> bids = bids(spec, lot, lotId, time);
            if (spec.stage() == Stage.AWARDED || spec.stage() == Stage.COMPLETED) {
                award(spec, demandId, lot, lotId, deliveryDeadline, bids, time, officer);
            }
        }
    }

    private Timeline timeline(DemandSpec spec) {
        OffsetDateTime deadline = now.toLocalDate().plusDays(spec.deadlineInDays()).atTime(LocalTime.of(16, 0))
                .atOffset(now.getOffset());
        return switch (spec.stage()) {
            case DRAFT -> {
                OffsetDateTime created = now.minusDays(1 + random.nextInt(6)).minusHours(random.nextInt(8));
                yield new Timeline(created, null, deadline, null, null, created.plusHours(2));
            }
            case CANCELLED_AS_DRAFT -> {
                OffsetDateTime created = now.minusDays(20);
                yield new Timeline(created, null, deadline, created.plusDays(3), null, created.plusDays(3));
            }
            case OPEN -> {
                OffsetDateTime published = now.minusDays(5 + random.nextInt(8)).minusHours(random.nextInt(8));
                yield new Timeline(published.minusDays(2), published, deadline, null, null, published);
            }
            case CANCELLED_WHILE_OPEN -> {
                OffsetDateTime published = earliest(deadline.minusDays(21), now.minusDays(9));
                OffsetDateTime cancelled = earliest(published.plusDays(8), now.minusHours(1));
                yield new Timeline(published.minusDays(2), published, deadline, cancelled, null, cancelled);
            }
            case EVALUATION -> new Timeline(deadline.minusDays(23), deadline.minusDays(21), deadline, null, null,
                    deadline);
            case AWARDED -> {
                OffsetDateTime awarded = deadline.plusDays(5 + random.nextInt(5)).minusHours(4);
                yield new Timeline(deadline.minusDays(23), deadline.minusDays(21), deadline, null, awarded, awarded);
            }
            case COMPLETED -> {
                OffsetDateTime awarded = deadline.plusDays(7).minusHours(4);
                yield new Timeline(deadline.minusDays(23), deadline.minusDays(21), deadline, null, awarded,
                        earliest(deadline.plusDays(75), now.minusDays(1)));
            }
        };
    }

    private List<PlacedBid> bids(DemandSpec spec, LotSpec lot, UUID lotId, Timeline time) throws SQLException {
        int wanted = switch (spec.stage()) {
            case DRAFT, CANCELLED_AS_DRAFT -> 0;
            case OPEN -> 1 + random.nextInt(3);
            case CANCELLED_WHILE_OPEN -> 2 + random.nextInt(2);
            case EVALUATION -> 3 + random.nextInt(5);
            case AWARDED, COMPLETED -> 3 + random.nextInt(4);
        };
        if (wanted == 0) {
            return List.of();
        }
        Cooperative favoured = spec.favoured() == null ? null : anchors.get(spec.favoured());
        if (favoured != null && favoured.sector() != lot.sector()) {
            favoured = null;
        }
        List<Cooperative> bidders = new ArrayList<>();
        if (favoured != null) {
            bidders.add(favoured);
        }
        // the nearest cooperatives of the sector are the likely bidders; pick among the closest dozen
        List<Cooperative> nearest = cooperatives.stream()
                .filter(c -> c.sector() == lot.sector() && !bidders.contains(c))
                .sorted(Comparator.comparingDouble(c -> distanceSquared(c, lot)))
                .limit(12)
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(nearest, random);
        for (Cooperative candidate : nearest) {
            if (bidders.size() >= wanted) {
                break;
            }
            bidders.add(candidate);
        }

        OffsetDateTime windowEnd = earliest(time.deadline(), time.cancelled() != null ? time.cancelled() : now)
                .minusMinutes(30);
        List<PlacedBid> placed = new ArrayList<>();
        for (Cooperative cooperative : bidders) {
            boolean isFavoured = cooperative == favoured;
            placed.add(bid(spec, lot, lotId, cooperative, isFavoured, favoured != null, time.published(), windowEnd));
        }
        return placed;
    }

    private PlacedBid bid(DemandSpec spec, LotSpec lot, UUID lotId, Cooperative cooperative, boolean favoured,
            boolean favouredPresent, OffsetDateTime from, OffsetDateTime until) throws SQLException {
        CapabilityTemplate template = lot.sector().templates().get(lot.template());
        Offer offer = cooperative.offers().stream().filter(o -> o.template().equals(template)).findFirst()
                .orElse(cooperative.offers().get(0));
        // the favoured cooperative prices low enough to win even against full TKDN preference of others
        double factor = favoured ? 0.62 + 0.03 * random.nextDouble()
                : (favouredPresent ? 0.76 : 0.72) + 0.24 * random.nextDouble();
        long unitPrice = Math.min(lot.maxUnitPriceIdr(), roundPrice((long) (lot.maxUnitPriceIdr() * factor)));
        boolean fullQuantity = favoured || random.nextInt(100) < 55;
        long quantity = fullQuantity ? lot.quantity()
                : Math.max(1, roundToTwoFigures(lot.quantity() * (0.25 + 0.55 * random.nextDouble())));
        BigDecimal localContent = offer.template().equals(template) ? offer.localContentPct()
                : BigDecimal.valueOf(template.localContentMinPct() * 100L
                        + random.nextInt((template.localContentMaxPct() - template.localContentMinPct()) * 100 + 1), 2);
        int leadTime = offer.leadTimeDays();
        boolean withdrawn = !favoured && (spec.stage() == Stage.OPEN || spec.stage() == Stage.EVALUATION)
                && random.nextInt(10) == 0;

        UUID bidId = ids.next();
        long windowMinutes = Math.max(60, Duration.between(from, until).toMinutes());
        OffsetDateTime submitted = from.plusMinutes((long) (windowMinutes * random.nextDouble()));
        OffsetDateTime updated = withdrawn ? earliest(submitted.plusDays(1 + random.nextInt(3)), until) : submitted;
        rows.row(Tables.BID, bidId, lotId, cooperative.id(), quantity, unitPrice, leadTime, localContent,
                offer.facilityId(), withdrawn ? "WITHDRAWN" : "SUBMITTED", submitted, updated);
        List<UUID> producing = new ArrayList<>(offer.memberIds());
        Collections.shuffle(producing, random);
        for (UUID member : producing.subList(0, Math.min(producing.size(), 1 + random.nextInt(4)))) {
            rows.row(Tables.BID_MEMBER, bidId, member);
        }
        return new PlacedBid(bidId, cooperative, quantity, unitPrice, localContent, offer.facilityId(), !withdrawn);
    }

    /** Awards the lot to the best evaluated prices, at most three suppliers, splitting where needed. */
    private void award(DemandSpec spec, UUID demandId, LotSpec lot, UUID lotId, LocalDate deliveryDeadline,
            List<PlacedBid> bids, Timeline time, UUID officer) throws SQLException {
        BigDecimal minLocalContent = BigDecimal.valueOf(lot.minLocalContentPct());
        List<PlacedBid> ranked = bids.stream()
                .filter(bid -> bid.submitted() && bid.localContentPct().compareTo(minLocalContent) >= 0)
                .sorted(Comparator.comparingLong(PlacedBid::evaluatedPriceIdr)).toList();
        List<PlacedBid> winners = new ArrayList<>();
        List<Long> quantities = new ArrayList<>();
        long remaining = lot.quantity();
        for (PlacedBid bid : ranked) {
            if (remaining == 0 || winners.size() == 3) {
                break;
            }
            long quantity = Math.min(bid.quantity(), remaining);
            remaining -= quantity;
            winners.add(bid);
            quantities.add(quantity);
        }
        for (int i = 0; i < winners.size(); i++) {
            PlacedBid bid = winners.get(i);
            long quantity = quantities.get(i);
            // in a split award the supplier with the smallest share is the one that most often runs late
            boolean runsLate = winners.size() > 1 && i == winners.size() - 1;
            UUID awardId = ids.next();
            rows.row(Tables.AWARD, awardId, demandId, lotId, bid.id(), bid.cooperative().id(), quantity,
                    bid.unitPriceIdr(), bid.evaluatedPriceIdr(), bid.facilityId(), time.awarded(), officer);
            UUID recorder = cooperativeUsers.getOrDefault(bid.cooperative().id(), officer);
            if (spec.stage() == Stage.COMPLETED) {
                deliverAll(awardId, quantity, time.awarded().toLocalDate(), deliveryDeadline, recorder, runsLate);
            } else if (random.nextInt(100) < 40) {
                deliverPart(awardId, quantity, time.awarded().toLocalDate(), deliveryDeadline, recorder);
            }
        }
    }

    /** One to three deliveries adding up to the award; most on time, some last ones late. */
    private void deliverAll(UUID awardId, long quantity, LocalDate awarded, LocalDate deadline, UUID recorder,
            boolean runsLate) throws SQLException {
        int parts = 1 + random.nextInt(3);
        long left = quantity;
        LocalDate date = awarded.plusDays(7 + random.nextInt(7));
        for (int part = 1; part <= parts; part++) {
            long shipped = part == parts ? left : Math.max(1, left / (parts - part + 1));
            left -= shipped;
            if (part == parts && (runsLate || random.nextInt(100) < 15)) {
                date = deadline.plusDays(1 + random.nextInt(14));
            }
            date = latest(date, awarded.plusDays(1));
            if (date.isAfter(now.toLocalDate())) {
                date = now.toLocalDate();
            }
            delivery(awardId, shipped, date, deadline, recorder);
            date = date.plusDays(5 + random.nextInt(10));
            if (date.isAfter(deadline)) {
                date = deadline;
            }
        }
    }

    private void deliverPart(UUID awardId, long quantity, LocalDate awarded, LocalDate deadline, UUID recorder)
            throws SQLException {
        LocalDate date = awarded.plusDays(5 + random.nextInt(10));
        if (date.isAfter(now.toLocalDate())) {
            return;
        }
        long shipped = Math.max(1, roundToTwoFigures(quantity * (0.3 + 0.3 * random.nextDouble())));
        delivery(awardId, Math.min(shipped, quantity), date, deadline, recorder);
    }

    private void delivery(UUID awardId, long quantity, LocalDate deliveredOn, LocalDate deadline, UUID recorder)
            throws SQLException {
        OffsetDateTime recorded = earliest(deliveredOn.plusDays(random.nextInt(3)).atTime(10, 0).atOffset(now.getOffset()),
                now);
        rows.row(Tables.DELIVERY, ids.next(), awardId, quantity, deliveredOn, !deliveredOn.isAfter(deadline), recorder,
                recorded);
    }

    private static double distanceSquared(Cooperative cooperative, LotSpec lot) {
        double dLat = cooperative.town().lat() - lot.lat();
        double dLon = (cooperative.town().lon() - lot.lon()) * Math.cos(Math.toRadians(lot.lat()));
        return dLat * dLat + dLon * dLon;
    }

    private static String[] codes(String spaceSeparated) {
        return spaceSeparated.isBlank() ? new String[0] : spaceSeparated.split(" ");
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** How many demands of each status the demo holds, for tests and the start-up banner. */
    static Map<String, Long> demandsPerStatus() {
        return SPECS.stream().collect(Collectors.groupingBy(s -> s.stage().status,
                TreeMap::new, Collectors.counting()));
    }
}
