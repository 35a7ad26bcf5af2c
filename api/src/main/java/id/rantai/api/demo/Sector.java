package id.rantai.api.demo;

import static id.rantai.api.demo.CapabilityTemplate.of;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sectors demo cooperatives work in: the ones the sources name for MSME entry into manufacturing
 * supply chains (food, agro, maritime, automotive components, machinery) and the products of the
 * shared production houses. Each has its KBLI 2020 code, the provinces where it is strong, how its
 * businesses are named, which certificates its MSMEs tend to hold, and typical catalogue entries.
 */
enum Sector {

    COIR("13111", "Serat sabut kelapa (coconut fibre / coir)", "Sabut Kelapa",
            "ID-SA:5 ID-GO:3 ID-ST:3 ID-SN:2 ID-MU:2 ID-RI:2 ID-JB:2 ID-JT:1 ID-JI:1 ID-LA:1 ID-MA:1 ID-SR:1",
            "Sabut|Serat Kelapa|Coco",
            "Koperasi Produsen Sabut Kelapa {town}|KSU Serat Kelapa {town} {adj}|Koperasi Produsen Coco {adj} {town}",
            "SNI:0.15",
            of("Sabut kelapa (coconut fibre / coir) untuk matras",
                    "Serat sabut kelapa (cocofiber) kering, panjang serat 10–25 cm, kadar air di bawah 15%, dipres dalam bal "
                            + "100 kg. Bahan baku matras, jok kendaraan dan spring bed.",
                    "penguraian sabut (decorticating); pengeringan; pengayakan; pengepresan bal (baling)",
                    "cocofiber bal 100 kg; serat sabut kelapa curah", "kg",
                    3_500, 7_500, 4_000, 7, 14, 5_000, "SNI", 90, 100),
            of("Matras serat sabut kelapa berlapis lateks (rubberized coir mattress)",
                    "Lembaran dan matras serat sabut kelapa yang dikeritingkan dan diikat lateks alam; tidak berjamur, "
                            + "sirkulasi udara baik. Ukuran sesuai pesanan.",
                    "penguraian sabut; pengeritingan serat (curling); penyemprotan lateks; pengepresan panas; pemotongan",
                    "matras sabut 200 x 90 x 10 cm; lembaran coir 2 x 1 m", "lembar",
                    85_000, 240_000, 120, 14, 30, 100, "SNI TKDN", 75, 95),
            of("Cocomesh (jaring sabut kelapa) untuk pengendalian erosi",
                    "Jaring anyaman tali sabut kelapa (coir net / geotextile) untuk reklamasi lahan pascatambang, tebing "
                            + "jalan, lereng jaringan transmisi dan rehabilitasi pesisir. Terurai alami dalam 3–5 tahun.",
                    "pemintalan tali sabut; penganyaman jaring; penggulungan",
                    "cocomesh 1 x 25 m (rol); cocomesh 2 x 25 m (rol)", "m2",
                    9_000, 18_000, 1_500, 7, 21, 1_000, "", 95, 100),
            of("Cocopeat blok 5 kg (media tanam)",
                    "Serbuk sabut kelapa yang dicuci (EC rendah), dikeringkan dan dipres; media tanam pembibitan dan "
                            + "hidroponik, juga untuk penghijauan area operasi.",
                    "pengayakan serbuk sabut; pencucian (low EC); pengeringan; pengepresan blok",
                    "cocopeat blok 5 kg; cocopeat curah", "blok",
                    14_000, 26_000, 900, 7, 14, 500, "", 100, 100),
            of("Tali sabut kelapa (coir rope / yarn)",
                    "Tali dan benang sabut kelapa pintal mesin untuk jaring, keset dan pengikat tanaman.",
                    "pemintalan; penggulungan",
                    "tali sabut 6 mm; benang sabut (coir yarn)", "kg",
                    9_000, 16_000, 600, 7, 14, 200, "", 95, 100)),

    ESSENTIAL_OIL("20294", "Minyak atsiri (essential oils)", "Minyak Atsiri",
            "ID-AC:5 ID-SU:2 ID-SB:2 ID-JB:2 ID-JT:2 ID-SN:1 ID-BE:1 ID-SG:1 ID-JI:1 ID-MA:1",
            "Nilam|Atsiri|Wangi",
            "Koperasi Produsen Nilam {town} {adj}|Koperasi Petani Atsiri {town}|KSU Minyak Atsiri {adj} {town}",
            "SNI:0.3 ISO9001:0.05",
            of("Minyak atsiri nilam (patchouli essential oil)",
                    "Minyak nilam hasil penyulingan uap daun nilam, kadar patchouli alcohol (PA) minimal 30%, warna kuning "
                            + "kecoklatan; dikemas drum atau jeriken HDPE dengan sertifikat analisis per batch.",
                    "penyulingan uap (steam distillation); pemurnian (rektifikasi); uji mutu PA; pengemasan drum",
                    "minyak nilam PA 30%; minyak nilam PA 32% (rektifikasi)", "kg",
                    550_000, 950_000, 25, 14, 30, 10, "SNI ISO9001", 95, 100),
            of("Minyak sereh wangi (citronella oil)",
                    "Minyak sereh wangi tipe Jawa dengan kadar geraniol dan sitronelal sesuai standar ekspor.",
                    "penyulingan uap; pemisahan air; penyaringan; pengemasan",
                    "minyak sereh wangi (citronella Java type)", "kg",
                    180_000, 320_000, 40, 14, 30, 10, "SNI", 95, 100),
            of("Minyak akar wangi (vetiver oil)",
                    "Minyak akar wangi penyulingan bertekanan, aroma earthy khas; bahan baku parfum dan aromaterapi.",
                    "pencucian akar; penyulingan bertekanan; pemurnian; pengemasan botol aluminium",
                    "minyak akar wangi (vetiver oil)", "kg",
                    2_800_000, 4_500_000, 5, 21, 45, 2, "SNI", 95, 100),
            of("Minyak cengkeh (clove leaf oil)",
                    "Minyak daun cengkeh dengan kadar eugenol tinggi; untuk industri farmasi, kosmetik dan rokok.",
                    "penyulingan uap daun cengkeh; pemisahan; penyaringan",
                    "minyak daun cengkeh; eugenol kasar", "kg",
                    140_000, 240_000, 50, 14, 30, 20, "SNI", 95, 100),
            of("Minyak kayu putih (cajuput oil)",
                    "Minyak kayu putih dari daun Melaleuca cajuputi, disuling di sentra rakyat; curah atau kemasan botol.",
                    "penyulingan uap; penyaringan; pembotolan",
                    "minyak kayu putih curah; minyak kayu putih botol 60 ml", "kg",
                    250_000, 420_000, 30, 14, 30, 10, "SNI", 95, 100)),

    WOOD_FURNITURE("31001", "Mebel dan furnitur kayu", "Mebel Kayu",
            "ID-JT:6 ID-JI:3 ID-YO:2 ID-JB:2 ID-BA:1 ID-KT:1 ID-NB:1",
            "Mebel|Jati|Furniture|Kayu",
            "KSU Mebel {town} {adj}|Koperasi Industri Kayu {town}|Koperasi Pengrajin Mebel {adj} {town}",
            "SVLK:0.6 SNI:0.15 TKDN:0.1 ISO9001:0.05",
            of("Mebel kayu jati (teak furniture)",
                    "Meja, kursi, lemari dan kabinet kayu jati bersertifikat SVLK, finishing melamin atau natural oil; "
                            + "ukiran khas Jepara atas permintaan.",
                    "pengeringan kayu (kiln dry); pemotongan dan pembentukan (CNC router); perakitan; finishing (melamin / waterbased)",
                    "meja kerja jati; kursi tamu jati; lemari arsip kayu jati", "unit",
                    1_800_000, 14_000_000, 6, 21, 45, 5, "SVLK SNI", 85, 98),
            of("Furnitur kantor kayu (office furniture)",
                    "Meja kerja, meja rapat, rak arsip dan meja layanan untuk kantor; desain modular, kayu bersertifikat.",
                    "pengeringan kayu (kiln dry); pemotongan CNC; perakitan; finishing",
                    "meja kerja; kursi rapat; rak arsip; meja pelayanan (front desk)", "unit",
                    750_000, 6_500_000, 10, 21, 40, 10, "SVLK SNI TKDN", 70, 95),
            of("Palet kayu heat-treated (ISPM 15)",
                    "Palet kayu dengan perlakuan panas sesuai ISPM 15, siap ekspor dan gudang material; beban dinamis "
                            + "hingga 1,5 ton.",
                    "penggergajian; perlakuan panas (heat treatment ISPM 15); perakitan paku pneumatik",
                    "palet 1200 x 1000 mm 4-way; palet 1100 x 1100 mm", "unit",
                    90_000, 240_000, 220, 7, 14, 100, "SVLK", 95, 100),
            of("Panel interior kayu lapis berlapis HPL (interior panels)",
                    "Panel dinding dan partisi kayu lapis (plywood) berlapis HPL tahan gores untuk interior kereta, kapal "
                            + "dan kantor; toleransi dimensi ±1 mm.",
                    "pemotongan CNC; pelapisan HPL (hot press); edging; finishing",
                    "panel dinding interior; partisi kabin", "lembar",
                    350_000, 1_200_000, 60, 14, 30, 50, "SVLK SNI", 60, 90)),

    RATTAN_FURNITURE("31002", "Mebel rotan dan bambu", "Mebel Rotan",
            "ID-JB:3 ID-KS:2 ID-KT:2 ID-ST:1 ID-SN:1 ID-KB:1",
            "Rotan|Anyaman|Bambu",
            "Koperasi Pengrajin Rotan {town}|KSU Anyaman Rotan {adj} {town}",
            "SVLK:0.5 SNI:0.05",
            of("Mebel rotan (rattan furniture)",
                    "Kursi, sofa dan meja rotan alam untuk pasar dalam negeri dan ekspor; rangka rotan batang, anyaman "
                            + "rotan poles.",
                    "pengasapan dan pemutihan rotan; pembengkokan (steam bending); penganyaman; finishing",
                    "kursi rotan; sofa rotan; meja rotan", "unit",
                    650_000, 5_500_000, 8, 21, 45, 5, "SVLK", 90, 100),
            of("Anyaman rotan dan bambu (woven products)",
                    "Keranjang, kap lampu dan tikar anyaman rotan dan bambu; cocok untuk suvenir korporat.",
                    "pembelahan; penganyaman; pewarnaan alami; finishing",
                    "keranjang; kap lampu; tikar rotan", "pcs",
                    45_000, 450_000, 150, 14, 30, 50, "", 90, 100)),

    MEAT("10130", "Daging sapi dan olahannya", "Daging Sapi",
            "ID-NT:5 ID-NB:3 ID-JI:2 ID-BA:2 ID-SN:2 ID-JT:1 ID-LA:1 ID-GO:1",
            "Daging|Ternak|Sapi",
            "Koperasi Peternak Sapi {town} {adj}|Koperasi Produsen Daging {town}|KSU Ternak {adj} {town}",
            "HALAL:0.8 HACCP:0.15 PIRT:0.3 BPOM:0.1",
            of("Daging sapi beku (frozen beef) potongan primal",
                    "Daging sapi lokal dari RPH bersertifikat, dilayukan 24 jam, dibekukan cepat dan dikemas vakum; rantai "
                            + "dingin sampai gudang pembeli.",
                    "pemotongan di RPH; pelayuan (chilling); deboning; pembekuan cepat (blast freezing); pengemasan vakum",
                    "has dalam (tenderloin); has luar (sirloin); daging paha (topside); daging giling", "kg",
                    115_000, 155_000, 600, 3, 10, 100, "HALAL HACCP", 95, 100),
            of("Abon, dendeng dan se'i sapi",
                    "Olahan daging sapi kering dan asap khas Nusa Tenggara, tahan simpan tanpa pendingin; kemasan "
                            + "aluminium foil.",
                    "perebusan; penyuwiran; pengasapan; penggorengan; pengemasan",
                    "abon sapi 250 g; dendeng balado; se'i sapi", "kg",
                    260_000, 420_000, 80, 7, 14, 20, "HALAL PIRT BPOM", 95, 100),
            of("Daging olahan (bakso, sosis) untuk katering",
                    "Bakso dan sosis sapi beku untuk dapur katering karyawan dan kereta makan.",
                    "penggilingan; pencampuran; pencetakan; perebusan; pembekuan",
                    "bakso sapi; sosis sapi", "kg",
                    85_000, 140_000, 300, 3, 10, 50, "HALAL BPOM", 90, 100)),

    RICE("10611", "Beras dan penggilingan padi", "Beras",
            "ID-JT:4 ID-JI:3 ID-JB:3 ID-SN:3 ID-SS:2 ID-LA:2 ID-NB:2 ID-SB:1 ID-KS:1 ID-PS:2 ID-ST:1 ID-AC:1",
            "Beras|Padi|Tani",
            "Koperasi Tani {adj} {town}|Koperasi Produsen Beras {town}|KSU Tani {adj} {town}",
            "SNI:0.2 HALAL:0.2",
            of("Beras premium kemasan 5 kg",
                    "Beras premium (broken maksimal 15%) hasil penggilingan modern dengan color sorter; kemasan 5 kg dan "
                            + "25 kg berlabel.",
                    "pengeringan gabah (dryer); penggilingan dan penyosohan; sortasi warna (color sorter); pengemasan",
                    "beras premium 5 kg; beras premium 25 kg", "kg",
                    13_500, 16_500, 12_000, 3, 7, 1_000, "SNI", 100, 100),
            of("Beras medium untuk katering karyawan",
                    "Beras medium dalam karung 50 kg untuk dapur katering dan mes karyawan; pengiriman terjadwal.",
                    "pengeringan gabah; penggilingan; pengemasan karung",
                    "beras medium 50 kg", "kg",
                    11_000, 13_500, 20_000, 3, 7, 2_000, "", 100, 100),
            of("Tepung beras",
                    "Tepung beras halus untuk industri makanan; giling kering, ayakan 80 mesh.",
                    "perendaman; penggilingan; pengayakan; pengemasan",
                    "tepung beras 1 kg; tepung beras 25 kg", "kg",
                    12_000, 18_000, 3_000, 7, 14, 500, "HALAL SNI", 100, 100)),

    METALWORK("25920", "Logam dan permesinan (metalworking)", "Logam",
            "ID-JT:4 ID-JB:3 ID-JI:3 ID-BT:2 ID-JK:2 ID-KR:2 ID-SU:1 ID-YO:1",
            "Logam|Teknik|Bubut|Las",
            "Koperasi Industri Logam {town}|KSU Logam {adj} {town}|Koperasi Perajin Logam {town} {adj}",
            "ISO9001:0.15 TKDN:0.2 SNI:0.15",
            of("Komponen logam presisi (machining)",
                    "Komponen bubut dan frais presisi dari baja karbon, stainless dan kuningan sesuai gambar teknik; "
                            + "toleransi hingga 0,02 mm dengan laporan inspeksi dimensi.",
                    "pembubutan CNC (CNC turning); frais (milling); gerinda presisi; perlakuan panas (heat treatment); pemeriksaan dimensi",
                    "bushing; flange; poros (shaft); roda gigi kecil", "pcs",
                    35_000, 1_800_000, 400, 14, 30, 50, "ISO9001 TKDN", 40, 75),
            of("Fabrikasi baja dan pengelasan (steel fabrication)",
                    "Fabrikasi struktur baja ringan dan menengah, bracket dan dudukan mesin; juru las bersertifikat, "
                            + "sandblasting dan pengecatan epoksi.",
                    "pemotongan plat (plasma cutting); pengerolan; pengelasan SMAW/MIG; sandblasting; pengecatan",
                    "bracket; dudukan mesin; rangka baja; tangga dan railing", "kg",
                    32_000, 58_000, 5_000, 14, 30, 500, "ISO9001 SNI", 50, 80),
            of("Pengecoran logam (casting) besi dan kuningan",
                    "Cor pasir besi cor kelabu, nodular dan kuningan; dari pola sampai pembubutan akhir.",
                    "pembuatan pola; pengecoran pasir (sand casting); fettling; pembubutan finishing",
                    "rumah katup (valve body); rumah pompa; klem; pemberat", "kg",
                    38_000, 85_000, 3_000, 21, 40, 200, "SNI", 60, 85),
            of("Klem dan aksesori logam jaringan listrik (hot-dip galvanized)",
                    "Klem, bracket dan aksesori baja galvanis celup panas untuk jaringan distribusi tegangan menengah dan "
                            + "rendah.",
                    "pemotongan; pembengkokan (bending); pengeboran; galvanis celup panas (HDG)",
                    "klem gantung (suspension clamp); cross arm bracket; baut mata (eye bolt)", "pcs",
                    12_000, 160_000, 900, 14, 30, 200, "SNI TKDN", 55, 85)),

    GARMENT("14111", "Pakaian jadi dan konveksi", "Garmen",
            "ID-JT:3 ID-JB:4 ID-JI:2 ID-YO:2 ID-JK:2 ID-BA:1 ID-SB:1 ID-BT:1",
            "Konveksi|Busana|Jahit|Garment",
            "Koperasi Konveksi {town} {adj}|KSU Garmen {adj} {town}|Koperasi Penjahit {town}",
            "SNI:0.1 TKDN:0.2 ISO9001:0.05",
            of("Pakaian kerja tahan api (flame-retardant coverall / wearpack)",
                    "Coverall dan wearpack berbahan kain tahan api (FR) dengan reflective tape, sesuai standar K3 kilang "
                            + "dan pembangkit; ukuran S sampai XXXL, bordir logo.",
                    "pembuatan pola (pattern making); pemotongan kain; penjahitan; pemasangan reflective tape; quality control",
                    "coverall FR; wearpack dua potong; jaket FR", "pcs",
                    450_000, 1_150_000, 150, 21, 45, 100, "SNI TKDN ISO9001", 40, 65),
            of("Seragam kerja dan kemeja dinas (uniforms)",
                    "Kemeja dinas, celana kerja dan seragam layanan dengan bordir logo perusahaan.",
                    "pembuatan pola; pemotongan; penjahitan; bordir komputer; pengemasan",
                    "kemeja dinas; celana kerja; seragam layanan", "pcs",
                    120_000, 380_000, 450, 14, 30, 100, "TKDN SNI", 45, 75),
            of("Rompi keselamatan reflektif (safety vest)",
                    "Rompi keselamatan kain jaring dengan pita reflektif, sablon atau bordir nama unit.",
                    "pemotongan; penjahitan; pemasangan pita reflektif; sablon",
                    "rompi reflektif; rompi surveyor", "pcs",
                    35_000, 95_000, 900, 7, 21, 200, "SNI", 50, 80),
            of("Batik seragam korporat",
                    "Kemeja dan kain batik cap atau tulis dengan motif korporat, dikerjakan perajin batik binaan.",
                    "desain motif; pencantingan / cap; pewarnaan; pelorodan; penjahitan",
                    "kemeja batik cap; kain batik tulis", "pcs",
                    160_000, 650_000, 120, 21, 45, 50, "", 85, 100)),

    HERBAL("21022", "Obat tradisional dan bahan baku herbal", "Herbal",
            "ID-KI:3 ID-JT:3 ID-JI:2 ID-JB:2 ID-YO:1 ID-KB:1 ID-PA:1 ID-PE:1",
            "Herbal|Jamu|Rempah",
            "Koperasi Produsen Herbal {town}|Koperasi Jamu {adj} {town}|KSU Tanaman Obat {adj} {town}",
            "CPOTB:0.15 BPOM:0.3 HALAL:0.5 PIRT:0.3",
            of("Ekstrak herbal terstandar (standardized herbal extract)",
                    "Ekstrak kering dan kental dari tanaman obat Indonesia dengan kadar senyawa penanda terukur; bahan "
                            + "baku obat herbal terstandar (OHT) dan fitofarmaka.",
                    "sortasi dan pencucian simplisia; pengeringan; ekstraksi (maserasi / perkolasi); evaporasi vakum; uji kadar senyawa penanda",
                    "ekstrak jahe merah; ekstrak temulawak; ekstrak sambiloto", "kg",
                    420_000, 1_900_000, 15, 21, 45, 5, "CPOTB HALAL BPOM", 80, 100),
            of("Simplisia kering (dried herbal raw material)",
                    "Simplisia rimpang dan daun kering dengan kadar air di bawah 10%, bebas cemaran; dari petani binaan.",
                    "sortasi; pencucian; perajangan; pengeringan (oven / solar dryer); pengemasan",
                    "simplisia jahe merah; simplisia temulawak; daun kelor kering", "kg",
                    38_000, 140_000, 250, 7, 21, 50, "HALAL", 100, 100),
            of("Jamu dan kapsul herbal",
                    "Jamu serbuk instan dan kapsul herbal terdaftar BPOM untuk program kesehatan karyawan.",
                    "pencampuran; pengisian kapsul; pengemasan botol; pelabelan",
                    "kapsul jahe merah; jamu serbuk instan", "botol",
                    25_000, 95_000, 600, 14, 30, 200, "BPOM HALAL CPOTB", 90, 100),
            of("Minyak buah merah (Pandanus conoideus)",
                    "Minyak buah merah Papua hasil pengepresan dan pemisahan, kaya karotenoid dan tokoferol.",
                    "pengukusan; pemerasan; pemisahan minyak; penyaringan; pembotolan",
                    "minyak buah merah 60 ml; minyak buah merah curah", "liter",
                    350_000, 900_000, 10, 14, 30, 5, "BPOM", 100, 100)),

    FISH("10213", "Perikanan tangkap dan olahan ikan", "Perikanan",
            "ID-MA:4 ID-SN:2 ID-SG:2 ID-MU:3 ID-SA:2 ID-NT:1 ID-PB:2 ID-PD:3 ID-BB:2 ID-KR:2 ID-JI:1 ID-JT:1 ID-KU:2 "
                    + "ID-PT:1 ID-PA:1 ID-AC:1 ID-SU:1 ID-ST:1 ID-GO:1",
            "Bahari|Samudra|Ikan|Mina",
            "Koperasi Nelayan {adj} {town}|Koperasi Produsen Perikanan {town}|KSU Mina {adj} {town}",
            "HACCP:0.25 HALAL:0.4 PIRT:0.3",
            of("Ikan tuna beku (frozen tuna loin)",
                    "Tuna sirip kuning hasil tangkapan pancing ulur nelayan, diolah menjadi loin dan dibekukan; ketertelusuran "
                            + "per kapal.",
                    "penanganan rantai dingin di kapal; pemotongan loin; pembekuan (ABF); penyimpanan cold storage -18 °C",
                    "tuna loin beku; steak tuna; cakalang beku", "kg",
                    68_000, 125_000, 900, 3, 10, 500, "HACCP HALAL", 100, 100),
            of("Ikan asap dan ikan kering",
                    "Cakalang fufu, ikan asap dan ikan kering olahan kelompok perempuan nelayan; kemasan vakum.",
                    "penyiangan; pengasapan; penjemuran; pengemasan vakum",
                    "cakalang fufu (asap); ikan teri kering; ikan asin", "kg",
                    60_000, 150_000, 200, 3, 10, 50, "PIRT HALAL", 100, 100),
            of("Udang vaname beku (frozen vannamei shrimp)",
                    "Udang vaname tambak rakyat, ukuran 40–60 ekor/kg, beku IQF atau blok.",
                    "sortasi ukuran; pencucian; pembekuan IQF; glazing; pengemasan",
                    "udang vaname head-on; udang vaname peeled", "kg",
                    85_000, 135_000, 500, 3, 10, 200, "HACCP", 100, 100),
            of("Olahan ikan (nugget, bakso, kerupuk)",
                    "Nugget, bakso dan kerupuk ikan untuk katering dan kantin perusahaan.",
                    "penggilingan daging ikan; pencampuran; pencetakan; pengukusan; pembekuan",
                    "nugget ikan; bakso ikan; kerupuk ikan; pempek beku", "kg",
                    55_000, 110_000, 300, 3, 14, 50, "HALAL BPOM PIRT", 95, 100)),

    SEAWEED("10293", "Rumput laut", "Rumput Laut",
            "ID-SN:3 ID-SG:2 ID-NT:2 ID-NB:2 ID-BA:1 ID-ST:1 ID-SR:1 ID-MA:1 ID-KU:1",
            "Rumput Laut|Bahari|Segara",
            "Koperasi Pembudidaya Rumput Laut {town}|KSU Rumput Laut {adj} {town}",
            "HACCP:0.1 HALAL:0.2",
            of("Rumput laut kering (Eucheuma cottonii)",
                    "Rumput laut kering dari budidaya long line, kadar air 35% dan clean anhydrous weed (CAW) terukur; "
                            + "dipres dalam bal 50–100 kg.",
                    "pencucian; penjemuran (para-para); sortasi; pengepresan bal",
                    "cottonii kering; spinosum kering", "kg",
                    12_000, 26_000, 2_500, 7, 14, 1_000, "", 100, 100),
            of("Semi-refined carrageenan (ATC chips)",
                    "Chips karaginan semi-murni (alkali treated cottonii) untuk industri makanan dan farmasi.",
                    "perendaman alkali; pencucian; pengeringan; penggilingan",
                    "ATC chips; tepung karaginan", "kg",
                    45_000, 85_000, 400, 14, 30, 200, "HALAL HACCP", 100, 100)),

    COCONUT("10422", "Olahan kelapa", "Kelapa",
            "ID-GO:4 ID-SA:3 ID-MU:2 ID-RI:2 ID-ST:2 ID-SR:1 ID-MA:1 ID-JA:1",
            "Kelapa|Nyiur|Coco",
            "Koperasi Produsen Kelapa {town} {adj}|KSU Nyiur {adj} {town}|Koperasi Petani Kelapa {town}",
            "HALAL:0.5 PIRT:0.4 BPOM:0.15 HACCP:0.05",
            of("Virgin coconut oil (VCO)",
                    "Minyak kelapa murni proses dingin, jernih dan beraroma kelapa segar; curah drum atau botol.",
                    "pemarutan; pemerasan santan; fermentasi / sentrifugasi dingin; penyaringan; pengemasan",
                    "VCO 1 liter; VCO curah (drum)", "liter",
                    45_000, 95_000, 150, 7, 21, 50, "HALAL BPOM PIRT", 100, 100),
            of("Kelapa parut kering (desiccated coconut)",
                    "Desiccated coconut fine dan medium grade untuk industri roti dan makanan; mutu ekspor.",
                    "pengupasan; pemarutan; pengeringan; pengayakan; pengemasan",
                    "desiccated coconut fine; desiccated coconut medium", "kg",
                    24_000, 42_000, 800, 7, 21, 500, "HALAL HACCP", 100, 100),
            of("Arang tempurung kelapa (coconut shell charcoal)",
                    "Arang tempurung kelapa dan briket untuk ekspor dan industri karbon aktif; pembakaran tungku tertutup.",
                    "pengarangan tungku tertutup; penggilingan; pencetakan briket; pengeringan",
                    "arang tempurung; briket arang kelapa", "kg",
                    6_500, 13_000, 3_000, 7, 14, 1_000, "", 100, 100),
            of("Gula kelapa (coconut sugar) organik",
                    "Gula kelapa kristal dari nira kelapa petani penderes; organik dan rendah indeks glikemik.",
                    "penyadapan nira; pemasakan; kristalisasi; pengayakan; pengemasan",
                    "gula kelapa kristal; gula kelapa cetak", "kg",
                    24_000, 45_000, 300, 7, 21, 100, "HALAL PIRT", 100, 100)),

    CACAO("10731", "Kakao", "Kakao",
            "ID-SR:3 ID-ST:3 ID-SN:2 ID-SG:2 ID-LA:1 ID-PB:1 ID-SB:1 ID-AC:1",
            "Kakao|Cokelat",
            "Koperasi Petani Kakao {town}|KSU Kakao {adj} {town}",
            "SNI:0.2 HALAL:0.2 PIRT:0.2",
            of("Biji kakao fermentasi (fermented cocoa beans)",
                    "Biji kakao fermentasi 5 hari dengan kadar air di bawah 7,5%, mutu I sesuai SNI biji kakao.",
                    "fermentasi; penjemuran / pengeringan; sortasi; pengarungan",
                    "biji kakao fermentasi mutu I; biji kakao asalan", "kg",
                    65_000, 120_000, 700, 7, 21, 500, "SNI", 100, 100),
            of("Pasta dan bubuk kakao (cocoa liquor / powder)",
                    "Pasta, lemak dan bubuk kakao hasil olahan koperasi petani; bahan baku industri makanan.",
                    "penyangraian; pemecahan (winnowing); penggilingan; pengepresan",
                    "pasta kakao; bubuk kakao; cokelat batang", "kg",
                    110_000, 220_000, 80, 14, 30, 50, "HALAL BPOM PIRT", 100, 100)),

    COFFEE("10761", "Kopi", "Kopi",
            "ID-AC:3 ID-SU:2 ID-LA:3 ID-SN:2 ID-BA:1 ID-NT:2 ID-JT:1 ID-JI:1 ID-PE:2 ID-BE:2 ID-SS:1 ID-JA:1 ID-JB:1",
            "Kopi",
            "Koperasi Produsen Kopi {town}|Koperasi Petani Kopi {adj} {town}|KSU Kopi {adj} {town}",
            "SNI:0.15 HALAL:0.3 PIRT:0.4",
            of("Biji kopi hijau (green bean) grade 1",
                    "Green bean arabika dan robusta petik merah, proses semi-washed (giling basah) atau natural; nilai "
                            + "cacat sesuai SNI mutu 1.",
                    "petik merah; pengupasan (pulping); fermentasi; pengeringan; sortasi",
                    "arabika green bean; robusta green bean", "kg",
                    85_000, 165_000, 500, 7, 21, 300, "SNI", 100, 100),
            of("Kopi sangrai dan bubuk (roasted coffee)",
                    "Kopi sangrai dan bubuk kemasan untuk kantor, lounge dan cenderamata korporat.",
                    "penyangraian (roasting); penggilingan; pengemasan valve bag",
                    "kopi arabika sangrai 1 kg; kopi bubuk 250 g; drip bag", "kg",
                    180_000, 380_000, 120, 7, 21, 20, "HALAL PIRT BPOM", 100, 100)),

    RUBBER("22192", "Barang karet untuk industri", "Karet",
            "ID-JA:2 ID-SS:3 ID-SU:2 ID-KB:2 ID-KT:1 ID-RI:1 ID-BE:1 ID-JB:1 ID-LA:1",
            "Karet|Rubber",
            "Koperasi Industri Karet {town}|KSU Karet {adj} {town}",
            "ISO9001:0.1 SNI:0.2 TKDN:0.1",
            of("Komponen karet teknik (rubber gasket, seal, O-ring)",
                    "Gasket, seal dan O-ring dari kompon karet alam dan sintetis (NBR, EPDM) sesuai gambar; uji kekerasan "
                            + "Shore A per batch.",
                    "kompon karet (mixing); pencetakan tekan (compression molding); vulkanisasi; trimming",
                    "gasket; seal pintu; O-ring; karet peredam", "pcs",
                    4_500, 250_000, 2_000, 14, 30, 500, "ISO9001 SNI", 60, 85),
            of("Bantalan karet rel (rail pad)",
                    "Rail pad karet untuk penambat rel beton, tebal 10 mm, dari karet alam petani Sumatera.",
                    "kompon karet; pencetakan tekan; vulkanisasi; uji kekerasan",
                    "rail pad 10 mm; karet alas penambat rel", "pcs",
                    22_000, 48_000, 3_000, 14, 30, 1_000, "SNI TKDN", 70, 90),
            of("Fender karet dermaga (rubber fender)",
                    "Fender karet tipe V, silinder dan D untuk dermaga dan kapal, lengkap dengan plat baja tanam.",
                    "kompon karet; pencetakan; vulkanisasi uap; pemasangan plat baja",
                    "fender tipe V; fender silinder; fender tipe D", "unit",
                    3_800_000, 48_000_000, 3, 30, 60, 2, "SNI ISO9001", 65, 85)),

    AUTOMOTIVE("29300", "Komponen otomotif", "Komponen Otomotif",
            "ID-JB:4 ID-BT:2 ID-JT:2 ID-JI:2 ID-JK:1",
            "Teknik|Presisi|Otomotif",
            "Koperasi Industri Komponen Otomotif {town}|KSU Presisi {adj} {town}",
            "ISO9001:0.25 TKDN:0.3",
            of("Komponen plastik injeksi (injection molding)",
                    "Komponen plastik injeksi PP, ABS dan nylon untuk kendaraan dan peralatan; cetakan milik koperasi "
                            + "atau pelanggan.",
                    "injeksi plastik; perakitan sub-assy; pengecatan; inspeksi visual",
                    "klip dan bracket plastik; cover lampu; grommet", "pcs",
                    2_500, 65_000, 6_000, 14, 30, 1_000, "ISO9001 TKDN", 45, 70),
            of("Komponen stamping logam (metal stamping)",
                    "Komponen press dan deep drawing plat baja untuk kendaraan dan kelistrikan.",
                    "blanking; bending; deep drawing; pengelasan titik (spot welding); electroplating",
                    "bracket; plat penguat; housing", "pcs",
                    3_000, 85_000, 5_000, 14, 30, 1_000, "ISO9001 TKDN", 45, 75),
            of("Jok dan trim interior kendaraan",
                    "Jok dan trim interior untuk kendaraan operasional, bus dan kendaraan taktis.",
                    "pemotongan pola; penjahitan; pencetakan busa (PU foam); perakitan rangka jok",
                    "jok kendaraan taktis; jok bus; trim pintu", "set",
                    650_000, 3_500_000, 25, 21, 40, 10, "SNI TKDN", 55, 80)),

    MACHINERY("28210", "Alat dan mesin pertanian serta mesin pabrik", "Alsintan",
            "ID-JI:3 ID-JT:3 ID-JB:2 ID-SN:1 ID-LA:1 ID-SU:1 ID-YO:1",
            "Alsintan|Teknik|Mesin",
            "Koperasi Industri Alsintan {town}|KSU Teknik {adj} {town}",
            "SNI:0.2 TKDN:0.2 ISO9001:0.05",
            of("Alat dan mesin pertanian (alsintan): perontok padi, pencacah",
                    "Perontok padi (power thresher), pencacah rumput dan pengupas kopi buatan bengkel koperasi; suku cadang "
                            + "tersedia.",
                    "fabrikasi rangka; pembubutan; pengelasan; perakitan; uji kinerja",
                    "power thresher; mesin pencacah rumput; mesin pengupas kopi (pulper)", "unit",
                    4_500_000, 38_000_000, 2, 21, 45, 1, "SNI TKDN", 45, 75),
            of("Suku cadang mesin pabrik (spare parts) dan reparasi",
                    "Pembuatan ulang suku cadang mesin pabrik dari sampel atau gambar (reverse engineering) dan reparasi.",
                    "pengukuran sampel; pembubutan; frais; perlakuan panas; perakitan",
                    "roda gigi; poros; impeller pompa; liner", "pcs",
                    60_000, 6_500_000, 60, 14, 30, 5, "ISO9001", 40, 70),
            of("Mesin pengolah pangan (food processing machinery)",
                    "Mesin pemarut kelapa, penyuling atsiri skala kecil dan oven pengering untuk UMKM pangan.",
                    "fabrikasi stainless; pengelasan TIG; perakitan; uji coba",
                    "mesin pemarut kelapa; ketel suling atsiri; oven pengering", "unit",
                    3_500_000, 45_000_000, 2, 21, 45, 1, "SNI", 50, 80)),

    FOOTWEAR("15203", "Sepatu keselamatan dan produk kulit", "Alas Kaki dan Kulit",
            "ID-JI:3 ID-JB:3 ID-YO:1 ID-JT:1 ID-SB:1",
            "Kulit|Sepatu|Leather",
            "Koperasi Perajin Kulit {town}|KSU Sepatu {adj} {town}",
            "SNI:0.2 TKDN:0.15",
            of("Sepatu keselamatan kulit (safety shoes) berujung baja",
                    "Sepatu dan boot keselamatan kulit sapi dengan steel toe cap dan sol anti-slip tahan minyak, sesuai SNI "
                            + "sepatu pengaman.",
                    "penyamakan kulit; pemotongan (cutting); penjahitan upper; pemasangan steel toe cap; pengepresan sol (direct injection)",
                    "safety shoes low-cut; safety boots", "pasang",
                    265_000, 680_000, 180, 21, 40, 100, "SNI TKDN", 45, 70),
            of("Sarung tangan kulit kerja (leather work gloves)",
                    "Sarung tangan kulit untuk pengelasan, rigging dan penanganan material panas.",
                    "pemotongan kulit; penjahitan; pemasangan lapisan; inspeksi",
                    "sarung tangan las; sarung tangan rigger", "pasang",
                    28_000, 90_000, 1_200, 7, 21, 200, "SNI", 70, 90),
            of("Tas dan produk kulit (leather goods)",
                    "Tas dokumen, sabuk dan dompet kulit untuk cenderamata korporat.",
                    "pemotongan pola; penipisan kulit (skiving); penjahitan; finishing tepi",
                    "tas dokumen; sabuk kulit; dompet", "pcs",
                    150_000, 1_200_000, 60, 14, 30, 20, "", 80, 95)),

    ELECTRICAL("27120", "Peralatan listrik", "Peralatan Listrik",
            "ID-JB:2 ID-JT:2 ID-JI:2 ID-BT:1 ID-JK:1 ID-SN:1 ID-KI:1 ID-SU:1",
            "Elektrik|Listrik|Panel",
            "Koperasi Industri Elektrik {town}|KSU Panel Listrik {adj} {town}",
            "SNI:0.3 TKDN:0.3 ISO9001:0.1",
            of("Kotak APP / meter box (panel kWh meter)",
                    "Kotak alat pembatas dan pengukur (APP) dari plat baja powder coating untuk kWh meter 1 dan 3 phasa.",
                    "pemotongan dan pelipatan plat (bending); pengelasan; powder coating; perakitan komponen (wiring)",
                    "kotak APP 1 phasa; kotak APP 3 phasa; panel meter prabayar", "unit",
                    380_000, 2_400_000, 250, 14, 30, 100, "SNI TKDN", 45, 70),
            of("Panel listrik tegangan rendah (LV panel)",
                    "Panel distribusi tegangan rendah dan panel kapasitor rakitan koperasi dengan komponen bersertifikat.",
                    "fabrikasi box panel; perakitan busbar; wiring; uji fungsi",
                    "panel distribusi (PHB-TR); panel kapasitor", "unit",
                    6_500_000, 85_000_000, 3, 21, 45, 1, "SNI ISO9001 TKDN", 40, 60),
            of("Aksesori kabel dan terminal (cable accessories)",
                    "Sepatu kabel, konektor dan tie rack untuk jaringan distribusi.",
                    "pemotongan; press; pelapisan timah; pengemasan",
                    "sepatu kabel (cable lug); konektor; tie rack", "pcs",
                    3_000, 150_000, 2_500, 7, 21, 500, "SNI", 45, 70));

    private final String kbli;
    private final String label;
    private final String shortName;
    private final Map<String, Integer> provinceWeights;
    private final List<String> businessWords;
    private final List<String> cooperativeNamePatterns;
    private final Map<String, Double> msmeCertificationRates;
    private final List<CapabilityTemplate> templates;

    Sector(String kbli, String label, String shortName, String provinceWeights, String businessWords, String cooperativeNamePatterns,
            String msmeCertificationRates, CapabilityTemplate... templates) {
        this.kbli = kbli;
        this.label = label;
        this.shortName = shortName;
        this.provinceWeights = weights(provinceWeights);
        this.businessWords = List.of(businessWords.split("\\|"));
        this.cooperativeNamePatterns = List.of(cooperativeNamePatterns.split("\\|"));
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String entry : msmeCertificationRates.split(" ")) {
            String[] codeAndRate = entry.split(":");
            rates.put(codeAndRate[0], Double.parseDouble(codeAndRate[1]));
        }
        this.msmeCertificationRates = Map.copyOf(rates);
        this.templates = List.of(templates);
    }

    private static Map<String, Integer> weights(String text) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String entry : text.split(" ")) {
            String[] provinceAndWeight = entry.split(":");
            weights.put(provinceAndWeight[0], Integer.parseInt(provinceAndWeight[1]));
        }
        return weights;
    }

    /** KBLI 2020 code of the sector's main activity. */
    String kbli() {
        return kbli;
    }

    /** Sector name in Bahasa Indonesia, with the English term where buyers use it. */
    String label() {
        return label;
    }

    /** Short name for clusters and headings: "Sabut Kelapa", "Mebel Kayu". */
    String shortName() {
        return shortName;
    }

    /** How strongly the sector is present in a province (0 where it is not). */
    int weightIn(String province) {
        return provinceWeights.getOrDefault(province, 0);
    }

    List<String> businessWords() {
        return businessWords;
    }

    List<String> cooperativeNamePatterns() {
        return cooperativeNamePatterns;
    }

    /** Share of the sector's MSMEs holding each certificate, by certificate code (iteration order fixed). */
    List<Map.Entry<String, Double>> msmeCertificationRates() {
        return msmeCertificationRates.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    List<CapabilityTemplate> templates() {
        return templates;
    }
}
