package id.rantai.api.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Owners' names that sound like the province they live in: Javanese, Sundanese, Sumatran (Acehnese,
 * Batak, Minang, Malay), Minahasan, Bugis-Makassar, Balinese, Sasak-Bima, Timorese and Florenese,
 * Banjar and Dayak, Malukan and Papuan.
 */
final class PersonNames {

    /** Given names and second names (or family names / marga) for men and women of one region. */
    private record Region(List<String> men, List<String> menSecond, List<String> women, List<String> womenSecond) {

        static Region of(String men, String menSecond, String women, String womenSecond) {
            return new Region(split(men), split(menSecond), split(women), split(womenSecond));
        }

        private static List<String> split(String names) {
            return List.of(names.split(", "));
        }
    }

    private static final Region JAVANESE = Region.of(
            "Agus, Budi, Slamet, Bambang, Joko, Sugeng, Wahyu, Heru, Eko, Dwi, Teguh, Hadi, Yudi, Rudi, Arif, Ahmad, "
                    + "Muhammad, Sutrisno, Imam, Fajar, Bayu, Rizky, Aditya, Gilang, Danang, Yoga, Galih, Anton",
            "Santoso, Setiawan, Wibowo, Nugroho, Hartono, Prasetyo, Susanto, Purnomo, Kurniawan, Saputra, Hidayat, "
                    + "Widodo, Suryanto, Wicaksono, Pamungkas, Firmansyah, Haryanto, Mulyono, Suharto, Triyono",
            "Sri, Siti, Endang, Tri, Wulan, Ratna, Dewi, Sulastri, Suharti, Rini, Yuni, Nur, Ani, Retno, Sumarni, "
                    + "Kartini, Puji, Eni, Fitri, Indah, Ayu, Dian, Novi, Putri, Anisa, Nurul, Tutik, Lina",
            "Rahayu, Lestari, Wulandari, Astuti, Handayani, Wahyuni, Sari, Pratiwi, Utami, Susilowati, Maryati, "
                    + "Mulyani, Suryani, Kusumawati, Rahmawati, Purwaningsih, Setyowati, Hartini, Ningsih, Anggraini");

    private static final Region SUNDANESE = Region.of(
            "Asep, Ujang, Dadang, Cecep, Deden, Yayan, Ade, Iwan, Aep, Dede, Rahmat, Jajang, Engkos, Acep, Wawan, "
                    + "Dani, Rizal, Ridwan, Hendra, Yusuf",
            "Suherman, Supriatna, Hidayat, Permana, Kusnadi, Sukmana, Hermawan, Ruhiyat, Setiadi, Nugraha, Saputra, "
                    + "Gunawan, Sobari, Ramdani, Hamdani, Mulyana",
            "Euis, Neng, Iis, Cucu, Enung, Yati, Lilis, Imas, Tati, Nenden, Rina, Siti, Nia, Wida, Dewi, Rika, Intan, Elis",
            "Rohaeti, Nurhayati, Komalasari, Sumiati, Rosita, Kurniasih, Nurlaela, Fitriani, Herawati, Nurjanah, "
                    + "Sulastri, Rahmawati, Maryam, Hasanah");

    private static final Region SUMATRAN = Region.of(
            "Zulkifli, Fauzi, Ridwan, Syahrul, Irwan, Hendra, Rizal, Yusuf, Amir, Darwis, Mahmud, Harun, Basri, "
                    + "Syafrizal, Andi, Roni, Jonni, Marulak, Tigor, Parlindungan, Taufik, Hasan, Teuku Rizki, Muhammad",
            "Siregar, Nasution, Lubis, Harahap, Simanjuntak, Sinaga, Situmorang, Panjaitan, Sembiring, Ginting, "
                    + "Tarigan, Hasibuan, Pohan, Daulay, Syahputra, Hamzah, Ibrahim, Ismail, Chaniago, Piliang, Tanjung, "
                    + "Koto, Amri, Effendi",
            "Nurhasanah, Rosmawati, Yusnidar, Fatimah, Maimunah, Desi, Elvi, Yanti, Rosdiana, Zubaidah, Erna, Lisna, "
                    + "Mariana, Nurlela, Cut Nyak Farah, Cut Intan, Rahmi, Yulia, Fitria, Rosnani",
            "br. Siregar, br. Nasution, br. Sinaga, br. Ginting, br. Tarigan, br. Sembiring, Hasibuan, Lubis, "
                    + "Harahap, Syahputri, Hamzah, Ibrahim, Chaniago, Tanjung, Amelia, Rahmawati, Yusuf");

    private static final Region MINAHASAN = Region.of(
            "Johny, Frangky, Stevy, Jemmy, Rommy, Hendrik, Novry, Ferry, Decky, Alfred, Jefry, Meiky, Rinto, Sonny, "
                    + "Vicky, Roy",
            "Wowor, Rumengan, Tumbelaka, Sondakh, Lumintang, Rompas, Pangemanan, Mandagi, Kalalo, Supit, Mamahit, "
                    + "Lengkong, Tangkilisan, Sumampouw, Kaunang, Runtuwene, Pontoh, Tamboto",
            "Meiske, Olvie, Deisy, Jeane, Vonny, Lenny, Nelly, Stella, Grace, Marlyn, Femmy, Christy, Ivone, Selvie, "
                    + "Juliana, Anneke",
            "Wowor, Rumengan, Tumbelaka, Sondakh, Lumintang, Rompas, Pangemanan, Mandagi, Kalalo, Supit, Mamahit, "
                    + "Lengkong, Kaunang, Runtuwene, Pontoh, Tamboto");

    private static final Region BUGIS = Region.of(
            "Andi, Muhammad, Abdul, Syamsul, Haris, Rusli, Baharuddin, Jufri, Arifin, Hasanuddin, Sulaiman, "
                    + "Amiruddin, Mohamad, Syahrir, Ismail, Ramli, Kaharuddin, Nasrullah",
            "Rahman, Hamzah, Syarif, Tahir, Latif, Karim, Pakaya, Ointu, Baruadi, Lamatenggo, Mappa, Daeng Sila, "
                    + "Hafid, Saleh, Amin, Dai, Yunus",
            "Andi, Hasnah, Nurhayati, Rosmini, Sitti, Haslinda, Ramlah, Nurjannah, Hasmawati, Sumarni, Hijrah, Nurul, "
                    + "Fatmawati, Irmawati, Sartika",
            "Rahman, Hamzah, Syarif, Tahir, Latif, Karim, Pakaya, Baruadi, Nurdin, Saleh, Amin, Yunus, Hafid");

    private static final Region BALINESE = Region.of(
            "I Wayan, I Made, I Nyoman, I Ketut, I Gede, I Putu, I Komang, I Kadek",
            "Sudarma, Artawan, Suardana, Widiana, Sukerta, Mertayasa, Adnyana, Wirawan, Sudiarta, Astawa, Darmawan",
            "Ni Wayan, Ni Made, Ni Nyoman, Ni Ketut, Ni Putu, Ni Luh, Ni Komang, Ni Kadek",
            "Sriasih, Suartini, Ariani, Sukerni, Widiastuti, Kartika, Sudiani, Marheni, Sutarmi, Purnami, Ayu Lestari");

    private static final Region SASAK_BIMA = Region.of(
            "Lalu, Muhammad, Zainal, Sahnan, Hamdan, Ahmad, Syamsul, Saiful, Abdul, Herman, Jufri, Ilham",
            "Arifin, Hidayat, Mustafa, Ridwan, Hasan, Sahabudin, Ramli, Zulkarnain, Fathurrahman, Mahsun",
            "Baiq, Siti, Nurul, Rohani, Hartini, Mardiah, Sumiati, Rabiah, Nurhidayah, Laila, Hajar, Rukmini",
            "Rahmawati, Hidayati, Aini, Mardiana, Suryani, Hasanah, Fitriani, Nurlaili, Maryam");

    private static final Region TIMORESE = Region.of(
            "Yohanes, Marthen, Agustinus, Yosef, Fransiskus, Petrus, Antonius, Paulus, Simon, Daniel, Yakobus, "
                    + "Melkianus, Aloysius, Stefanus",
            "Ndun, Bana, Manafe, Tefa, Lado, Foenay, Nope, Pellu, Riwu, Kana, Ratu, Bria, Sinlae, Tallo, Bunga, "
                    + "Kolo, Wanggai, Da Costa",
            "Maria, Yuliana, Agustina, Margaretha, Theresia, Bernadeta, Yosephina, Elisabeth, Dorkas, Naomi, Serlin, "
                    + "Adriana",
            "Ndun, Bana, Manafe, Tefa, Lado, Foenay, Nope, Pellu, Riwu, Kana, Ratu, Bria, Sinlae, Tallo, Kolo");

    private static final Region BANJAR_DAYAK = Region.of(
            "Muhammad, Ahmad, Rahmadi, Syahrani, Gusti, Jumadi, Anang, Masrani, Yulius, Darius, Ilham, Hairul, Rusdi, "
                    + "Supian, Yohanes, Abdurrahman",
            "Noor, Rahman, Hidayat, Syahrani, Mahmud, Kusuma, Arsyad, Rasyid, Ismail, Ngabut, Lawing, Jalung, Iban, "
                    + "Anyang",
            "Noorhayati, Rusmini, Halimah, Siti, Mariana, Jumiati, Aisyah, Rahmawati, Norlaila, Yuliana, Fransiska, "
                    + "Maslamah, Saudah",
            "Noor, Rahmah, Hidayah, Ngabut, Lawing, Jalung, Aminah, Rahmawati, Ismail, Arsyad, Aryani");

    private static final Region MALUKAN_PAPUAN = Region.of(
            "Yohanis, Markus, Yakob, Daniel, Abraham, Marthen, Frans, Hendrik, Simon, Yulius, Nus, Ahmad, Husein, "
                    + "Rizal, Otis, Yance, Nataniel, Isak",
            "Latuconsina, Tuasikal, Pattiasina, Sahetapy, Tuhumury, Latumahina, Pelupessy, Leiwakabessy, Manuhutu, "
                    + "Ohorella, Sopacua, Wenda, Tabuni, Kogoya, Rumbiak, Mansoben, Rumaropen, Ayomi, Mandacan, Wanggai, "
                    + "Sawaki, Karubaba, Mambor, Gebze, Mahuze, Kaize, Yoman",
            "Maria, Yuliana, Ester, Ruth, Naomi, Debora, Agustina, Mince, Selvi, Yohana, Martha, Fatma, Nurhayati, "
                    + "Salomina, Fransina",
            "Latuconsina, Tuasikal, Pattiasina, Sahetapy, Tuhumury, Pelupessy, Manuhutu, Sopacua, Wenda, Rumbiak, "
                    + "Mansoben, Rumaropen, Ayomi, Mandacan, Sawaki, Mambor, Gebze, Mahuze");

    private static final Map<String, Region> BY_PROVINCE = Map.ofEntries(
            Map.entry("ID-AC", SUMATRAN), Map.entry("ID-SU", SUMATRAN), Map.entry("ID-SB", SUMATRAN),
            Map.entry("ID-RI", SUMATRAN), Map.entry("ID-KR", SUMATRAN), Map.entry("ID-JA", SUMATRAN),
            Map.entry("ID-SS", SUMATRAN), Map.entry("ID-BB", SUMATRAN), Map.entry("ID-BE", SUMATRAN),
            Map.entry("ID-LA", JAVANESE), Map.entry("ID-JK", JAVANESE), Map.entry("ID-JB", SUNDANESE),
            Map.entry("ID-BT", SUNDANESE), Map.entry("ID-JT", JAVANESE), Map.entry("ID-YO", JAVANESE),
            Map.entry("ID-JI", JAVANESE), Map.entry("ID-BA", BALINESE), Map.entry("ID-NB", SASAK_BIMA),
            Map.entry("ID-NT", TIMORESE), Map.entry("ID-KB", BANJAR_DAYAK), Map.entry("ID-KT", BANJAR_DAYAK),
            Map.entry("ID-KS", BANJAR_DAYAK), Map.entry("ID-KI", BANJAR_DAYAK), Map.entry("ID-KU", BANJAR_DAYAK),
            Map.entry("ID-SA", MINAHASAN), Map.entry("ID-GO", BUGIS), Map.entry("ID-ST", BUGIS),
            Map.entry("ID-SR", BUGIS), Map.entry("ID-SN", BUGIS), Map.entry("ID-SG", BUGIS),
            Map.entry("ID-MA", MALUKAN_PAPUAN), Map.entry("ID-MU", MALUKAN_PAPUAN), Map.entry("ID-PA", MALUKAN_PAPUAN),
            Map.entry("ID-PB", MALUKAN_PAPUAN), Map.entry("ID-PD", MALUKAN_PAPUAN), Map.entry("ID-PT", MALUKAN_PAPUAN),
            Map.entry("ID-PE", MALUKAN_PAPUAN), Map.entry("ID-PS", MALUKAN_PAPUAN));

    private PersonNames() {
    }

    /** A full name of a woman or a man from the province. */
    static String of(Random random, String province, boolean woman) {
        Region region = BY_PROVINCE.getOrDefault(province, JAVANESE);
        // a third of Javanese and Jakartan owners are from elsewhere: the country's largest migrations
        if (region == JAVANESE && random.nextInt(6) == 0) {
            region = random.nextBoolean() ? SUNDANESE : SUMATRAN;
        }
        List<String> first = woman ? region.women() : region.men();
        List<String> second = woman ? region.womenSecond() : region.menSecond();
        return pick(random, first) + " " + pick(random, second);
    }

    private static final List<String> TITLES = List.of("I", "Ni", "Cut", "Teuku", "Lalu", "Baiq", "Andi");

    /** The name people are called by, as in business names such as "Usaha Bu Sri"; keeps a title with it. */
    static String givenName(String fullName) {
        String[] parts = fullName.split(" ");
        return TITLES.contains(parts[0]) && parts.length > 2 ? parts[0] + " " + parts[1] : parts[0];
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
