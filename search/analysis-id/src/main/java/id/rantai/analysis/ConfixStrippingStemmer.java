package id.rantai.analysis;

/**
 * Finds the root (kata dasar) of an Indonesian word by confix stripping checked against a root dictionary:
 * the rules of Nazief and Adriani as refined by Asian et al. (2007) and Arifin et al. (2009) (enhanced
 * confix stripping, in the form Sastrawi documents), written here from that description.
 *
 * <p>Suffixes come off from the end in their order (particle -lah, -kah, -tah, -pun; possessive -ku, -mu,
 * -nya; derivational -i, -kan, -an and the borrowed -is, -isme, -isasi), then up to three prefixes by the
 * {@link PrefixRules}, which also put back the consonant a nasal swallowed. Where ECS commits to one
 * reading at each step and keeps the first root it meets, every reading its rules allow is followed here
 * and the best is chosen, because the first hit is often an unrelated word: {@code memakan} is {@code me-makan},
 * not {@code mem-pakan}; {@code pengemasan} is {@code peng-kemas-an}, not {@code penge-emas-an}. Best means:
 *
 * <ol>
 *   <li>the root accepts the prefix next to it, where the dictionary says which prefixes a root takes
 *       ({@code makan} takes meN-, {@code pakan} does not; {@code kemas} takes peN-, {@code emas} does not);</li>
 *   <li>fewer affixes ({@code menerangi} is {@code men-terang-i}, not {@code men-te-rang-i});</li>
 *   <li>then ECS's order: suffixes before prefixes, except for the confixes be-…-lah, be-…-an, me-…-i,
 *       di-…-i, pe-…-i, ter-…-i, whose prefix comes first; -kan read as -an after the root's k where peN-,
 *       per- and ke- (which never take -kan) are in front: {@code pemasakan} is {@code pem-masak-an}.</li>
 * </ol>
 *
 * <p>A dictionary root, or a word of three letters or fewer, is its own root; a word whose root is never
 * found is left as it was (a wrong root joins unrelated words, an unknown word only misses its relatives).
 * Reduplicated words ({@code alat-alat}, {@code berbalas-balasan}) go to {@link Reduplication}.
 */
final class ConfixStrippingStemmer {

    private static final int MAX_PREFIXES = 3;
    private static final char NO_AFFIX = '\0';

    private final RootWords roots;

    ConfixStrippingStemmer(RootWords roots) {
        this.roots = roots;
    }

    RootWords roots() {
        return roots;
    }

    /** The root of {@code word} (lower case), or {@code word} itself when none is found. */
    String stem(String word) {
        if (word.indexOf('-') > 0) {
            return Reduplication.stem(word, this);
        }
        if (word.length() <= 3 || roots.contains(word)) {
            return word;
        }
        String root = rootOf(word);
        return root != null ? root : word;
    }

    /** The dictionary root of a word, or null when no reading of it ends in one. */
    String rootOf(String word) {
        if (roots.contains(word)) {
            return word;
        }
        if (word.length() <= 3) {
            return null;
        }
        String derivationalOnly = endingOf(word, "kan", "an", "i");
        // berikan is beri-kan before it is ber-ikan: a root and a suffix need no confix
        boolean rootAndSuffix = derivationalOnly != null && roots.contains(cut(word, derivationalOnly));
        Search search = new Search(prefixComesFirst(word) && !rootAndSuffix);
        // the suffix readings, from none to all three kinds in their order, each then stripped of prefixes
        String rest = word;
        int removed = 0;
        search.prefixes(rest, removed, NO_AFFIX);
        String particle = endingOf(rest, "lah", "kah", "tah", "pun");
        if (particle != null) {
            rest = cut(rest, particle);
            search.prefixes(rest, ++removed, NO_AFFIX);
        }
        String possessive = endingOf(rest, "nya", "ku", "mu");
        if (possessive != null) {
            rest = cut(rest, possessive);
            search.prefixes(rest, ++removed, NO_AFFIX);
        }
        String derivational = endingOf(rest, "isasi", "isme", "kan", "an", "is", "i");
        if (derivational != null && rest.length() - derivational.length() >= 3) {
            removed++;
            boolean kanNotAllowed = derivational.equals("kan") && (rest.startsWith("pe") || rest.startsWith("ke"));
            // peN-, per- and ke- take -an, never -kan: the k is the root's (pemasakan, kedudukan)
            if (kanNotAllowed) {
                search.prefixes(cut(rest, "an"), removed, 'a');
            }
            search.prefixes(cut(rest, derivational), removed, suffixFlag(derivational));
            if (derivational.equals("kan") && !kanNotAllowed) {
                search.prefixes(cut(rest, "an"), removed, 'a');
            }
        }
        return search.best;
    }

    private static char suffixFlag(String suffix) {
        return switch (suffix) {
            case "an" -> 'a';
            case "kan" -> 'k';
            case "i" -> 'i';
            default -> '?';
        };
    }

    /** The confixes whose prefix comes off before the suffix (Asian et al.'s precedence adjustment). */
    private static boolean prefixComesFirst(String w) {
        return (w.startsWith("be") && (w.endsWith("lah") || w.endsWith("an")))
                || ((w.startsWith("me") || w.startsWith("di") || w.startsWith("pe") || w.startsWith("ter")) && w.endsWith("i"));
    }

    /** Follows every prefix reading of a word and keeps the best dictionary root found. */
    private final class Search {

        private final boolean prefixFirst;
        private int readings;
        private String best;
        private int bestConfirmed;
        private int bestAffixes;
        private int bestPrefixes;
        private int bestOrder;

        Search(boolean prefixFirst) {
            this.prefixFirst = prefixFirst;
        }

        void prefixes(String word, int suffixes, char suffix) {
            prefixes(word, 0, suffixes, suffix, NO_AFFIX, readings++);
        }

        private void prefixes(String word, int depth, int suffixes, char suffix, char family, int order) {
            if (roots.contains(word) && depth + suffixes > 0) {
                // and go on: keduduk is a root, but kedudukan is ke-duduk-an
                consider(word, depth, suffixes, suffix, family, order);
            }
            if (depth == MAX_PREFIXES) {
                return;
            }
            for (PrefixRules.Reading reading : PrefixRules.readings(word)) {
                prefixes(reading.rest(), depth + 1, suffixes, suffix, reading.family(), order);
            }
        }

        /**
         * Better: more affixes confirmed by the dictionary, then fewer affixes, then fewer prefixes (suffixes
         * come off first), then the earlier reading; the confixes of {@link #prefixComesFirst} prefer the
         * reading with a prefix where the counts tie.
         */
        private void consider(String root, int prefixes, int suffixes, char suffix, char family, int order) {
            int confirmed = (family == NO_AFFIX || roots.confirms(root, family) ? 1 : 0)
                    + (suffix == NO_AFFIX || roots.confirms(root, suffix) ? 1 : 0);
            int affixes = prefixes + suffixes;
            int prefixRank = prefixFirst ? -prefixes : prefixes;
            boolean better = best == null
                    || confirmed > bestConfirmed
                    || (confirmed == bestConfirmed && affixes < bestAffixes)
                    || (confirmed == bestConfirmed && affixes == bestAffixes && prefixRank < bestPrefixes)
                    || (confirmed == bestConfirmed && affixes == bestAffixes && prefixRank == bestPrefixes && order < bestOrder);
            if (better) {
                best = root;
                bestConfirmed = confirmed;
                bestAffixes = affixes;
                bestPrefixes = prefixRank;
                bestOrder = order;
            }
        }
    }

    private static String cut(String word, String ending) {
        String rest = word.substring(0, word.length() - ending.length());
        return rest.endsWith("-") ? rest.substring(0, rest.length() - 1) : rest;
    }

    private static String endingOf(String word, String... endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() > ending.length() + 1) {
                return ending;
            }
        }
        return null;
    }
}
