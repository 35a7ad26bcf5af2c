package id.rantai.web;

import java.util.List;

/** What the run command prints once the application answers: where to open it and how to log in. */
final class Banner {

    /** The demo accounts of the demo dataset, with the role each shows. */
    static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"officer.pertamina", "OFFICER (PT Pertamina)"},
            new String[] {"officer.pln", "OFFICER (PT PLN)"},
            new String[] {"coop.sabut", "COOPERATIVE (coconut fibre, North Sulawesi)"},
            new String[] {"coop.mebel", "COOPERATIVE (furniture, Central Java)"},
            new String[] {"analyst.kemenkop", "MINISTRY (KemenKopUKM)"},
            new String[] {"admin", "ADMIN"});

    private Banner() {
    }

    static String text(String url, String password) {
        StringBuilder out = new StringBuilder("\n  Rantai is running at ").append(url).append('\n')
                .append("  API documentation: ").append(url).append("/api-docs   health: ").append(url).append("/health\n")
                .append("  Demo logins (password: ").append(password).append("):\n");
        for (String[] account : DEMO_ACCOUNTS) {
            out.append(String.format("    %-18s %s%n", account[0], account[1]));
        }
        return out.toString();
    }
}
