package id.rantai.api.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Towns per province with approximate centre coordinates: the capital from provinces.csv first, then a
 * few kabupaten/kota seats known for the sectors generated there. Approximate to about a kilometre,
 * which is all a demo map needs.
 */
final class Towns {

    private static final Map<String, List<Town>> BY_PROVINCE = new LinkedHashMap<>();

    static {
        add("ID-AC", "Banda Aceh", 5.55, 95.32, "Lhokseumawe", 5.18, 97.14, "Takengon", 4.63, 96.85, "Meulaboh", 4.14, 96.13);
        add("ID-SU", "Medan", 3.59, 98.67, "Pematangsiantar", 2.96, 99.06, "Binjai", 3.60, 98.49, "Sibolga", 1.74, 98.78);
        add("ID-SB", "Padang", -0.95, 100.36, "Bukittinggi", -0.30, 100.37, "Payakumbuh", -0.22, 100.63);
        add("ID-RI", "Pekanbaru", 0.51, 101.45, "Dumai", 1.67, 101.45, "Tembilahan", -0.32, 103.16);
        add("ID-KR", "Tanjung Pinang", 0.92, 104.45, "Batam", 1.11, 104.03);
        add("ID-JA", "Jambi", -1.61, 103.61, "Muara Bungo", -1.49, 102.12, "Kuala Tungkal", -0.82, 103.46);
        add("ID-SS", "Palembang", -2.99, 104.76, "Prabumulih", -3.43, 104.23, "Lubuklinggau", -3.30, 102.86);
        add("ID-BB", "Pangkal Pinang", -2.13, 106.11, "Tanjung Pandan", -2.74, 107.64);
        add("ID-BE", "Bengkulu", -3.80, 102.27, "Curup", -3.47, 102.52);
        add("ID-LA", "Bandar Lampung", -5.43, 105.26, "Metro", -5.11, 105.31, "Kotabumi", -4.83, 104.88);
        add("ID-JK", "Jakarta Timur", -6.23, 106.90, "Jakarta Selatan", -6.27, 106.81, "Jakarta Barat", -6.17, 106.76);
        add("ID-JB", "Bandung", -6.91, 107.61, "Bekasi", -6.24, 107.00, "Bogor", -6.60, 106.80, "Cirebon", -6.73, 108.55,
                "Tasikmalaya", -7.33, 108.22, "Garut", -7.22, 107.90, "Ciamis", -7.33, 108.35);
        add("ID-BT", "Serang", -6.12, 106.15, "Tangerang", -6.18, 106.63, "Cilegon", -6.02, 106.06);
        add("ID-JT", "Semarang", -7.01, 110.42, "Jepara", -6.59, 110.68, "Demak", -6.89, 110.64, "Tegal", -6.88, 109.13,
                "Rembang", -6.71, 111.34, "Surakarta", -7.57, 110.82, "Kudus", -6.80, 110.84, "Pekalongan", -6.89, 109.67,
                "Klaten", -7.71, 110.61, "Sukoharjo", -7.68, 110.84, "Cilacap", -7.72, 109.01);
        add("ID-YO", "Yogyakarta", -7.80, 110.36, "Sleman", -7.72, 110.36, "Bantul", -7.89, 110.33);
        add("ID-JI", "Surabaya", -7.27, 112.74, "Malang", -7.98, 112.63, "Sidoarjo", -7.45, 112.72, "Pasuruan", -7.64, 112.91,
                "Magetan", -7.65, 111.33, "Kediri", -7.82, 112.01, "Madiun", -7.63, 111.52, "Gresik", -7.16, 112.65,
                "Jember", -8.17, 113.70);
        add("ID-BA", "Denpasar", -8.65, 115.22, "Gianyar", -8.54, 115.33, "Tabanan", -8.54, 115.12);
        add("ID-NB", "Mataram", -8.58, 116.12, "Sumbawa Besar", -8.50, 117.42, "Bima", -8.46, 118.73);
        add("ID-NT", "Kupang", -10.17, 123.61, "Soe", -9.86, 124.28, "Atambua", -9.11, 124.89, "Ende", -8.84, 121.66);
        add("ID-KB", "Pontianak", -0.03, 109.33, "Singkawang", 0.91, 108.99, "Sanggau", 0.12, 110.59);
        add("ID-KT", "Palangka Raya", -2.21, 113.92, "Sampit", -2.54, 112.95);
        add("ID-KS", "Banjarbaru", -3.44, 114.83, "Banjarmasin", -3.32, 114.60, "Amuntai", -2.42, 115.25);
        add("ID-KI", "Samarinda", -0.50, 117.15, "Balikpapan", -1.24, 116.87, "Bontang", 0.13, 117.48);
        add("ID-KU", "Tanjung Selor", 2.84, 117.37, "Tarakan", 3.31, 117.60);
        add("ID-SA", "Manado", 1.47, 124.85, "Tomohon", 1.32, 124.82, "Tondano", 1.30, 124.91, "Amurang", 1.19, 124.59,
                "Bitung", 1.45, 125.18);
        add("ID-GO", "Gorontalo", 0.54, 123.06, "Limboto", 0.62, 122.98, "Marisa", 0.47, 121.94);
        add("ID-ST", "Palu", -0.90, 119.87, "Poso", -1.39, 120.75, "Parigi", -0.82, 120.18);
        add("ID-SR", "Mamuju", -2.68, 118.89, "Polewali", -3.42, 119.33, "Majene", -3.54, 118.97);
        add("ID-SN", "Makassar", -5.15, 119.43, "Maros", -5.01, 119.57, "Parepare", -4.01, 119.63, "Takalar", -5.42, 119.49,
                "Palopo", -2.99, 120.19, "Bulukumba", -5.55, 120.19);
        add("ID-SG", "Kendari", -3.99, 122.51, "Baubau", -5.47, 122.61, "Kolaka", -4.05, 121.60);
        add("ID-MA", "Ambon", -3.68, 128.19, "Masohi", -3.30, 128.96, "Tual", -5.63, 132.75);
        add("ID-MU", "Sofifi", 0.74, 127.56, "Ternate", 0.79, 127.37, "Tobelo", 1.73, 128.01);
        add("ID-PA", "Jayapura", -2.55, 140.70, "Sentani", -2.57, 140.51);
        add("ID-PB", "Manokwari", -0.87, 134.07, "Bintuni", -2.11, 133.53, "Fakfak", -2.92, 132.30);
        add("ID-PD", "Sorong", -0.88, 131.26, "Aimas", -0.95, 131.32);
        add("ID-PT", "Nabire", -3.37, 135.50, "Timika", -4.55, 136.89);
        add("ID-PE", "Wamena", -4.10, 138.95);
        add("ID-PS", "Merauke", -8.49, 140.40);
    }

    private Towns() {
    }

    private static void add(String province, Object... nameLatLon) {
        List<Town> towns = new ArrayList<>();
        for (int i = 0; i < nameLatLon.length; i += 3) {
            towns.add(new Town(province, (String) nameLatLon[i], (Double) nameLatLon[i + 1], (Double) nameLatLon[i + 2]));
        }
        BY_PROVINCE.put(province, List.copyOf(towns));
    }

    static List<String> provinces() {
        return List.copyOf(BY_PROVINCE.keySet());
    }

    static List<Town> in(String province) {
        List<Town> towns = BY_PROVINCE.get(province);
        if (towns == null) {
            throw new IllegalArgumentException("unknown province " + province);
        }
        return towns;
    }

    static Town named(String province, String name) {
        return in(province).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no town " + name + " in " + province));
    }

    /** The capital half the time (most registered MSMEs cluster there), another town otherwise. */
    static Town pick(Random random, String province) {
        List<Town> towns = in(province);
        if (towns.size() == 1 || random.nextBoolean()) {
            return towns.get(0);
        }
        return towns.get(1 + random.nextInt(towns.size() - 1));
    }
}
