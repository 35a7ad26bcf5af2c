#!/usr/bin/env python3
"""Generates the fixed catalogue and the judged queries of the search quality test.

Run once; the output is committed and never regenerated silently (the nDCG floor in
SearchQualityIT was set on it):

    python3 search/src/test/quality/generate_quality_set.py

Judgments do not come from any search engine. Every catalogue entry is written from a product
CONCEPT (coir fibre, patchouli oil, safety shoes ...), with titles, products, processes and
descriptions in the mix of Bahasa Indonesia, English and regional words that cooperatives
actually use, including entries that share words with other concepts (kelapa in coir, VCO and
palm sugar; kayu in furniture and boats) as distractors. Every query states, by hand, the grade
of each concept for it (3 = what was asked for, 2 = closely related, 1 = same family, useful);
an entry's grade is the highest grade of its concepts. The judgments file lists the graded ids.
"""
import json
import random
from pathlib import Path

rng = random.Random(20251123)
OUT = Path(__file__).resolve().parents[1] / "resources" / "id" / "rantai" / "search" / "quality"

CITIES = {
    "Banda Aceh": ("ID-AC", 5.55, 95.32), "Gayo Lues": ("ID-AC", 3.97, 97.35), "Aceh Jaya": ("ID-AC", 4.79, 95.64),
    "Medan": ("ID-SU", 3.59, 98.67), "Padang": ("ID-SB", -0.95, 100.35), "Pekanbaru": ("ID-RI", 0.51, 101.45),
    "Palembang": ("ID-SS", -2.99, 104.76), "Bandar Lampung": ("ID-LA", -5.43, 105.26), "Jakarta": ("ID-JK", -6.20, 106.85),
    "Bandung": ("ID-JB", -6.91, 107.61), "Tasikmalaya": ("ID-JB", -7.33, 108.22), "Bogor": ("ID-JB", -6.60, 106.80),
    "Tangerang": ("ID-BT", -6.18, 106.63), "Semarang": ("ID-JT", -6.97, 110.42), "Jepara": ("ID-JT", -6.59, 110.67),
    "Tegal": ("ID-JT", -6.87, 109.14), "Solo": ("ID-JT", -7.57, 110.82), "Demak": ("ID-JT", -6.89, 110.64),
    "Rembang": ("ID-JT", -6.71, 111.34), "Pekalongan": ("ID-JT", -6.89, 109.68), "Klaten": ("ID-JT", -7.71, 110.61),
    "Yogyakarta": ("ID-YO", -7.80, 110.36), "Bantul": ("ID-YO", -7.89, 110.33), "Surabaya": ("ID-JI", -7.25, 112.75),
    "Sidoarjo": ("ID-JI", -7.45, 112.72), "Pasuruan": ("ID-JI", -7.64, 112.91), "Malang": ("ID-JI", -7.98, 112.63),
    "Denpasar": ("ID-BA", -8.65, 115.22), "Gianyar": ("ID-BA", -8.54, 115.33), "Mataram": ("ID-NB", -8.58, 116.12),
    "Kupang": ("ID-NT", -10.18, 123.61), "Sumba Timur": ("ID-NT", -9.66, 120.26), "Pontianak": ("ID-KB", -0.03, 109.33),
    "Banjarmasin": ("ID-KS", -3.32, 114.59), "Samarinda": ("ID-KI", -0.50, 117.15), "Manado": ("ID-SA", 1.47, 124.84),
    "Minahasa": ("ID-SA", 1.30, 124.90), "Bitung": ("ID-SA", 1.44, 125.12), "Gorontalo": ("ID-GO", 0.54, 123.06),
    "Makassar": ("ID-SN", -5.15, 119.43), "Kendari": ("ID-SG", -3.97, 122.51), "Palu": ("ID-ST", -0.90, 119.87),
    "Ambon": ("ID-MA", -3.70, 128.18), "Ternate": ("ID-MU", 0.79, 127.38), "Jayapura": ("ID-PA", -2.53, 140.72),
}

COOP_WORDS = ["Maju Bersama", "Sejahtera", "Mandiri", "Karya Usaha", "Harapan Baru", "Sinar Jaya", "Tunas Muda", "Mitra Usaha",
              "Sumber Rejeki", "Bina Usaha", "Makmur", "Bangkit", "Srikandi", "Cahaya Timur", "Gotong Royong", "Rukun Santoso"]
COOP_KINDS = ["Koperasi", "Koperasi Produsen", "KSU", "Kopwan", "Koperasi Serba Usaha", "Koperasi Industri"]

# concept: family, kbli, units, cities, certifications, titles, products, processes, description sentences, count
C = {}


def concept(name, family, kbli, unit, cities, certs, titles, products, processes, sentences, count):
    C[name] = dict(family=family, kbli=kbli, unit=unit, cities=cities, certs=certs, titles=titles, products=products,
                   processes=processes, sentences=sentences, count=count)


concept("coir_fibre", "coconut", "13999", "kg", ["Minahasa", "Bitung", "Gorontalo", "Tasikmalaya", "Bandar Lampung"], ["SNI"],
        ["Sabut kelapa kering", "Serabut kelapa press bal", "Coconut coir fibre", "Serat sabut kelapa (coco fiber)", "Cocofiber untuk matras",
         "Coir fiber export grade", "Sabut kelapa curly"],
        ["serat sabut", "coco fiber", "sabut press", "curled coir"], ["pengeringan", "penguraian", "pengepresan"],
        ["Sabut diurai dengan mesin decorticator lalu dijemur sampai kering.", "Serat panjang untuk matras, jok mobil dan geotekstil.",
         "Coconut husk is decorticated, dried and pressed into 100 kg bales for export.", "Bahan baku dari kebun kelapa rakyat di sekitar desa.",
         "Kadar air di bawah 15 persen, panjang serat di atas 15 cm."], 9)
concept("coir_rope", "coconut", "13940", "kg", ["Minahasa", "Bitung", "Gorontalo", "Tasikmalaya"], [],
        ["Tali sabut kelapa", "Coir rope dan coir twine", "Tambang serabut kelapa pintal tangan", "Tali serat kelapa untuk reklamasi"],
        ["tali sabut", "coir twine", "jaring sabut"], ["pemintalan", "penganyaman"],
        ["Serat sabut dipintal menjadi tali berdiameter 6 sampai 12 mm.", "Dipakai untuk jaring erosi dan pertanian.",
         "Hand-spun rope from coconut husk fibre, rolls of 200 m."], 5)
concept("coir_mat", "coconut", "13930", "pcs", ["Minahasa", "Tasikmalaya", "Yogyakarta"], [],
        ["Keset sabut kelapa", "Coir doormat", "Keset serabut motif"], ["keset", "doormat", "karpet sabut"], ["penganyaman", "pengecatan"],
        ["Keset tebal dari serat sabut kelapa, ukuran 40x60 cm.", "Motif dicetak dengan cat ramah lingkungan."], 4)
concept("cocopeat", "coconut", "13999", "kg", ["Minahasa", "Bitung", "Bandar Lampung", "Tasikmalaya"], [],
        ["Cocopeat blok 5 kg", "Serbuk sabut kelapa (cocopeat)", "Coco peat low EC", "Media tanam serbuk sabut"],
        ["cocopeat", "coir pith", "media tanam"], ["pengayakan", "pencucian", "pengepresan"],
        ["Serbuk sisa penguraian sabut dicuci sampai EC rendah.", "Media tanam untuk hortikultura dan rumah kaca.",
         "Compressed blocks of coir pith for growers."], 5)
concept("vco", "coconut", "10422", "liter", ["Manado", "Gorontalo", "Ambon", "Kupang"], ["Halal", "BPOM"],
        ["Virgin coconut oil (VCO)", "Minyak kelapa murni", "VCO fermentasi tanpa pemanasan"], ["VCO", "minyak kelapa murni"],
        ["fermentasi", "penyaringan", "pembotolan"], ["Minyak kelapa murni dibuat dengan fermentasi santan tanpa pemanasan.",
         "Dikemas dalam botol kaca 250 ml dan jeriken 20 liter."], 5)
concept("copra", "coconut", "10421", "ton", ["Gorontalo", "Ternate", "Ambon", "Minahasa"], [],
        ["Kopra putih", "Copra for oil mills", "Kopra asap kualitas ekspor"], ["kopra", "daging kelapa kering"], ["pengasapan", "pengeringan"],
        ["Daging kelapa dijemur atau diasap sampai kadar air 6 persen.", "Dijual ke pabrik minyak goreng di Bitung."], 4)
concept("coconut_sugar", "sugar", "10722", "kg", ["Klaten", "Bantul", "Minahasa"], ["Halal", "Organik"],
        ["Gula kelapa organik", "Coconut sugar granules", "Gula kelapa cetak"], ["gula kelapa", "coconut sugar"], ["penyadapan", "pemasakan"],
        ["Nira kelapa disadap pagi hari dan dimasak di tungku.", "Sertifikat organik untuk pasar ekspor."], 4)
concept("palm_sugar", "sugar", "10722", "kg", ["Bantul", "Klaten", "Tasikmalaya", "Minahasa", "Gorontalo"], ["Halal"],
        ["Gula aren cetak", "Gula semut aren", "Palm sugar powder", "Gula merah aren asli", "Gula jawa batok"],
        ["gula aren", "gula semut", "gula merah"], ["penyadapan nira", "pemasakan", "pengayakan"],
        ["Nira aren dimasak sampai mengental lalu dicetak dalam batok.", "Gula semut diayak halus dan dikemas 500 gram.",
         "Palm sap from Arenga trees, cooked over wood fire."], 6)
concept("shell_charcoal", "coconut", "20299", "ton", ["Minahasa", "Gorontalo", "Bandar Lampung", "Kendari"], [],
        ["Briket arang tempurung kelapa", "Coconut shell charcoal briquette", "Arang batok kelapa", "Briket shisha dari tempurung"],
        ["briket", "arang tempurung"], ["pengarangan", "pencetakan", "pengovenan"],
        ["Tempurung kelapa dibakar dalam drum lalu dicetak menjadi briket kubus.", "Kadar abu di bawah 3 persen untuk pasar Timur Tengah."], 5)
concept("desiccated", "coconut", "10799", "kg", ["Minahasa", "Gorontalo"], ["Halal", "HACCP"],
        ["Kelapa parut kering", "Desiccated coconut fine grade"], ["kelapa parut kering"], ["pemarutan", "pengeringan"],
        ["Daging kelapa dikupas, diparut, lalu dikeringkan dengan oven.", "Untuk industri roti dan biskuit."], 3)

concept("patchouli", "essential_oil", "20294", "kg", ["Gayo Lues", "Aceh Jaya", "Banda Aceh", "Kendari", "Palu"], ["SNI"],
        ["Minyak nilam Aceh", "Patchouli oil high PA", "Minyak nilam suling uap", "Minyak dilem (nilam) kualitas ekspor", "Patchouli essential oil"],
        ["minyak nilam", "patchouli oil"], ["penyulingan", "pemurnian"],
        ["Daun nilam dikeringkan lalu disuling dengan ketel uap stainless.", "Kadar patchouli alcohol di atas 30 persen.",
         "Steam-distilled from dried Pogostemon leaves grown by farmer groups.", "Petani menanam nilam di lereng Gayo."], 7)
concept("citronella", "essential_oil", "20294", "kg", ["Gayo Lues", "Tasikmalaya", "Solo"], ["SNI"],
        ["Minyak serai wangi", "Citronella oil Java type", "Minyak sereh wangi"], ["minyak serai wangi", "citronella oil"], ["penyulingan"],
        ["Daun serai wangi disuling dengan ketel kapasitas satu ton.", "Java citronella type with high geraniol."], 4)
concept("clove_oil", "essential_oil", "20294", "kg", ["Ambon", "Manado", "Ternate"], [],
        ["Minyak daun cengkeh", "Clove leaf oil"], ["minyak cengkeh"], ["penyulingan"],
        ["Daun cengkeh yang gugur dikumpulkan dan disuling.", "Eugenol di atas 80 persen."], 3)
concept("cajuput", "essential_oil", "20294", "liter", ["Ambon", "Yogyakarta"], ["BPOM"],
        ["Minyak kayu putih Buru", "Cajuput oil"], ["minyak kayu putih"], ["penyulingan", "pembotolan"],
        ["Daun kayu putih dari Pulau Buru disuling secara tradisional.", "Dibotolkan 60 ml dengan izin edar."], 3)

concept("teak_furniture", "furniture", "31001", "pcs", ["Jepara", "Klaten", "Semarang", "Solo"], ["SVLK"],
        ["Mebel jati Jepara", "Teak garden furniture", "Meja makan kayu jati", "Kursi dan meja jati minimalis", "Furnitur jati solid"],
        ["meja", "kursi", "lemari", "dining table"], ["penggergajian", "perakitan", "finishing"],
        ["Kayu jati bersertifikat SVLK dari Perhutani.", "Finishing natural oil atau melamin sesuai pesanan.",
         "Solid teak furniture for hotels and offices.", "Dikerjakan tukang kayu berpengalaman di sentra mebel."], 7)
concept("rattan_furniture", "furniture", "31002", "pcs", ["Semarang", "Palu", "Banjarmasin", "Pontianak"], ["SVLK"],
        ["Kursi rotan", "Rattan lounge chair", "Sofa rotan sintetis", "Mebel rotan Cirebon", "Furniture anyaman rotan"],
        ["kursi rotan", "sofa", "rattan chair"], ["penganyaman", "perakitan", "pengecatan"],
        ["Rotan alam dari Sulawesi dianyam di atas rangka besi.", "Rattan furniture for resorts, indoor and outdoor.",
         "Rangka kuat, anyaman rapat, finishing tahan cuaca."], 6)
concept("bamboo_furniture", "furniture", "31002", "pcs", ["Bantul", "Tasikmalaya", "Gianyar"], [],
        ["Mebel bambu", "Bamboo furniture set", "Kursi bambu petung"], ["kursi bambu", "rak bambu"], ["pengawetan", "perakitan"],
        ["Bambu petung diawetkan dengan boraks sebelum dirakit.", "Desain modern untuk kafe dan hotel."], 4)
concept("office_furniture", "furniture", "31004", "pcs", ["Jakarta", "Tangerang", "Surabaya", "Semarang"], ["SNI", "TKDN"],
        ["Perabot kantor", "Meja kerja dan lemari arsip besi", "Office furniture partisi", "Kursi kantor ergonomis", "Filing cabinet baja"],
        ["meja kantor", "lemari arsip", "kursi kantor"], ["pemotongan plat", "pengelasan", "pengecatan powder coating"],
        ["Rangka baja dengan cat powder coating, sesuai standar instansi.", "Sertifikat TKDN untuk pengadaan pemerintah.",
         "Steel office furniture with local content certificate."], 5)
concept("carving", "furniture", "16299", "pcs", ["Jepara", "Gianyar", "Denpasar"], [],
        ["Ukiran kayu Jepara", "Relief ukir jati", "Wood carving panels", "Patung kayu ukir Bali"], ["ukiran", "relief", "patung"],
        ["mengukir", "pengamplasan", "finishing"], ["Pengrajin mengukir panel relief dari kayu jati dan mahoni.", "Hand-carved panels for interiors."], 5)

concept("iron_casting", "metal", "24310", "ton", ["Klaten", "Tegal", "Pasuruan", "Sidoarjo"], ["SNI", "ISO 9001"],
        ["Pengecoran besi cor", "Cast iron foundry", "Cor logam besi Ceper", "Komponen besi tuang untuk pompa", "Grey iron casting"],
        ["besi cor", "rumah pompa", "manhole"], ["pengecoran", "pembuatan cetakan pasir", "pembubutan"],
        ["Tungku kupola kapasitas 3 ton per hari di sentra pengecoran Ceper.", "Cetakan pasir untuk komponen pompa dan mesin pertanian.",
         "Grey and ductile iron castings, machined to drawing."], 6)
concept("brass_casting", "metal", "24320", "kg", ["Tegal", "Pasuruan", "Yogyakarta"], ["SNI"],
        ["Cor kuningan dan aluminium", "Brass casting fittings", "Pengecoran aluminium"], ["kuningan cor", "aluminium cor"], ["pengecoran", "pemolesan"],
        ["Dilebur dalam tungku krusibel lalu dituang ke cetakan logam.", "Brass fittings and aluminium parts."], 4)
concept("bolts", "metal", "25940", "pcs", ["Tegal", "Sidoarjo", "Tangerang", "Bandung"], ["SNI"],
        ["Baut dan mur baja", "Mur baut galvanis", "Bolts and nuts hot-dip galvanized", "Baut tanam dan ring", "Fastener M8 sampai M24"],
        ["baut", "mur", "ring", "baut angkur"], ["penempaan dingin", "pengeliran", "galvanis"],
        ["Baut dibuat dengan mesin cold heading lalu dikelir.", "Galvanis celup panas untuk tiang listrik dan gardu.",
         "Fasteners for steel towers and substations."], 6)
concept("forging", "metal", "25930", "pcs", ["Klaten", "Pasuruan", "Bandung", "Banjarmasin"], [],
        ["Pandai besi alat pertanian", "Cangkul dan parang tempa", "Hand forged farm tools", "Perkakas tempa tradisional"],
        ["cangkul", "parang", "sabit", "linggis"], ["penempaan", "penyepuhan", "pengasahan"],
        ["Besi per bekas ditempa di perapian arang lalu disepuh.", "Alat pertanian untuk petani dan perkebunan."], 5)
concept("welding", "metal", "25111", "ton", ["Tegal", "Surabaya", "Semarang", "Makassar"], ["SNI", "ISO 9001"],
        ["Fabrikasi konstruksi baja", "Steel structure welding", "Rangka baja dan tangki las", "Bengkel las konstruksi"],
        ["rangka baja", "tangki", "kanopi"], ["pengelasan", "pemotongan", "pengecatan"],
        ["Juru las bersertifikat mengerjakan rangka baja dan tangki.", "Steel fabrication, welding and painting to drawing."], 5)
concept("machining", "metal", "28299", "pcs", ["Tegal", "Bandung", "Sidoarjo"], ["ISO 9001"],
        ["Bubut presisi CNC", "Machining shop komponen mesin", "Jasa bubut dan frais"], ["poros", "bushing", "gear"], ["pembubutan", "pengefraisan"],
        ["Mesin bubut CNC dan frais untuk komponen presisi.", "Precision turning and milling of shafts and gears."], 5)

concept("motorcycle_parts", "automotive", "30911", "pcs", ["Tegal", "Sidoarjo", "Tangerang", "Bandung"], ["SNI", "ISO 9001"],
        ["Suku cadang sepeda motor", "Motorcycle spare parts", "Onderdil motor aftermarket", "Komponen plastik dan logam sepeda motor"],
        ["footstep", "bracket", "cover body"], ["pengepresan", "injeksi plastik", "pengelasan"],
        ["Memasok komponen ke bengkel dan pabrikan sepeda motor.", "Aftermarket motorcycle components to OEM drawing."], 5)
concept("brake_pads", "automotive", "29300", "pcs", ["Tegal", "Sidoarjo", "Tangerang"], ["SNI"],
        ["Kampas rem", "Brake pads non asbestos", "Kampas rem motor dan mobil"], ["kampas rem", "brake lining"], ["pencampuran", "pengepresan panas"],
        ["Bahan friksi non asbes dipress panas.", "Brake pads for motorcycles and cars."], 4)
concept("exhaust", "automotive", "29300", "pcs", ["Tegal", "Sidoarjo"], [],
        ["Knalpot racing", "Knalpot stainless Purbalingga", "Exhaust muffler"], ["knalpot", "muffler"], ["pengelasan", "pembengkokan pipa"],
        ["Pipa stainless ditekuk dan dilas oleh perajin knalpot.", "Exhaust systems for motorcycles."], 4)
concept("rubber_seal", "automotive", "22199", "pcs", ["Bogor", "Tangerang", "Medan", "Palembang"], ["ISO 9001"],
        ["Seal karet dan gasket", "Rubber seal O-ring", "Packing karet industri", "Produk karet teknik"], ["seal karet", "O-ring", "gasket"],
        ["pencetakan karet", "vulkanisasi"], ["Karet alam dari petani Sumatera dicetak dan divulkanisasi.", "Molded rubber seals and gaskets for pumps and vehicles."], 5)

concept("uniforms", "garment", "14111", "pcs", ["Rembang", "Bandung", "Solo", "Pekalongan", "Jakarta"], ["SNI"],
        ["Konveksi seragam kantor", "Seragam dinas dan batik kantor", "Uniform garment maker", "Seragam sekolah dan instansi", "Pakaian dinas harian"],
        ["seragam", "kemeja", "celana"], ["pemotongan kain", "penjahitan", "bordir"],
        ["Penjahit anggota koperasi menjahit seragam untuk instansi dan BUMN.", "Garment workshop producing uniforms to size charts.",
         "Bordir logo instansi dengan mesin komputer."], 6)
concept("workwear", "garment", "14120", "pcs", ["Rembang", "Bandung", "Surabaya", "Tangerang"], ["SNI"],
        ["Wearpack safety", "Coverall kerja tahan api", "Katelpak proyek", "Baju kerja lapangan", "Workwear reflective"],
        ["wearpack", "coverall", "rompi"], ["penjahitan", "pemasangan scotlight"],
        ["Bahan drill tebal dengan scotlight untuk pekerja lapangan.", "Coveralls for oil, gas and power plant crews.",
         "Dijahit rapi dengan jahitan rantai."], 6)
concept("tshirts", "garment", "14111", "pcs", ["Bandung", "Yogyakarta", "Denpasar", "Malang"], [],
        ["Konveksi kaos sablon", "Kaos polo bordir", "T-shirt cotton combed", "Kaos oblong custom"], ["kaos", "polo"], ["penjahitan", "sablon"],
        ["Kaos katun combed 30s dengan sablon plastisol.", "Custom printed T-shirts in bulk."], 5)
concept("batik", "textile", "13134", "lembar", ["Pekalongan", "Solo", "Yogyakarta", "Surabaya"], [],
        ["Batik tulis Pekalongan", "Batik cap motif kantor", "Kain batik tulis pewarna alam", "Hand-drawn batik", "Batik Solo"],
        ["kain batik", "kemeja batik"], ["membatik", "pewarnaan", "pelorodan"],
        ["Dibatik dengan canting oleh perajin perempuan.", "Pewarna alam dari kulit kayu tingi dan indigo.", "Motif parang dan kawung."], 6)
concept("weaving", "textile", "13121", "lembar", ["Sumba Timur", "Kupang", "Mataram", "Palembang", "Makassar"], [],
        ["Kain tenun ikat Sumba", "Tenun songket Palembang", "Handwoven ikat cloth", "Tenun ATBM", "Kain tenun sutra Sengkang"],
        ["kain tenun", "selendang", "songket"], ["menenun", "pengikatan", "pewarnaan"],
        ["Ditenun dengan alat tenun gedogan oleh kelompok penenun.", "Benang diikat dan dicelup berulang sebelum ditenun.",
         "Traditional handwoven textiles with natural dyes."], 6)
concept("safety_shoes", "leather", "15209", "pasang", ["Bogor", "Sidoarjo", "Bandung", "Tangerang"], ["SNI"],
        ["Sepatu safety kulit", "Safety shoes steel toe", "Sepatu boot keselamatan kerja", "Sepatu kerja lapangan"],
        ["sepatu safety", "sepatu boot"], ["pemotongan kulit", "penjahitan", "pengeleman sol"],
        ["Kulit sapi asli dengan pelindung jari baja sesuai SNI.", "Steel toe cap, oil resistant rubber sole."], 5)
concept("leather_bags", "leather", "15121", "pcs", ["Yogyakarta", "Sidoarjo", "Bandung"], [],
        ["Tas kulit", "Leather bags and wallets", "Tas dan dompet kulit sapi", "Tas kerja kulit asli"], ["tas", "dompet", "ikat pinggang"],
        ["penyamakan", "pemotongan", "penjahitan tangan"], ["Kulit samak nabati dijahit tangan.", "Genuine leather bags for corporate gifts."], 5)
concept("gloves", "leather", "15121", "pasang", ["Bandung", "Sidoarjo"], ["SNI"],
        ["Sarung tangan kulit las", "Leather welding gloves"], ["sarung tangan"], ["pemotongan kulit", "penjahitan"],
        ["Sarung tangan kulit split untuk juru las.", "Heat resistant leather gloves."], 3)

concept("banana_chips", "snack", "10793", "kg", ["Bandar Lampung", "Malang", "Makassar", "Palu"], ["Halal", "PIRT"],
        ["Keripik pisang", "Kripik pisang aneka rasa", "Banana chips", "Sale pisang"], ["keripik pisang", "sale pisang"],
        ["pengirisan", "penggorengan", "pengemasan"], ["Pisang kepok diiris tipis dan digoreng vakum.", "Dikemas dalam standing pouch 250 gram."], 5)
concept("crackers", "snack", "10793", "kg", ["Sidoarjo", "Palembang", "Pontianak", "Makassar"], ["Halal", "PIRT"],
        ["Kerupuk ikan", "Krupuk udang Sidoarjo", "Fish crackers", "Kerupuk kemplang"], ["kerupuk", "krupuk udang"], ["pengukusan", "penjemuran"],
        ["Adonan tapioka dan ikan tenggiri dikukus lalu dijemur.", "Fish and prawn crackers, raw or fried."], 5)
concept("fish_floss", "fish", "10299", "kg", ["Gorontalo", "Manado", "Ambon", "Makassar"], ["Halal", "PIRT"],
        ["Abon ikan tuna", "Abon cakalang", "Fish floss", "Abon ikan pedas"], ["abon ikan"], ["perebusan", "penggorengan", "pengemasan"],
        ["Daging ikan cakalang direbus, disuwir dan digoreng dengan bumbu.", "Shredded tuna floss in 100 g jars."], 5)
concept("sambal", "snack", "10779", "kg", ["Surabaya", "Bandung", "Manado"], ["Halal", "PIRT"],
        ["Sambal roa", "Sambal bawang botol", "Chili sauce homemade"], ["sambal"], ["penggilingan", "pemasakan", "pembotolan"],
        ["Cabai rawit dan ikan roa asap diulek dan dimasak.", "Bottled chili paste."], 4)
concept("dodol", "snack", "10739", "kg", ["Tasikmalaya", "Solo", "Pontianak"], ["Halal"],
        ["Dodol Garut", "Jenang Kudus", "Dodol durian"], ["dodol", "jenang"], ["pemasakan", "pengemasan"],
        ["Ketan dan gula kelapa dimasak berjam-jam di kuali.", "Dibungkus kertas minyak per potong."], 4)
concept("coffee", "plantation", "10761", "kg", ["Gayo Lues", "Medan", "Malang", "Makassar", "Denpasar"], ["Organik", "Halal"],
        ["Kopi arabika Gayo", "Green bean arabica", "Kopi bubuk robusta", "Kopi Toraja sangrai", "Specialty coffee beans"],
        ["kopi", "green bean", "kopi bubuk"], ["pengupasan", "penjemuran", "penyangraian"],
        ["Petani memetik buah merah dan memproses full wash.", "Roasted and ground coffee in 250 g packs.", "Biji kopi dijemur di para-para."], 6)
concept("cocoa", "plantation", "10731", "kg", ["Gorontalo", "Palu", "Makassar", "Kendari"], [],
        ["Biji kakao fermentasi", "Cocoa beans fermented", "Kakao kering Sulawesi", "Cokelat batang petani"], ["biji kakao", "cocoa beans"],
        ["fermentasi", "penjemuran"], ["Biji kakao difermentasi lima hari di kotak kayu.", "Fermented and sun-dried cocoa beans."], 5)
concept("rice", "grain", "10612", "ton", ["Demak", "Klaten", "Makassar", "Bandar Lampung"], ["SNI"],
        ["Beras premium Demak", "Penggilingan padi", "Rice milling cooperative", "Beras medium kemasan 5 kg"], ["beras", "gabah"],
        ["penggilingan", "penyosohan", "pengemasan"], ["Gabah dari petani digiling dan disosoh di rice mill koperasi.", "Premium rice in 5 kg and 25 kg bags."], 5)
concept("dried_fish", "fish", "10211", "kg", ["Makassar", "Kendari", "Ambon", "Pontianak"], [],
        ["Ikan asin jambal roti", "Ikan kering teri", "Dried salted fish", "Ikan asin Kendari"], ["ikan asin", "teri"], ["penggaraman", "penjemuran"],
        ["Ikan digarami lalu dijemur di para-para pantai.", "Salted and sun-dried fish."], 5)
concept("frozen_tuna", "fish", "10213", "ton", ["Bitung", "Ambon", "Kendari", "Ternate"], ["HACCP"],
        ["Tuna beku loin", "Frozen tuna loins", "Ikan tuna dan cakalang beku", "Tuna steak frozen"], ["tuna beku", "loin"], ["pembekuan", "pemfilletan"],
        ["Tuna hasil tangkapan nelayan dipotong loin dan dibekukan.", "Blast frozen tuna loins with HACCP."], 5)
concept("seaweed", "fish", "10299", "ton", ["Kupang", "Makassar", "Kendari", "Sumba Timur"], [],
        ["Rumput laut kering", "Dried seaweed cottonii", "Karaginan semi refined"], ["rumput laut", "cottonii"], ["penjemuran", "pengolahan"],
        ["Rumput laut hasil budidaya dijemur di para-para.", "Dried Eucheuma cottonii for carrageenan processing."], 4)
concept("smoked_beef", "meat", "10130", "kg", ["Kupang", "Sumba Timur"], ["NKV"],
        ["Daging se'i sapi", "Se'i sapi asap Kupang", "Smoked beef se'i"], ["se'i", "daging asap"], ["pengasapan", "pengemasan vakum"],
        ["Daging sapi diiris panjang dan diasap dengan kayu kosambi.", "Traditional smoked beef from Kupang."], 4)
concept("honey", "food", "10799", "kg", ["Sumba Timur", "Pekanbaru", "Palembang"], ["BPOM"],
        ["Madu hutan", "Wild forest honey", "Madu kelulut"], ["madu"], ["pemanenan", "penyaringan"],
        ["Madu dipanen lestari oleh pemburu madu hutan.", "Raw forest honey."], 3)
concept("herbal", "pharma", "21022", "kg", ["Solo", "Samarinda", "Yogyakarta", "Semarang"], ["BPOM", "CPOTB"],
        ["Jamu tradisional", "Herbal medicine capsules", "Obat herbal terstandar", "Empon-empon dan jamu serbuk"],
        ["jamu", "kapsul herbal"], ["pengeringan", "penggilingan", "pengemasan"],
        ["Rimpang jahe, kunyit dan temulawak dikeringkan dan digiling.", "Herbal capsules under BPOM registration."], 5)

concept("corrugated_box", "packaging", "17021", "pcs", ["Surabaya", "Tangerang", "Semarang", "Medan"], [],
        ["Kardus karton gelombang", "Corrugated carton box", "Kotak karton custom", "Box packaging kardus"],
        ["kardus", "karton box"], ["pencetakan", "pemotongan", "pengeleman"],
        ["Karton gelombang single dan double wall dengan cetak flexo.", "Corrugated boxes for food and electronics."], 5)
concept("pouch", "packaging", "22220", "pcs", ["Sidoarjo", "Tangerang", "Bandung"], [],
        ["Standing pouch kemasan makanan", "Kemasan plastik zipper", "Flexible food packaging"], ["standing pouch", "kemasan zipper"],
        ["pencetakan", "laminasi"], ["Kemasan fleksibel untuk UMKM makanan ringan.", "Printed stand-up pouches with zipper."], 4)
concept("jute_sack", "packaging", "13921", "pcs", ["Medan", "Surabaya", "Makassar"], [],
        ["Karung goni", "Jute sacks for coffee", "Karung goni cetak"], ["karung goni"], ["penjahitan", "pencetakan"],
        ["Karung goni untuk kopi dan kakao ekspor.", "Jute bags 60 kg."], 3)

concept("thresher", "agri_machinery", "28210", "unit", ["Klaten", "Bandung", "Makassar", "Surabaya"], ["SNI"],
        ["Mesin perontok padi", "Power thresher", "Perontok padi multiguna", "Thresher untuk gabah dan jagung"],
        ["perontok padi", "power thresher"], ["pengelasan", "perakitan"],
        ["Mesin perontok dengan motor bensin 7 PK.", "Threshers for rice and maize farmers."], 5)
concept("hand_tractor", "agri_machinery", "28210", "unit", ["Klaten", "Surabaya", "Medan"], ["SNI"],
        ["Traktor tangan roda dua", "Hand tractor bajak", "Jetor sawah"], ["traktor tangan", "bajak singkal"], ["perakitan", "pengecatan"],
        ["Traktor tangan dengan bajak singkal untuk sawah.", "Two-wheel tractors assembled locally."], 4)
concept("pump", "agri_machinery", "28130", "unit", ["Pasuruan", "Klaten"], ["SNI"],
        ["Pompa air irigasi", "Water pump centrifugal"], ["pompa air"], ["pengecoran", "perakitan"],
        ["Rumah pompa dari besi cor, impeller kuningan.", "Irrigation pumps."], 3)
concept("electrical_panel", "electrical", "27120", "unit", ["Jakarta", "Surabaya", "Bandung", "Semarang"], ["SNI", "TKDN", "ISO 9001"],
        ["Panel listrik tegangan rendah", "Electrical panel LVMDP", "Panel distribusi dan box meter", "Switchboard assembly"],
        ["panel listrik", "box meter", "panel distribusi"], ["perakitan", "pengkabelan", "pengujian"],
        ["Panel dirakit sesuai standar PLN dengan komponen bersertifikat.", "Low-voltage switchboards with local content."], 5)
concept("pottery", "craft", "23931", "pcs", ["Bantul", "Malang", "Denpasar", "Mataram"], [],
        ["Gerabah Kasongan", "Tembikar Lombok", "Earthenware pottery", "Keramik tanah liat hias"], ["gerabah", "pot", "guci"],
        ["pembentukan", "pembakaran"], ["Tanah liat dibentuk dengan putaran lalu dibakar di tungku.", "Handmade earthenware pots."], 5)
concept("pandan_mats", "craft", "16292", "pcs", ["Tasikmalaya", "Gorontalo", "Pontianak"], [],
        ["Tikar pandan anyam", "Pandan woven mats", "Anyaman pandan tas dan tikar"], ["tikar", "tas anyaman"], ["penganyaman", "pewarnaan"],
        ["Daun pandan duri direbus, dijemur lalu dianyam.", "Woven pandan mats and bags."], 4)
concept("boats", "maritime", "30112", "unit", ["Bitung", "Makassar", "Ambon", "Banda Aceh"], [],
        ["Perahu fiberglass nelayan", "Fiberglass fishing boat", "Kapal kayu nelayan 5 GT", "Perahu jukung fiber"],
        ["perahu", "kapal ikan"], ["laminasi fiber", "perakitan"],
        ["Perahu dibuat dari fiberglass dengan cetakan.", "Fishing boats for coastal fishers.", "Kapal kayu dibangun di galangan rakyat."], 5)
concept("nets", "maritime", "13940", "pcs", ["Bitung", "Pekalongan", "Makassar"], [],
        ["Jaring ikan nilon", "Fishing nets gillnet", "Jala dan jaring insang"], ["jaring", "jala"], ["perajutan", "perakitan"],
        ["Jaring insang dirajut dari benang nilon.", "Gillnets and cast nets."], 3)


def name_for(city):
    return f"{rng.choice(COOP_KINDS)} {rng.choice(COOP_WORDS)} {city}"


GENERIC = ["Siap memasok BUMN dan industri besar.", "Pengiriman ke seluruh Indonesia.", "Produk dikemas rapi sesuai pesanan.",
           "Anggota koperasi adalah UMKM di sekitar sentra.", "Kapasitas dapat ditambah dengan rumah produksi bersama.",
           "Menerima pesanan dalam jumlah besar.", "Harga bersaing, kualitas terjaga.", "Ready for export orders.", ""]

docs = []
concepts_of = {}
n = 0
for name, c in C.items():
    for i in range(c["count"] + 1):
        n += 1
        doc_id = f"q{n:03d}"
        city = c["cities"][i % len(c["cities"])]
        province, lat, lon = CITIES[city]
        title = c["titles"][i % len(c["titles"])]
        if rng.random() < 0.3:
            title = f"{title} {city}"
        sentences = rng.sample(c["sentences"], k=min(len(c["sentences"]), rng.choice([1, 2, 2, 3])))
        description = " ".join(sentences + [rng.choice(GENERIC)]).strip()
        products = rng.sample(c["products"], k=rng.randint(1, len(c["products"])))
        processes = rng.sample(c["processes"], k=rng.randint(1, len(c["processes"])))
        certs = [x for x in c["certs"] if rng.random() < 0.7]
        women = rng.random() < 0.35
        youth = rng.random() < 0.3
        green = rng.random() < 0.3
        members = rng.randint(5, 120)
        doc = {
            "id": doc_id, "version": 1, "title": title, "description": description, "products": products, "processes": processes,
            "kbli": c["kbli"], "certifications": certs,
            "monthlyCapacity": {"quantity": rng.choice([50, 100, 500, 1000, 2000, 5000, 10000, 20000]), "unit": c["unit"]},
            "unitPriceIdr": {"min": 10_000, "max": 90_000}, "leadTimeDays": rng.choice([7, 14, 21, 30]), "minOrderQuantity": 10,
            "localContentPct": rng.choice([35, 45, 60, 75, 90]),
            "cooperativeId": f"coop-{doc_id}", "cooperativeName": name_for(city), "province": province,
            "location": {"lat": round(lat + rng.uniform(-0.2, 0.2), 4), "lon": round(lon + rng.uniform(-0.2, 0.2), 4)},
            "facilityIds": [],
            "members": {"memberCount": members, "sizeClasses": ["MICRO", "SMALL"], "womenLed": women, "youthLed": youth, "green": green,
                        "womenLedShare": 0.6 if women else 0.2, "youthLedShare": 0.5 if youth else 0.1, "greenShare": 0.7 if green else 0.1},
            "verified": rng.random() < 0.5, "onTimeDeliveryRate": round(rng.uniform(0.6, 1.0), 2),
        }
        docs.append(doc)
        concepts_of[doc_id] = {name}

# some entries offer two products: the second concept counts for judging too
for first, extra, suffix in [("coir_fibre", "cocopeat", " dan cocopeat"), ("cocopeat", "coir_fibre", " dan serat sabut"),
                             ("carving", "teak_furniture", " dan mebel jati"), ("iron_casting", "brass_casting", " dan kuningan")]:
    doc = next(d for d in docs if first in concepts_of[d["id"]])
    doc["title"] += suffix
    concepts_of[doc["id"]].add(extra)

COCONUT = ["coir_fibre", "coir_rope", "coir_mat", "cocopeat"]
OILS = ["patchouli", "citronella", "clove_oil", "cajuput"]
FURNITURE = ["teak_furniture", "rattan_furniture", "bamboo_furniture", "office_furniture"]
CASTING = ["iron_casting", "brass_casting"]
MOTOR = ["motorcycle_parts", "brake_pads", "exhaust"]
GARMENT = ["uniforms", "workwear", "tshirts"]
PACK = ["corrugated_box", "pouch", "jute_sack"]
ALSINTAN = ["thresher", "hand_tractor", "pump"]


def g(three=(), two=(), one=()):
    grades = {}
    for grade, names in ((1, one), (2, two), (3, three)):
        for x in names:
            grades[x] = grade
    return grades


Q = [
    # (query, language, kind, grades)
    ("sabut kelapa", "id", "plain", g(["coir_fibre"], ["cocopeat", "coir_rope", "coir_mat"])),
    ("coconut fiber", "en", "synonym", g(["coir_fibre"], [], ["cocopeat", "coir_rope", "coir_mat"])),
    ("coir", "en", "synonym", g(["coir_fibre"], ["coir_rope", "coir_mat", "cocopeat"])),
    ("serabut kelapa untuk matras", "id", "synonym", g(["coir_fibre"], [], ["coir_rope", "coir_mat", "cocopeat"])),
    ("sabut kelpa", "id", "typo", g(["coir_fibre"], ["cocopeat", "coir_rope", "coir_mat"])),
    ("tali sabut", "id", "plain", g(["coir_rope"], ["coir_fibre"])),
    ("coir rope", "en", "synonym", g(["coir_rope"], ["coir_fibre"])),
    ("media tanam cocopeat", "id", "plain", g(["cocopeat"], [], ["coir_fibre"])),
    ("minyak atsiri", "id", "synonym", g(OILS)),
    ("essential oil", "en", "synonym", g(OILS)),
    ("patchouli", "en", "synonym", g(["patchouli"], [], ["citronella", "clove_oil", "cajuput"])),
    ("minyak nilem", "id", "typo", g(["patchouli"], [], ["citronella", "clove_oil", "cajuput"])),
    ("penyulingan serai wangi", "id", "stem", g(["citronella"], [], ["patchouli", "clove_oil", "cajuput"])),
    ("mebel jati", "id", "plain", g(["teak_furniture"], ["carving"], ["rattan_furniture", "bamboo_furniture", "office_furniture"])),
    ("furniture", "en", "synonym", g(FURNITURE, ["carving"])),
    ("furnitre kayu", "id", "typo", g(["teak_furniture", "bamboo_furniture"], ["carving", "rattan_furniture"], ["office_furniture"])),
    ("kursi rotan", "id", "plain", g(["rattan_furniture"], [], ["teak_furniture", "bamboo_furniture", "office_furniture"])),
    ("rattan chair", "en", "synonym", g(["rattan_furniture"], [], ["teak_furniture", "bamboo_furniture", "office_furniture"])),
    ("perabot kantor", "id", "synonym", g(["office_furniture"], [], ["teak_furniture", "rattan_furniture", "bamboo_furniture"])),
    ("ukiran kayu", "id", "plain", g(["carving"], ["teak_furniture"])),
    ("pengecoran logam", "id", "stem", g(CASTING, [], ["machining", "pump"])),
    ("metal casting foundry", "en", "synonym", g(CASTING, [], ["machining", "pump"])),
    ("pengecorn besi", "id", "typo", g(["iron_casting"], ["brass_casting"], ["pump"])),
    ("baut dan mur", "id", "plain", g(["bolts"])),
    ("bolts nuts galvanized", "en", "synonym", g(["bolts"])),
    ("pandai besi", "id", "regional", g(["forging"])),
    ("cangkul tempa", "id", "stem", g(["forging"])),
    ("steel welding fabrication", "en", "synonym", g(["welding"], [], ["office_furniture"])),
    ("jasa bubut", "id", "plain", g(["machining"])),
    ("suku cadang motor", "id", "synonym", g(["motorcycle_parts"], ["brake_pads", "exhaust"])),
    ("motorcycle spare parts", "en", "synonym", g(["motorcycle_parts"], ["brake_pads", "exhaust"])),
    ("onderdil motor", "id", "regional", g(["motorcycle_parts"], ["brake_pads", "exhaust"])),
    ("kampas rem", "id", "plain", g(["brake_pads"], [], ["motorcycle_parts"])),
    ("muffler", "en", "synonym", g(["exhaust"], [], ["motorcycle_parts"])),
    ("rubber gasket", "en", "synonym", g(["rubber_seal"])),
    ("seragam kerja", "id", "plain", g(["workwear", "uniforms"], [], ["tshirts"])),
    ("wearpack", "id", "regional", g(["workwear"], [], ["uniforms"])),
    ("katelpak", "id", "regional", g(["workwear"], [], ["uniforms"])),
    ("coverall", "en", "synonym", g(["workwear"], [], ["uniforms"])),
    ("konveksi kaos", "id", "plain", g(["tshirts"], [], ["uniforms", "workwear"])),
    ("uniform garment", "en", "synonym", g(["uniforms"], ["workwear"], ["tshirts"])),
    ("batik tulis", "id", "plain", g(["batik"], [], ["weaving"])),
    ("kain tenun ikat", "id", "plain", g(["weaving"], [], ["batik"])),
    ("handwoven fabric", "en", "synonym", g(["weaving"], [], ["batik"])),
    ("sepatu safety", "id", "plain", g(["safety_shoes"], [], ["gloves", "leather_bags"])),
    ("leather bag", "en", "synonym", g(["leather_bags"], [], ["gloves", "safety_shoes"])),
    ("keripik pisang", "id", "plain", g(["banana_chips"], [], ["crackers"])),
    ("banana chips", "en", "synonym", g(["banana_chips"], [], ["crackers"])),
    ("krupuk ikan", "id", "regional", g(["crackers"], [], ["fish_floss", "dried_fish"])),
    ("abon ikan", "id", "plain", g(["fish_floss"], [], ["dried_fish", "frozen_tuna"])),
    ("gula aren", "id", "plain", g(["palm_sugar"], ["coconut_sugar"])),
    ("palm sugar", "en", "synonym", g(["palm_sugar"], ["coconut_sugar"])),
    ("gula jawa", "id", "regional", g(["palm_sugar"], ["coconut_sugar"])),
    ("kopi arabika", "id", "plain", g(["coffee"])),
    ("cocoa beans", "en", "synonym", g(["cocoa"])),
    ("ikan asin", "id", "plain", g(["dried_fish"], [], ["fish_floss", "frozen_tuna"])),
    ("frozen tuna", "en", "synonym", g(["frozen_tuna"], [], ["fish_floss", "dried_fish"])),
    ("rumput laut", "id", "plain", g(["seaweed"])),
    ("daging asap", "id", "synonym", g(["smoked_beef"])),
    ("obat herbal", "id", "synonym", g(["herbal"])),
    ("kardus", "id", "plain", g(["corrugated_box"], [], ["pouch", "jute_sack"])),
    ("corrugated box", "en", "synonym", g(["corrugated_box"], [], ["pouch", "jute_sack"])),
    ("kemasan makanan", "id", "stem", g(["pouch"], ["corrugated_box"], ["jute_sack"])),
    ("mesin perontok padi", "id", "plain", g(["thresher"], [], ["hand_tractor", "pump"])),
    ("alsintan", "id", "regional", g(["thresher", "hand_tractor"], ["pump"])),
    ("hand tractor", "en", "synonym", g(["hand_tractor"], [], ["thresher", "pump"])),
    ("panel listrik", "id", "plain", g(["electrical_panel"])),
    ("gerabah", "id", "plain", g(["pottery"])),
    ("pottery", "en", "synonym", g(["pottery"])),
    ("perahu nelayan", "id", "plain", g(["boats"], [], ["nets"])),
    ("fishing boat", "en", "synonym", g(["boats"], [], ["nets"])),
    ("minyak kelapa murni", "id", "plain", g(["vco"], [], ["copra"])),
    ("briket arang", "id", "plain", g(["shell_charcoal"])),
    ("penggilingan beras", "id", "stem", g(["rice"])),
]

# The second set (issue 18): queries written from the words BUMN tenders use for components and materials
# (Pertamina, PLN, PT PAL, Pindad, INKA procurement; Indonesian and English), over the same catalogue.
# Written and judged by concept BEFORE any ranking change was tuned on it; the grades follow the same
# scale. Each query names the buyer whose tender vocabulary it comes from.
Q_BUMN = [
    # (query, language, kind, buyer, grades)
    ("pengadaan coverall tahan api", "id", "plain", "Pertamina", g(["workwear"], [], ["uniforms"])),
    ("fire resistant coverall", "en", "synonym", "Pertamina", g(["workwear"], [], ["uniforms"])),
    ("alat pelindung diri sepatu keselamatan", "id", "plain", "Pertamina", g(["safety_shoes"], ["gloves", "workwear"])),
    ("safety boots steel toe cap", "en", "plain", "Pertamina", g(["safety_shoes"], [], ["gloves"])),
    ("sarung tangan las kulit", "id", "plain", "Pertamina", g(["gloves"], [], ["safety_shoes"])),
    ("welding gloves", "en", "plain", "Pertamina", g(["gloves"], [], ["safety_shoes"])),
    ("gasket karet flange", "id", "plain", "Pertamina", g(["rubber_seal"])),
    ("o-ring seal pompa", "id", "plain", "Pertamina", g(["rubber_seal"], [], ["pump"])),
    ("rubber seals for pumps", "en", "plain", "Pertamina", g(["rubber_seal"], [], ["pump"])),
    ("fabrikasi tangki baja", "id", "plain", "Pertamina", g(["welding"])),
    ("steel tank fabrication", "en", "plain", "Pertamina", g(["welding"])),
    ("jaring sabut kelapa untuk reklamasi", "id", "plain", "Pertamina", g(["coir_rope"], ["coir_fibre"], ["coir_mat", "cocopeat"])),
    ("erosion control coir net", "en", "synonym", "Pertamina", g(["coir_rope"], ["coir_fibre"])),
    ("media tanam revegetasi", "id", "plain", "Pertamina", g(["cocopeat"], [], ["coir_fibre"])),
    ("kemeja batik seragam kantor", "id", "plain", "Pertamina", g(["batik", "uniforms"], [], ["tshirts"])),
    ("cenderamata batik tulis", "id", "plain", "Pertamina", g(["batik"], [], ["weaving"])),
    ("briket biomassa cofiring", "id", "plain", "PLN", g(["shell_charcoal"])),
    ("biomass briquette", "en", "synonym", "PLN", g(["shell_charcoal"])),
    ("baut angkur tower transmisi", "id", "plain", "PLN", g(["bolts"])),
    ("galvanized anchor bolts", "en", "synonym", "PLN", g(["bolts"])),
    ("mur baut galvanis celup panas", "id", "plain", "PLN", g(["bolts"])),
    ("panel tegangan rendah", "id", "plain", "PLN", g(["electrical_panel"])),
    ("low voltage switchboard", "en", "synonym", "PLN", g(["electrical_panel"])),
    ("kotak meter listrik", "id", "synonym", "PLN", g(["electrical_panel"])),
    ("perakitan panel distribusi", "id", "stem", "PLN", g(["electrical_panel"])),
    ("wearpack petugas lapangan", "id", "regional", "PLN", g(["workwear"], [], ["uniforms"])),
    ("rompi reflektif", "id", "plain", "PLN", g(["workwear"])),
    ("reflective safety vest", "en", "synonym", "PLN", g(["workwear"])),
    ("pakaian dinas lapangan", "id", "plain", "PLN", g(["workwear", "uniforms"], [], ["tshirts"])),
    ("lemari arsip besi", "id", "plain", "PLN", g(["office_furniture"])),
    ("steel filing cabinet", "en", "synonym", "PLN", g(["office_furniture"])),
    ("meja dan kursi kantor", "id", "plain", "PLN", g(["office_furniture"], [], ["teak_furniture", "rattan_furniture", "bamboo_furniture"])),
    ("pengelasan konstruksi kapal", "id", "stem", "PT PAL", g(["welding"], [], ["boats"])),
    ("baling-baling kuningan cor", "id", "reduplication", "PT PAL", g(["brass_casting"], [], ["machining"])),
    ("marine brass fittings", "en", "synonym", "PT PAL", g(["brass_casting"])),
    ("poros dan bushing", "id", "plain", "PT PAL", g(["machining"])),
    ("CNC machined shafts", "en", "synonym", "PT PAL", g(["machining"])),
    ("roda gigi presisi", "id", "synonym", "PT PAL", g(["machining"])),
    ("kapal ikan fiberglass", "id", "plain", "PT PAL", g(["boats"], [], ["nets"])),
    ("jaring insang nelayan", "id", "plain", "PT PAL", g(["nets"], [], ["boats"])),
    ("fiberglass boat building", "en", "synonym", "PT PAL", g(["boats"], [], ["nets"])),
    ("komponen tempa baja", "id", "stem", "Pindad", g(["forging"], [], ["machining"])),
    ("steel forging", "en", "synonym", "Pindad", g(["forging"], [], ["machining"])),
    ("besi tuang nodular", "id", "plain", "Pindad", g(["iron_casting"], [], ["brass_casting"])),
    ("ductile iron castings", "en", "synonym", "Pindad", g(["iron_casting"], [], ["brass_casting"])),
    ("pembubutan komponen presisi", "id", "stem", "Pindad", g(["machining"])),
    ("sepatu lapangan", "id", "plain", "Pindad", g(["safety_shoes"])),
    ("tas dokumen kulit", "id", "plain", "Pindad", g(["leather_bags"])),
    ("ikat pinggang kulit", "id", "plain", "Pindad", g(["leather_bags"], [], ["gloves", "safety_shoes"])),
    ("karet perapat pintu kereta", "id", "synonym", "INKA", g(["rubber_seal"])),
    ("kampas rem blok kereta", "id", "plain", "INKA", g(["brake_pads"])),
    ("brake lining", "en", "plain", "INKA", g(["brake_pads"])),
    ("fabrikasi rangka baja bogie", "id", "plain", "INKA", g(["welding"], [], ["machining"])),
    ("knalpot stainless", "id", "plain", "INKA", g(["exhaust"])),
    ("stainless exhaust pipe", "en", "synonym", "INKA", g(["exhaust"])),
    ("kardus kemasan pengiriman", "id", "stem", "INKA", g(["corrugated_box"], [], ["pouch", "jute_sack"])),
    ("karton box cetak", "id", "plain", "Pertamina", g(["corrugated_box"], [], ["pouch"])),
    ("karung goni kopi", "id", "plain", "PLN", g(["jute_sack"], [], ["coffee"])),
    ("pompa sentrifugal", "id", "synonym", "Pertamina", g(["pump"], [], ["iron_casting"])),
    ("centrifugal water pump", "en", "synonym", "Pertamina", g(["pump"], [], ["iron_casting"])),
    ("rumah pompa besi cor", "id", "plain", "Pindad", g(["iron_casting"], ["pump"])),
    ("alat-alat pertanian", "id", "reduplication", "PLN", g(["forging"], ["thresher", "hand_tractor"])),
    ("suku cadang kendaraan", "id", "plain", "INKA", g(["motorcycle_parts"], ["brake_pads", "exhaust"], ["rubber_seal"])),
    ("bahan-bahan kemasan makanan", "id", "reduplication", "Pertamina", g(["pouch"], ["corrugated_box"], ["jute_sack"])),
    ("pakaian kerja", "id", "plain", "PT PAL", g(["workwear"], ["uniforms"])),
    ("cangkul dan sabit", "id", "plain", "PLN", g(["forging"])),
    ("bantuan perahu nelayan", "id", "plain", "PT PAL", g(["boats"], [], ["nets"])),
    ("hot dip galvanizing", "en", "plain", "PLN", g(["bolts"])),
    ("tangki air baja", "id", "plain", "Pertamina", g(["welding"])),
    ("kemeja seragam bordir logo", "id", "plain", "INKA", g(["uniforms"], ["tshirts"], ["workwear"])),
]



def relevant_entries(grades):
    """Every catalogue entry graded by the best grade of its concepts for the query."""
    relevant = {}
    for doc in docs:
        grade = max((grades.get(c, 0) for c in concepts_of[doc["id"]]), default=0)
        if grade > 0:
            relevant[doc["id"]] = grade
    return relevant


judgments = [{"id": f"j{i:02d}", "query": text, "language": lang, "kind": kind, "concepts": grades,
              "relevant": relevant_entries(grades)}
             for i, (text, lang, kind, grades) in enumerate(Q, start=1)]

OUT.mkdir(parents=True, exist_ok=True)
with open(OUT / "capabilities.jsonl", "w", encoding="utf-8") as f:
    for doc in docs:
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
with open(OUT / "judgments.json", "w", encoding="utf-8") as f:
    json.dump(judgments, f, ensure_ascii=False, indent=1)

bumn_judgments = [{"id": f"b{i:02d}", "query": text, "language": lang, "kind": kind, "buyer": buyer, "concepts": grades,
                   "relevant": relevant_entries(grades)}
                  for i, (text, lang, kind, buyer, grades) in enumerate(Q_BUMN, start=1)]
with open(OUT / "judgments-bumn.json", "w", encoding="utf-8") as f:
    json.dump(bumn_judgments, f, ensure_ascii=False, indent=1)
print(f"{len(docs)} documents, {len(judgments)} judged queries "
      f"({sum(1 for j in judgments if j['language'] == 'id')} Indonesian, {sum(1 for j in judgments if j['language'] == 'en')} English)")
print(f"{len(bumn_judgments)} BUMN tender queries ({sum(1 for j in bumn_judgments if j['language'] == 'id')} Indonesian, "
      f"{sum(1 for j in bumn_judgments if j['language'] == 'en')} English)")
